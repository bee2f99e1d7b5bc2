/**
 * Countries a text names without making them actors: the place where a system was used
 * ("used in Afghanistan, Libya and Mali", "استعملت بسوريا", "engagé au Mali") and an outlet's
 * home ("the Russian newspaper", "صحيفة كومرسانت الروسية", "l'agence de presse russe"). Such a
 * mention is never a deal's party, and a country named only so is not one of the article's
 * countries. A list continues what its first item is ("in Syria, Libya and Karabakh").
 */
import type { Token } from "../../text/tokens.js";
import type { CueIndex, Mention } from "../mentions.js";

interface Text {
  tokens: Token[];
  cues: CueIndex;
  mentions: Mention[];
}

/** Right after a use or combat word and a preposition ("used in", "استعملت في"), or ب attached. */
function isBattlefield({ tokens, cues }: Text, mention: Mention): boolean {
  const first = mention.first;
  if (cues.endsAt("battlefieldIn", first - 1) && cues.has("battlefield", first - 4, first - 2)) return true;
  const word = tokens[first];
  return word?.script === "arabic" && /^و?ب/.test(word.norm) && cues.has("battlefield", first - 3, first - 1);
}

/** A demonym beside an outlet word or a named source: "the Algerian daily", "وكالة الأنباء الإيطالية". */
function isOutletHome({ cues, mentions }: Text, mention: Mention, index: number): boolean {
  if (mention.alias.kind !== "demonym") return false;
  const before = (category: "sourceCue" | "outlet") =>
    cues.has(category, mention.first - 3, mention.first - 1);
  const after = (category: "sourceCue" | "outlet") => cues.has(category, mention.last + 1, mention.last + 1);
  const previous = mentions[index - 1];
  const besideSource =
    previous !== undefined && previous.alias.type === "source" && mention.first - previous.last <= 2;
  return besideSource || before("sourceCue") || before("outlet") || after("sourceCue") || after("outlet");
}

const cache = new WeakMap<Mention[], Set<number>>();

/** First-token indexes of the country mentions that name a bystander, not an actor. */
export function bystanderMentions(text: Text): Set<number> {
  const cached = cache.get(text.mentions);
  if (cached) return cached;
  const found = new Set<number>();
  let last: Mention | undefined;
  for (const [index, mention] of text.mentions.entries()) {
    if (mention.alias.type !== "country") continue;
    const listed = last !== undefined && found.has(last.first) && coordinated(text, last, mention);
    if (listed || isBattlefield(text, mention) || isOutletHome(text, mention, index))
      found.add(mention.first);
    last = mention;
  }
  cache.set(text.mentions, found);
  return found;
}

/** Whether two country mentions are items of one list ("Qatar, Libya and the UK", "ميانما وإيران"). */
export function coordinated(
  text: Text,
  a: { first: number; last: number },
  b: { first: number; last: number },
): boolean {
  const [left, right] = a.first < b.first ? [a, b] : [b, a];
  const gap = right.first - left.last - 1;
  if (gap === 0) return true;
  // One joiner fills the gap: "and", "و", "and the", "et la".
  return (
    gap > 0 &&
    text.cues
      .within("listJoin", left.last + 1, right.first - 1)
      .some((hit) => hit.first === left.last + 1 && hit.last === right.first - 1)
  );
}
