/**
 * Countries a text names without making them actors: the place where a system was used
 * ("used in Afghanistan, Libya and Mali", "استعملت بسوريا", "engagé au Mali"), an outlet's
 * home ("the Russian newspaper", "صحيفة كومرسانت الروسية", "l'agence de presse russe"), a
 * credit in short brackets closing a line or sentence ("(Emirates 24).", "(الفرنسية-أرشيف)"), a
 * place named by a place word ("near the Moroccan border", "في جنوب اليمن", "la capitale
 * libyenne"), the sides of a political backdrop ("tensions between India and Pakistan",
 * "Russia's invasion of Ukraine", "تطبيع العلاقات مع إسرائيل") and a rival compared with
 * ("ahead of China", "متقدمة على دول مثل الصين"), or one pressing a buyer ("the United States
 * exerted pressure on", "sous la pression des États-Unis", «ضغطت الولايات المتحدة على»), or the
 * target of a sinking or downing ("sank the Israeli destroyer"). Such a
 * mention is never a deal's party, and a country named only so is not one of the article's
 * countries. A list continues what its first item is ("in Syria, Libya and Karabakh").
 */
import type { Token } from "../../text/tokens.js";
import type { CueIndex, Mention } from "../mentions.js";

interface Text {
  text: string;
  tokens: Token[];
  cues: CueIndex;
  mentions: Mention[];
}

/** The longest battlefield preposition, in tokens (بدءا من). */
const LONGEST_PREPOSITION = 2;
/** How far before its preposition a use or combat word stands: "العمليات الناجحة التي نفذتها بدءا من". */
const BATTLEFIELD_REACH = 4;

/** Right after a use or combat word and a preposition ("used in", "استعملت في"), or ب attached. */
function isBattlefield({ tokens, cues }: Text, mention: Mention): boolean {
  const first = mention.first;
  const preposition = cues
    .within("battlefieldIn", first - LONGEST_PREPOSITION, first - 1)
    .find((hit) => hit.last === first - 1);
  if (preposition && cues.has("battlefield", preposition.first - BATTLEFIELD_REACH, preposition.first - 1))
    return true;
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

/** The longest source credit in brackets, in characters: "(وكالة الأنباء السعودية)". */
const CREDIT_LENGTH = 40;

/**
 * Inside short brackets that close a line or a sentence: an outlet's or photo's credit
 * ("(Emirates 24).", "(الفرنسية-أرشيف)"), not a clarifying aside ("the buyer (Egypt) said").
 */
function isCredit({ text }: Text, mention: Mention): boolean {
  const from = Math.max(0, mention.start - CREDIT_LENGTH);
  const before = text.slice(from, mention.start).lastIndexOf("(");
  const after = text.slice(mention.end, mention.end + CREDIT_LENGTH).indexOf(")");
  if (before < 0 || after < 0) return false;
  const [open, close] = [from + before, mention.end + after];
  if (close - open > CREDIT_LENGTH) return false;
  if (/[()\n.]/.test(text.slice(open + 1, close))) return false;
  return /^[ \t]*(?:[.\n]|$)/.test(text.slice(close + 1));
}

/**
 * Named by a place word: a country right after one, an article allowed between ("في جنوب
 * اليمن", "south of the Sudan", "au sud du Liban"), or a demonym beside one ("الحدود
 * المغربية", "the Moroccan border", "la frontière marocaine").
 */
function isPlace({ cues }: Text, mention: Mention): boolean {
  const first = mention.first;
  if (cues.endsAt("place", first - 1) || (cues.at("article", first - 1) && cues.endsAt("place", first - 2)))
    return true;
  return mention.alias.kind === "demonym" && cues.at("place", mention.last + 1);
}

/**
 * Either side of a backdrop: after its marker ("tensions between", "invasion of", "تطبيع
 * العلاقات مع", "الغزو الروسي") or before its noun ("Russia's invasion").
 */
function isBackdrop({ cues }: Text, mention: Mention): boolean {
  const first = mention.first;
  const marked =
    cues.endsAt("backdrop", first - 1) ||
    (cues.at("article", first - 1) && cues.endsAt("backdrop", first - 2));
  return marked || cues.at("backdropAfter", mention.last + 1);
}

/** How far after a sinking or downing verb its target stands: "a coulé le destroyer Eilat d'Israël". */
const TARGET_REACH = 6;

/**
 * What a ship sunk or an aircraft downed belonged to ("Egypt sank the Israeli destroyer", "a
 * coulé le destroyer Eilat d'Israël", «أغرقت مصر المدمرة الإسرائيلية»): a war's target, no
 * buyer. An Arabic verb's subject follows it right after; the target comes later.
 */
function isTarget({ tokens, cues }: Text, mention: Mention): boolean {
  const verb = cues.within("attack", mention.first - TARGET_REACH, mention.first - 1).at(-1);
  if (!verb) return false;
  return tokens[mention.first]?.script !== "arabic" || mention.first > verb.last + 1;
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
    if (
      listed ||
      isBattlefield(text, mention) ||
      isOutletHome(text, mention, index) ||
      isCredit(text, mention) ||
      isPlace(text, mention) ||
      isBackdrop(text, mention) ||
      isTarget(text, mention)
    )
      found.add(mention.first);
    last = mention;
  }
  cache.set(text.mentions, found);
  return found;
}

const LONE_AND = "و";

/** Whether two country mentions are items of one list ("Qatar, Libya and the UK", "ميانما وإيران"). */
export function coordinated(
  text: Text,
  a: { first: number; last: number },
  b: { first: number; last: number },
): boolean {
  const [left, right] = a.first < b.first ? [a, b] : [b, a];
  const gap = right.first - left.last - 1;
  if (gap === 0) return true;
  // The conjunction و split from its word by a quote mark (مصر و”إسرائيل”): cue phrases match it only attached.
  if (gap === 1 && text.tokens[left.last + 1]?.norm === LONE_AND) return true;
  // One joiner fills the gap: "and", "و", "and the", "et la".
  return (
    gap > 0 &&
    text.cues
      .within("listJoin", left.last + 1, right.first - 1)
      .some((hit) => hit.first === left.last + 1 && hit.last === right.first - 1)
  );
}
