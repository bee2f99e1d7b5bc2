/**
 * Pages saved from the aggregator Maghress. Their shape: a long line of related headlines
 * (not the article), a report-image notice, the title, `نشر في <outlet> يوم <dd - mm - yyyy>`,
 * optionally a breadcrumb, the title again, a byline `<outlet> - <author>` and the article's
 * own dateline, then the body up to the footer `انقر هنا لقراءة الخبر من مصدره`.
 * The dateline wins over the header date when they disagree; both are kept.
 */
import { type Article, contentId, ParseError, type Span, spanText, trimSpan } from "./article.js";
import { parseDate } from "./dates.js";
import { detectLanguage } from "./language.js";
import { isBlank, type Line, splitLines, squash } from "./lines.js";

const HEADER = /^\s*نشر\s+في\s+(.+?)\s+يوم\s+([\d\u0660-\u0669\s\-/.]+)\s*$/u;
const FOOTER = "انقر هنا لقراءة الخبر من مصدره";
const BREADCRUMB = /^\s*[\d\u0660-\u0669]+\s*[.)-]\s*\S/u;

export function looksLikeMaghress(text: string): boolean {
  return (
    text.includes(FOOTER) || splitLines(text.slice(0, 50_000)).some((line) => HEADER.test(squash(line.text)))
  );
}

function lastNonBlankBefore(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i -= 1) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

interface Preamble {
  byline: string | null;
  dateline: string | null;
  bodyLine: number;
}

/** Skips breadcrumb, repeated title, byline and dateline after the header line. */
function readPreamble(lines: Line[], headerIndex: number, title: string, outlet: string): Preamble {
  let byline: string | null = null;
  let dateline: string | null = null;
  let index = headerIndex + 1;
  for (; index < lines.length; index += 1) {
    const line = squash(lines[index]?.text ?? "");
    if (line === "" || BREADCRUMB.test(line) || line === title) continue;
    const bylineMatch = /^(.+?)\s+[-–—]\s+(.+)$/u.exec(line);
    if (!byline && bylineMatch && squash(bylineMatch[1] ?? "") === outlet && line.length < 120) {
      byline = squash(bylineMatch[2] ?? "") || null;
      continue;
    }
    if (!dateline && line.length < 60 && parseDate(line)) {
      dateline = parseDate(line);
      continue;
    }
    break;
  }
  return { byline, dateline, bodyLine: index };
}

export function parseMaghress(text: string): Article {
  const lines = splitLines(text);
  const headerIndex = lines.findIndex((line) => HEADER.test(squash(line.text)));
  if (headerIndex < 0)
    throw new ParseError("Maghress page without its 'نشر في … يوم …' header line (cut off?)");
  const headerLine = lines[headerIndex] as Line;
  const [, outletRaw = "", dateRaw = ""] = HEADER.exec(squash(headerLine.text)) ?? [];
  const outlet = squash(outletRaw);
  const titleLine = lastNonBlankBefore(lines, headerIndex);
  const titleSpan = titleLine ? trimSpan(text, titleLine) : null;
  const title = titleSpan ? squash(text.slice(titleSpan.start, titleSpan.end)) : null;
  const preamble = readPreamble(lines, headerIndex, title ?? "", outlet);
  const bodyStart = lines[preamble.bodyLine]?.start ?? text.length;
  const footerAt = text.indexOf(FOOTER, bodyStart);
  const bodySpan: Span = trimSpan(text, { start: bodyStart, end: footerAt >= 0 ? footerAt : text.length });
  if (bodySpan.end <= bodySpan.start) throw new ParseError("Maghress page with an empty body");
  const headerDate = parseDate(dateRaw);
  const body = spanText(text, bodySpan) ?? "";
  return {
    id: contentId(title, body),
    format: "maghress",
    text,
    title,
    titleSpan,
    bodySpan,
    outlet: outlet || null,
    aggregator: "Maghress",
    publishedAt: preamble.dateline ?? headerDate,
    headerDate,
    byline: preamble.byline,
    language: detectLanguage(body),
    url: null,
  };
}
