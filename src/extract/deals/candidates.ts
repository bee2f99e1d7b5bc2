/**
 * Candidates: a clause with a kind cue (اقتناء, agreement, livraison …) proposes deals. It is
 * widened to its neighbours only as far as needed to find two parties, and into a following
 * clause that lists more parties "alongside" (إلى جانب مصر وقطر والعراق); its kind, status,
 * roles and figures are then read from those words.
 */
import { normalizeDigits } from "../../text/tokens.js";
import type { DealKind, DealStatus } from "../gazetteer.js";
import type { Segment } from "../segments.js";
import { coordinated } from "./bystanders.js";
import { factsIn, originsOf, partyCount } from "./facts.js";
import { moneyIn, quantityIn, yearIn } from "./figures.js";
import { dealId } from "./id.js";
import { assignRoles } from "./roles.js";
import { statusIn } from "./status.js";
import type { Candidate, DealInput, DealNature, SpanFacts } from "./types.js";

/** With a system in the clause, receiving it ("took delivery of", "a réceptionné") is acquiring it. */
export const KIND_ORDER_WITH_SYSTEM: string[] = [
  "co-production",
  "co-production-with-system",
  "acquisition",
  "acquisition-with-system",
  "transfer",
  "cooperation agreement",
  "training",
  "exercise",
  "investment",
];
/** Without a system, an agreement under which one side supplies arms is the purchase itself. */
const KIND_ORDER: string[] = [
  "acquisition",
  "cooperation agreement",
  "co-production",
  "transfer",
  "training",
  "exercise",
  "investment",
];

/** Whether a clause states any kind of deal. */
export function hasKindCue(input: DealInput, clause: Segment): boolean {
  return hasAnyKind(input, clause.first, clause.last);
}

function hasAnyKind(input: DealInput, from: number, to: number): boolean {
  return KIND_ORDER_WITH_SYSTEM.some((kind) => input.cues.has(`kind:${kind}`, from, to));
}

type FactsOf = (from: number, to: number) => SpanFacts;

/**
 * What a span names for a deal: not what a deal's words say it replaces ("to replace its
 * F-16s", "لاستبدال طائرات ميراج", "pour remplacer ses Mirage"), and with the systems of the
 * sentence before when it names none of its own but points back at one ("this type", "هذه
 * المنظومة", "cet appareil").
 */
function factsWithAnaphora(input: DealInput, before: Segment | undefined): FactsOf {
  return (from, to) => {
    const replaced = input.cues.within("replace", from, to)[0];
    const end = replaced && hasAnyKind(input, from, replaced.first - 1) ? replaced.first - 1 : to;
    const facts = factsIn(input, from, end);
    if (facts.systems.length > 0 || !before || !input.cues.has("anaphor", from, to)) return facts;
    return { ...facts, systems: factsIn(input, before.first, before.last).systems };
  };
}

/**
 * A neighbour clause that states a deal of its own — a kind cue and two parties by itself: "Après
 * la vente de 20 H145 à la Hongrie, le constructeur a signé un contrat avec le ministère
 * ukrainien": Hungary is the buyer of the first sale, not a party to the second.
 */
function ownDeal(input: DealInput, clause: Segment, own: Set<string>, factsOf: FactsOf): boolean {
  if (!hasKindCue(input, clause)) return false;
  const facts = factsOf(clause.first, clause.last);
  const theirs = new Set([
    ...facts.countries.map((country) => country.code),
    ...originsOf(input.gazetteer, facts.systems),
  ]);
  // Two parties of its own, and the clause's own country not among them.
  return theirs.size >= 2 && own.size > 0 && [...own].every((code) => !theirs.has(code));
}

/**
 * The smallest run of clauses around `index` that names two parties, preferring what follows,
 * and borrowing none from a neighbour that states a deal of its own.
 */
