/**
 * A report's evidence inside its article: the article's own body (page boilerplate left out),
 * widened to the evidence's lines when it lies outside (a headline), cut into the text before, the
 * evidence, and the text after. The offsets count UTF-16 code units, as JavaScript strings do.
 * No DOM here: the deal panel renders the three parts, the evidence as a <mark>.
 */

export interface Passage {
  before: string;
  evidence: string;
  after: string;
}

export interface TextOfArticle {
  text: string | null;
  bodyStart: number | null;
  bodyEnd: number | null;
}

/**
 * The passage around `evidence`; its offsets are trusted when the text there is the evidence,
 * else the evidence is looked for in the text (a graph written before a text change). Null when
 * the article keeps no text or does not contain the evidence.
 */
export function passageOf(
  article: TextOfArticle,
  report: { evidence: string; start: number; end: number },
): Passage | null {
  const { text } = article;
  if (!text || !report.evidence) return null;
  let { start, end } = report;
  if (text.slice(start, end) !== report.evidence) {
    start = text.indexOf(report.evidence);
    if (start < 0) return null;
    end = start + report.evidence.length;
  }
  // Outside the body (a headline), the passage takes the evidence's whole lines.
  const bodyStart = article.bodyStart ?? 0;
  const bodyEnd = article.bodyEnd ?? text.length;
  const lineEnd = text.indexOf("\n", end);
  const from = start >= bodyStart ? bodyStart : text.lastIndexOf("\n", start - 1) + 1;
  const to = end <= bodyEnd ? bodyEnd : lineEnd < 0 ? text.length : lineEnd;
  return { before: text.slice(from, start), evidence: text.slice(start, end), after: text.slice(end, to) };
}
