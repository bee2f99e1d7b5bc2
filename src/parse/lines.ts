/** A text's lines with their offsets, so parsers can cut spans without losing positions. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n|\r/g)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

export const isBlank = (line: Line | undefined): boolean => line !== undefined && line.text.trim() === "";

/** Normalizes the spaces an aggregator pads with (NBSP, zero-width) for comparisons. */
export const squash = (text: string): string =>
  text
    .replace(/[\u00A0\u200B-\u200F\u202A-\u202E\uFEFF]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