function widen(
  input: DealInput,
  parts: Segment[],
  index: number,
  factsOf: FactsOf,
): { from: number; to: number } | null {
  const tries = [
    [0, 0],
    [0, 1],
    [-1, 0],
    [-1, 1],
    [0, 2],
    [-2, 0],
  ];
  const clause = parts[index] as Segment;
  const own = new Set(factsOf(clause.first, clause.last).countries.map((country) => country.code));
  for (const [back = 0, ahead = 0] of tries) {
    const first = parts[index + back];
    const last = parts[index + ahead];
    if (!first || !last) continue;
    if (partyCount(input, factsOf(first.first, last.last)) < 2) continue;
    const neighbours = parts.slice(index + back, index + ahead + 1).filter((_, at) => at !== -back);
    if (neighbours.some((neighbour) => ownDeal(input, neighbour, own, factsOf))) continue;
    return { from: index + back, to: index + ahead };
  }
  return widenOverAsides(input, parts, index, factsOf);
}

/** How many asides naming nothing may stand between a deal's clause and its subject. */
const MAX_ASIDES = 3;

/**
 * Back over clauses that name nothing, to the subject before them: «وافق مجلس الوزراء
 * الإسرائيلي، بشكل مبدئي، الإثنين، على شراء 14 طائرة أمريكية» — "in principle" and "on
 * Monday" stand between the approving cabinet and the purchase.
 */
function widenOverAsides(
  input: DealInput,
  parts: Segment[],
  index: number,
  factsOf: FactsOf,
): { from: number; to: number } | null {
  const names = (part: Segment) => {
    const facts = factsOf(part.first, part.last);
    return facts.countries.length > 0 || facts.systems.length > 0;
  };
  let from = index - 1;
  while (from > index - 1 - MAX_ASIDES && parts[from] && !names(parts[from] as Segment)) from -= 1;
  const first = parts[from];
  const clause = parts[index] as Segment;
  if (!first || from === index - 1 || partyCount(input, factsOf(first.first, clause.last)) < 2) return null;
  return { from, to: index };
}

const NATURES: DealNature[] = ["upgrade", "follow-on", "order"];

/** What the clause says the contract is: an upgrade, a follow-on order ("additional"), an order. */
function natureOf(input: DealInput, clause: Segment, kind: DealKind): DealNature | null {
  if (kind !== "acquisition") return null;
  return NATURES.find((nature) => input.cues.has(`nature:${nature}`, clause.first, clause.last)) ?? null;
}

/** A clause that only lists more systems, as a package does ("…, 24 Typhoon, 24 M-346 and satellites"). */
function listsSystems(input: DealInput, clause: Segment): boolean {
  const facts = factsIn(input, clause.first, clause.last);
  return facts.systems.length > 0 && facts.countries.length === 0 && !hasKindCue(input, clause);
}

/**
 * A clause that only continues a list of countries ("…, Libya, Ukraine and Poland", "…, à
 * l'Ukraine et au Qatar"), or lists earlier buyers ("…, after Egypt and India", "…, after the
 * United Arab Emirates and Saudi Arabia", "، بعد كل من الجزائر وتركيا"); articles belong to it.
 */
function continuesCountries(input: DealInput, clause: Segment): boolean {
  const facts = factsIn(input, clause.first, clause.last);
  if (facts.countries.length === 0 || facts.systems.length > 0) return false;
  const covered = new Set<number>();
  const cover = (hit: { first: number; last: number }) => {
    for (let index = hit.first; index <= hit.last; index += 1) covered.add(index);
  };
  facts.countries.forEach(cover);
  for (const category of ["listJoin", "prior", "recipient", "article"] as const)
    input.cues.within(category, clause.first, clause.last).forEach(cover);
  return covered.size >= clause.last - clause.first + 1;
}

/**
 * Earlier buyers listed before the clause that counts its buyer: "Après le Qatar, l'Ukraine et
 * l'Azerbaïdjan, le Maroc sera le quatrième acheteur", «بعد قطر وأوكرانيا، أصبح المغرب رابع مشتر».
 */
function withEarlierBuyers(
  input: DealInput,
  parts: Segment[],
  range: { from: number; to: number },
  clause: Segment,
): { from: number; to: number } {
  if (!input.cues.has("ordinal", clause.first, clause.last)) return range;
  let from = range.from;
  while (from > 0 && continuesCountries(input, parts[from - 1] as Segment)) from -= 1;
  const opening = parts[from] as Segment;
  return from < range.from &&
    input.cues.within("prior", opening.first, opening.last)[0]?.first === opening.first
    ? { from, to: range.to }
    : range;
}

