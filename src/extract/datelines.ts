/**
 * Place names that are not countries. A dateline ("عمان - ", "Rabat (AFP) –") says where the
 * story was filed: the city at the start of a body line, before a dash or colon, is no actor,
 * whatever country it is the capital of; nor is any name after the dateline's first place
 * ("LANGKAWI, Malaysia—", "PARIS/MILAN (Reuters) -": neither Malaysia nor the MILAN missile).
 * A capital before a venue noun ("the Lima air show") is where a show is held. And Arabic
 * writes Amman as it writes Oman (عمان):
 * with its shadda (عمّان), as a dateline, or right after "Jordanian" (العاصمة الأردنية عمان), it is Jordan's capital
 * and never the sultanate.
 */
import type { Token } from "../text/tokens.js";
import type { CueIndex, Mention } from "./mentions.js";

/** Amman and Oman, as tokens normalize them. */
const AMMAN = "عمان";
const JORDANIAN = new Set(["الاردنيه", "الاردني", "الاردن"]);
const SHADDA = "\u0651";
/**
 * After the city: optional later places (", Malaysia", "/MILAN", at most three words), an optional
 * "(agency)", and the dash or colon that ends a dateline — a hyphen set off by a space, not the
 * one inside a designation ("Moscow, which sold the S-400").
 */
const DATELINE_END =
  /^\s*(?:[,،/]\s*[\p{L}.'’]+(?: [\p{L}.'’]+){0,2}\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:[–—:]|-(?=\s)|(?<=\s)-)/u;

/** A dateline's first places, up to the one at `start`: "LANGKAWI, ", "PARIS/" at a line's start. */
const PLACES_BEFORE = /\n[ \t]*\p{L}[\p{L}.'’ -]{1,30}[,،/][ \t]*$/u;

function startsLine(text: string, start: number, bodyStart: number): boolean {
  for (let index = start - 1; index >= bodyStart; index -= 1) {
    const char = text[index] as string;
    if (char === "\n") return true;
    if (!/\s/u.test(char)) return false;
  }
  return true;
}

function endsDateline(text: string, mention: Mention): boolean {
  return DATELINE_END.test(text.slice(mention.end, mention.end + 50));
}

/** A later place of a dateline: a country or a system named after the line's first place. */
function laterDatelinePlace(text: string, mention: Mention, bodyStart: number): boolean {
  const from = Math.max(bodyStart, mention.start - 40);
  // The body's start is a line's start.
  const lead = `${from === bodyStart ? "\n" : ""}${text.slice(from, mention.start)}`;
  return PLACES_BEFORE.test(lead) && endsDateline(text, mention);
}

/** The mentions that name a place of filing, a show venue or Jordan's capital, not an actor. */
function isPlace(
  text: string,
  tokens: Token[],
  cues: CueIndex,
  mention: Mention,
  bodyStart: number,
): boolean {
  if (mention.start < bodyStart) return false;
  if (mention.alias.type === "system") return laterDatelinePlace(text, mention, bodyStart);
  if (mention.alias.type !== "country") return false;
  if (laterDatelinePlace(text, mention, bodyStart)) return true;
  const amman = mention.first === mention.last && tokens[mention.first]?.norm === AMMAN;
  // Written with its shadda (عمّان) it can only be Amman.
  if (amman && text.slice(mention.start, mention.end).includes(SHADDA)) return true;
  if (amman && JORDANIAN.has(tokens[mention.first - 1]?.norm ?? "")) return true;
  if (mention.alias.kind !== "capital" && !amman) return false;
  if (cues.at("venue", mention.last + 1)) return true;
  return startsLine(text, mention.start, bodyStart) && endsDateline(text, mention);
}

/** `mentions` without datelines' places, show venues and Amman read as Oman. */
export function withoutPlaces(
  text: string,
  tokens: Token[],
  cues: CueIndex,
  mentions: Mention[],
  bodyStart: number,
): Mention[] {
  const kept = mentions.filter((mention) => !isPlace(text, tokens, cues, mention, bodyStart));
  return kept.length === mentions.length ? mentions : kept;
}
