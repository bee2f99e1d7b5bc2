/**
 * A report's evidence inside its article: the article's own body (page boilerplate left out),
 * widened to hold the evidence when it lies outside (a headline), cut into the text before, the
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
  const from = Math.min(article.bodyStart ?? 0, start);
  const to = Math.max(article.bodyEnd ?? text.length, end);
  return { before: text.slice(from, start), evidence: text.slice(start, end), after: text.slice(end, to) };
}