/**
 * A deal the clause names by its two sides ("the deal between Turkey and Ethiopia", «الصفقة بين
 * تركيا وإثيوبيا», "le contrat entre la Turquie et l'Éthiopie"): those two are its parties, not
 * the countries that ask to freeze or hail it.
 */
function withNamedPair(input: DealInput, clause: Segment, facts: SpanFacts): SpanFacts {
  const between = input.cues.within("between", clause.first, clause.last)[0];
  if (!between) return facts;
  const after = input.cues.at("article", between.last + 1) ? between.last + 2 : between.last + 1;
  const index = facts.countries.findIndex((country) => country.first === after);
  const [one, other] = [facts.countries[index], facts.countries[index + 1]];
  if (!one || !other || !coordinated(input, one, other)) return facts;
  const pair = new Set([one.code, other.code]);
  return { ...facts, countries: facts.countries.filter((country) => pair.has(country.code)) };
}

/** How far after entering service the service's country stands: "entrée en service dans l'armée de l'air américaine". */
const SERVICE_REACH = 8;

/**
 * A clause telling a system's own history: it entered service with its maker's forces ("a
 * weapon that entered service with the US Air Force in 2006", «دخلت الخدمة في سلاح الجو
 * الأمريكي», "entrée en service dans l'armée de l'air américaine") — no delivery to a buyer.
 */
function servesItsMaker(input: DealInput, clause: Segment, facts: SpanFacts): boolean {
  const entries = input.cues.within("serviceEntry", clause.first, clause.last);
  const origins = originsOf(input.gazetteer, facts.systems);
  return (
    entries.length > 0 &&
    entries.every((entry) =>
      facts.countries.some(
        (country) =>
          country.first > entry.last &&
          country.first <= entry.last + SERVICE_REACH &&
          origins.includes(country.code),
      ),
    )
  );
}

function kindOf(input: DealInput, clause: Segment, hasSystem: boolean): DealKind | null {
  const order = hasSystem ? KIND_ORDER_WITH_SYSTEM : KIND_ORDER;
  for (const kind of order) {
    if (input.cues.has(`kind:${kind}`, clause.first, clause.last)) {
      return kind.replace(/-with-system$/, "") as DealKind;
    }
  }
  return null;
}

/**
 * A purchase the clause dates but gives no stage ("follows Israel's purchase in 2010 of 19
 * F-35s", «صفقة عام 2015», "la commande de 2018") was made: signed — unless the date is a
 * schedule ("expected in 2027").
 */
function datedPurchase(input: DealInput, clause: Segment, kind: DealKind): DealStatus | null {
  if (kind !== "acquisition" || input.cues.has("futureAfter", clause.first, clause.last)) return null;
  return yearIn(input, normalizeDigits(input.text.slice(clause.start, clause.end))) === null
    ? null
    : "signed";
}

/** An earlier buyer's deal: received when the clause speaks of receiving, else a past purchase. */
function recalledStatus(stated: DealStatus | null): DealStatus {
  return stated === "delivered" ? "delivered" : "signed";
}

/**
 * The buyer an ordinal counts after earlier buyers ("Romania became the ninth country to buy the
 * K9, after …", «أصبحت رومانيا الدولة التاسعة التي تشتري …») has bought, with no stage word:
 * signed; one that "will be" the ninth has decided to: agreed.
 */
function countedBuyerStatus(
  input: DealInput,
  clause: Segment,
  pairings: { recalled: boolean }[],
): DealStatus | null {
  const ordinal = input.cues.within("ordinal", clause.first, clause.last)[0];
  if (!ordinal || !pairings.some((pairing) => pairing.recalled)) return null;
  // "will be the ninth" is still to come; "the ninth country to buy" is not.
  return input.cues.has("future", clause.first, ordinal.first - 1) ? "agreed" : "signed";
}

