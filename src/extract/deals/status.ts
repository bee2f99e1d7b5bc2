/**
 * The status a span's words state: cue words per status (cues/*.json "statuses"); a denial or
 * cancellation outranks any progress; a conditional (إذا, if) voids the cue after it; a future
 * marker (سيتم, will, a purpose لتوقيع) lowers it (a signing to come is not yet signed); a modal (قد, may,
 * pourrait) makes it only a possibility: rumoured. Of cues starting at one word, the longest
 * speaks. A delivery a contract provides for ("a contract for the delivery of", «عقد تسليم»,
 * "prévoyant la livraison") is what it covers, not a stage: such a contract is signed unless
 * another cue states its stage. A negated stage ("has never cancelled", "n'a pas encore signé",
 * «لم يتم توقيع») is not that stage: a contract never cancelled stands (signed), a signing or
 * approval not yet made leaves talks, a delivery not yet made a contract; a denial or rumour
 * negated states nothing. An exercise has stages of its own
 * (cues/*.json "exerciseStatuses"): one that took place, was launched or is under way is
 * delivered; one scheduled, planned or to come is agreed.
 */
import type { DealStatus } from "../gazetteer.js";
import type { DealInput } from "./types.js";

const DECISIVE_STATUSES: DealStatus[] = ["denied", "cancelled"];
const STATUS_CUES: DealStatus[] = [
  "denied",
  "cancelled",
  "delivered",
  "signed",
  "agreed",
  "under negotiation",
  "rumoured",
];
/** A signing to come is agreed (scheduled), not yet signed; an approval to come is still negotiated. */
const LOWERED_BY_FUTURE: Partial<Record<DealStatus, DealStatus>> = {
  signed: "agreed",
  agreed: "under negotiation",
  delivered: "signed",
};

/** How far before a stage a negation reaches: "has not yet signed", «لم يتم توقيع». */
const NEGATION_REACH = 3;
/** How far before a delivery the contract providing for it stands: "a contract for the delivery". */
const PROVISION_REACH = 3;
/** How far back a coordinated participle finds its clause's future: "would be built by Istanbul Shipyard in Turkey and delivered". */
const COORDINATION_REACH = 10;
/** What a negated stage leaves; a stage absent here is simply not stated. */
const NEGATED: Partial<Record<DealStatus, DealStatus>> = {
  signed: "under negotiation",
  agreed: "under negotiation",
  delivered: "signed",
  // A contract never cancelled stands.
  cancelled: "signed",
};

interface StatusHit {
  status: DealStatus;
  first: number;
  last: number;
}

/** Whether punctuation separates tokens `left` and `right` ("the deal, delivered in 2020"). */
function punctuated(input: DealInput, left: number, right: number): boolean {
  const [a, b] = [input.tokens[left], input.tokens[right]];
  return !a || !b || /[,.;:!?،؛]/u.test(input.text.slice(a.end, b.start));
}

/** A delivery a contract just before it provides for ("a contract for the delivery of", «عقد تسليم»). */
function isProvidedFor(input: DealInput, hit: StatusHit): boolean {
  if (hit.status !== "delivered") return false;
  return input.cues
    .within("provision", hit.first - PROVISION_REACH, hit.first - 1)
    .some((provision) => !punctuated(input, provision.last, hit.first));
}

/** A negation governs the first stage after it only: «لم يتم إلغاء العقد الموقع» negates the cancelling, not the signing. */
function isNegated(input: DealInput, hit: StatusHit, cued: StatusHit[], clauseFirst: number): boolean {
  const negation = input.cues
    .within("negation", Math.max(clauseFirst, hit.first - NEGATION_REACH), hit.first - 1)
    .at(-1);
  return (
    negation !== undefined && !cued.some((other) => other.first > negation.last && other.first < hit.first)
  );
}

/** How far before a denial its concession reaches: «رغم نفي وزير الدفاع», "despite the ministry's denial". */
const CONCESSION_REACH = 3;

/**
 * A denial the text concedes ("despite Islamabad's denial", «رغم نفي», "malgré le démenti") is
 * not what it says of the deal: it goes on to say the opposite.
 */
function isConceded(input: DealInput, hit: StatusHit): boolean {
  return hit.status === "denied" && input.cues.has("concession", hit.first - CONCESSION_REACH, hit.first - 1);
}

/** A cue inside a longer one is part of it: "signed" in "to be signed". */
function isInsideLonger(hit: StatusHit, cued: StatusHit[]): boolean {
  return cued.some(
    (other) =>
      other.first <= hit.first && other.last >= hit.last && other.last - other.first > hit.last - hit.first,
  );
}

/** The stage a hit states once its negation is read: itself, a lesser stage, or none. */
function readNegation(input: DealInput, hit: StatusHit, cued: StatusHit[], clauseFirst: number): StatusHit[] {
  if (!isNegated(input, hit, cued, clauseFirst)) return [hit];
  const left = NEGATED[hit.status];
  return left ? [{ ...hit, status: left }] : [];
}

