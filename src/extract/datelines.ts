/**
 * Place names that are not countries. A dateline ("عمان - ", "Rabat (AFP) –") says where the
 * story was filed: the city at the start of a body line, before a dash or colon, is no actor,
 * whatever country it is the capital of. And Arabic writes Amman as it writes Oman (عمان):
 * with its shadda (عمّان), as a dateline, or right after "Jordanian" (العاصمة الأردنية عمان), it is Jordan's capital
 * and never the sultanate.
 */
import type { Token } from "../text/tokens.js";
import type { Mention } from "./mentions.js";

/** Amman and Oman, as tokens normalize them. */
const AMMAN = "عمان";
const JORDANIAN = new Set(["الاردنيه", "الاردني", "الاردن"]);
const SHADDA = "\u0651";
/** After the city: an optional "(agency)" and the dash or colon that ends a dateline. */
const DATELINE_END = /^\s*(?:\([^()\n]{1,40}\)\s*)?[-–—:]/u;

function startsLine(text: string, start: number, bodyStart: number): boolean {
  for (let index = start - 1; index >= bodyStart; index -= 1) {
    const char = text[index] as string;
    if (char === "\n") return true;
    if (!/\s/u.test(char)) return false;
  }
  return true;
}

/** The mentions that name a place of filing or Jordan's capital, not a country. */
function isPlace(text: string, tokens: Token[], mention: Mention, bodyStart: number): boolean {
  if (mention.alias.type !== "country" || mention.start < bodyStart) return false;
  const amman = mention.first === mention.last && tokens[mention.first]?.norm === AMMAN;
  // Written with its shadda (عمّان) it can only be Amman.
  if (amman && text.slice(mention.start, mention.end).includes(SHADDA)) return true;
  if (amman && JORDANIAN.has(tokens[mention.first - 1]?.norm ?? "")) return true;
  if (mention.alias.kind !== "capital" && !amman) return false;
  return (
    startsLine(text, mention.start, bodyStart) && DATELINE_END.test(text.slice(mention.end, mention.end + 50))
  );
}

/** `mentions` without datelines' cities and Amman read as Oman. */
export function withoutPlaces(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  bodyStart: number,
): Mention[] {
  const kept = mentions.filter((mention) => !isPlace(text, tokens, mention, bodyStart));
  return kept.length === mentions.length ? mentions : kept;
}