export function candidatesOfClause(
  input: DealInput,
  sentence: Segment,
  parts: Segment[],
  index: number,
  before: Segment | undefined,
): Candidate[] {
  const clause = parts[index] as Segment;
  const factsOf = factsWithAnaphora(input, before);
  const found = widen(input, parts, index, factsOf);
  if (!found) return [];
  let range = found;
  // A following clause that lists more parties "alongside", more systems or more countries belongs to this deal.
  let next = parts[range.to + 1];
  while (
    next &&
    (input.cues.has("alongside", next.first, Math.min(next.first + 1, next.last)) ||
      listsSystems(input, next) ||
      continuesCountries(input, next))
  ) {
    range = { from: range.from, to: range.to + 1 };
    next = parts[range.to + 1];
  }
  range = withEarlierBuyers(input, parts, range, clause);
  const first = parts[range.from] as Segment;
  const last = parts[range.to] as Segment;
  const facts = withNamedPair(input, clause, factsOf(first.first, last.last));
  if (servesItsMaker(input, clause, facts)) return [];
  // "Lors de la signature de cet accord général, …, la Pologne a commandé …": the framework the sentence opens with.
  const opening = parts[0] as Segment;
  const framework = input.cues.has("framework", opening.first, last.last);
  const kindStated = kindOf(input, clause, facts.systems.length > 0);
  // A framework agreement naming what it buys is a purchase's framework contract.
  const kind =
    framework && kindStated === "cooperation agreement" && facts.systems.length > 0
      ? "acquisition"
      : kindStated;
  if (!kind) return [];
  // A scheduled signing may come in the next clause: "confirmed the purchase …, the signing is set
  // for the 16th" — a clause about the signing itself, naming no party ("…, under which Korea
  // agreed to sell tanks to Poland" is a deal of its own, not the date of this one's signing).
  const after = parts[range.to + 1];
  const scheduled =
    after &&
    statusIn(input, after.first, after.last) === "agreed" &&
    partyCount(input, factsOf(after.first, after.last)) === 0
      ? "agreed"
      : null;
  const own =
    statusIn(input, clause.first, clause.last) ??
    statusIn(input, first.first, last.last) ??
    datedPurchase(input, clause, kind);
  // A signing still to come means the purchase "confirmed" before it is not yet signed.
  const stated = scheduled && (own === null || own === "signed") ? scheduled : own;
  // "According to reports …" anywhere in the sentence makes what it says a rumour.
  const rumoured = input.cues.has("status:rumoured", sentence.first, sentence.last);
  const status = rumoured && stated !== "denied" && stated !== "cancelled" ? "rumoured" : stated;
  const evidenceText = input.text.slice(first.start, last.end);
  const evidenceDigits = normalizeDigits(evidenceText);
  const clauseDigits = normalizeDigits(input.text.slice(clause.start, clause.end));
  const systemIds = facts.systems;
  // A figure the clause itself states wins over one its neighbours state.
  const quantity = quantityIn(input, clause.first, clause.last) ?? quantityIn(input, first.first, last.last);
  const value = moneyIn(input, clauseDigits) ?? moneyIn(input, evidenceDigits);
  // A delivered batch ("a second batch arrived") is not an order of its own; an upgrade is.
  const statedNature = natureOf(input, clause, kind);
  const nature = status === "delivered" && statedNature !== "upgrade" ? null : statedNature;
  const year = yearIn(input, clauseDigits) ?? yearIn(input, evidenceDigits);
  const pairings = assignRoles(input, kind, facts);
  // Of several suppliers' deals, the clause's figures are their sum, or each's: not told apart.
  const shared = new Set(pairings.map((pairing) => pairing.supplier)).size > 1;
  const implied = status === null ? countedBuyerStatus(input, clause, pairings) : null;
  return pairings.map(({ parties, supplier, recipient, recalled }) => ({
    id: dealId(parties, kind, systemIds),
    parties: [...parties].sort(),
    supplier,
    recipient,
    kind,
    // An earlier buyer bought before; the clause's figures are the new contract's, not its own.
    status: recalled ? recalledStatus(status) : status,
    ...(implied && !recalled ? { impliedStatus: implied } : {}),
    systemIds,
    quantity: recalled || shared ? null : quantity,
    value: recalled || shared ? null : value,
    year: recalled ? null : year,
    nature: recalled ? null : nature,
    evidence: evidenceText,
    start: first.start,
    end: last.end,
    evidenceRank: found.from !== index || found.to !== index ? 2 : first.end <= input.titleEnd ? 1 : 0,
    ...(framework ? { framework } : {}),
  }));
}