/** A participle after "and" shares the future of its clause's first verb ("will be built … and delivered"). */
function isCoordinatedFuture(input: DealInput, cueFirst: number, clauseFirst: number): boolean {
  if (!input.cues.endsAt("listJoin", cueFirst - 1)) return false;
  return input.cues.has("future", Math.max(clauseFirst, cueFirst - COORDINATION_REACH), cueFirst - 2);
}

function isFuture(input: DealInput, cueFirst: number, cueLast: number, clauseFirst: number): boolean {
  if (isCoordinatedFuture(input, cueFirst, clauseFirst)) return true;
  const word = input.tokens[cueFirst];
  // Arabic future prefix س on the verb itself: سيوقع, ستتسلم.
  if (word?.script === "arabic" && /^[وف]?س[يتن]/.test(word.norm)) return true;
  // "To" attached to a verbal noun is a purpose, still to come: لتوقيع الاتفاق, للتسليم.
  if (word?.script === "arabic" && /^[وف]?لل?ت/.test(word.norm)) return true;
  // French future in the verb's ending: livrera, livreront, recevra.
  if (word?.script === "latin" && cueFirst === cueLast && /(?:era|eront|evra|evront)$/.test(word.norm))
    return true;
  // Before the verb ("will deliver"), or after a noun ("deliveries expected to begin in 2026").
  return (
    input.cues.has("future", cueFirst - 2, cueFirst - 1) ||
    input.cues.has("futureAfter", cueLast + 1, cueLast + 2)
  );
}

/** A modal before the stage word ("may sign", «قد يوقع»); «كانت قد وقعت» (had signed) is a past perfect, no modal. */
function isModal(input: DealInput, cueFirst: number, clauseFirst: number): boolean {
  const from = Math.max(clauseFirst, cueFirst - 3);
  return input.cues
    .within("modal", from, cueFirst - 1)
    .some(
      (modal) =>
        !input.cues.within("perfect", modal.first - 1, modal.last).some((hit) => hit.last === modal.last),
    );
}

function isVoided(input: DealInput, cueFirst: number, clauseFirst: number): boolean {
  return input.cues.has("conditional", Math.max(clauseFirst, cueFirst - 5), cueFirst - 1);
}

/** The status the words of [from, to] state, or null when none does. */
export function statusIn(input: DealInput, from: number, to: number): DealStatus | null {
  const cued: StatusHit[] = STATUS_CUES.flatMap((status) =>
    input.cues
      .within(`status:${status}`, from, to)
      .map((hit) => ({ status, first: hit.first, last: hit.last })),
  );
  const hits = cued
    .filter((hit) => !isInsideLonger(hit, cued) && !isConceded(input, hit))
    .filter((hit) => !isVoided(input, hit.first, from) && !isProvidedFor(input, hit))
    .flatMap((hit) => readNegation(input, hit, cued, from))
    // Of two cues starting at one word, the longer is the more specific: "reçu le premier
    // acompte" (signed) over "reçu" (delivered), "signature prévue" over "signature".
    .sort((a, b) => a.first - b.first || b.last - a.last);
  const chosen = hits.find((hit) => DECISIVE_STATUSES.includes(hit.status)) ?? hits[0];
  // A contract providing for a delivery, with no other stage stated, was made.
  if (!chosen) return cued.some((hit) => isProvidedFor(input, hit)) ? "signed" : null;
  if (!DECISIVE_STATUSES.includes(chosen.status) && isModal(input, chosen.first, from)) return "rumoured";
  if (!isFuture(input, chosen.first, chosen.last, from)) return chosen.status;
  // A delivery to come under an approval or a decision the span states ("will receive … under
  // the approved sale", «بموجب قرار») is scheduled by that decision: agreed — unless the span
  // also states a contract signed.
  const stated = (status: DealStatus) =>
    hits.some((hit) => hit.status === status && !isFuture(input, hit.first, hit.last, from));
  if (chosen.status === "delivered" && stated("agreed") && !stated("signed")) return "agreed";
  // What is to come under a contract the span states signed («ستحصل مصر على … في إطار الصفقة
  // الموقعة») is of that signed contract.
  if (stated("signed")) return "signed";
  return LOWERED_BY_FUTURE[chosen.status] ?? chosen.status;
}

/** An exercise to come ("will hold", "ستجري") is scheduled: agreed. */
const EXERCISE_LOWERED_BY_FUTURE: Partial<Record<DealStatus, DealStatus>> = { delivered: "agreed" };

/** The stage the words of [from, to] give an exercise, or null when none does. */
export function exerciseStatusIn(input: DealInput, from: number, to: number): DealStatus | null {
  const [hit] = (["delivered", "agreed"] as const)
    .flatMap((status) =>
      input.cues
        .within(`exercise:${status}`, from, to)
        .map((cue) => ({ status, first: cue.first, last: cue.last })),
    )
    .filter((cue) => !isVoided(input, cue.first, from))
    .sort((a, b) => a.first - b.first);
  if (!hit) return null;
  if (isModal(input, hit.first, from)) return "rumoured";
  return isFuture(input, hit.first, hit.last, from)
    ? (EXERCISE_LOWERED_BY_FUTURE[hit.status] ?? hit.status)
    : hit.status;
}
