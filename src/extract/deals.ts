/**
 * Deals: clauses that state one (a kind cue: اقتناء, agreement, livraison …), their parties,
 * roles, status, systems, and the SIPRI-style quantity, value and year when the text gives them.
 *
 * A clause with a kind cue is widened to its neighbours only as far as needed to find two
 * parties (countries, the article's pair for البلدين/"both countries", a system's origin), and
 * into a following clause that lists more parties "alongside" (إلى جانب مصر وقطر والعراق).
 * A supplier comes from a "from" marker or a system's origin; every other party is then a
 * recipient, each in a bilateral deal. Status comes from the widened clause's cue words; a
 * conditional (إذا, if) voids the cue after it, a future marker (سيتم, will) lowers it.
 * A candidate without any status cue never creates a deal: it only adds detail to one that
 * another clause stated — precision matters more than recall in an analyst's graph.
 */
import { lowerBound } from "../text/search.js";
import { normalizeDigits, phraseKeys, type Token } from "../text/tokens.js";
import { DEAL_STATUSES, type DealKind, type DealStatus, type Gazetteer } from "./gazetteer.js";
import type { CueIndex, Mention } from "./mentions.js";
import { clauses, type Segment } from "./segments.js";

export interface Money {
  amount: number;
  currency: string;
}

export interface Deal {
  id: string;
  parties: string[];
  supplier: string | null;
  recipient: string | null;
  kind: DealKind;
  status: DealStatus;
  /** Canonical system names, as the contract shows them; ids in systemIds. */
  systems: string[];
  systemIds: string[];
  quantity: number | null;
  value: Money | null;
  year: number | null;
  evidence: string;
  start: number;
  end: number;
}

export interface DealInput {
  text: string;
  tokens: Token[];
  cues: CueIndex;
  mentions: Mention[];
  gazetteer: Gazetteer;
  sentences: Segment[];
  /** The article's two main countries, for البلدين / "both countries". */
  pair: string[];
  /** Where the title ends; evidence from the body is preferred to the title's. */
  titleEnd: number;
  /** Token indexes (ascending) of a bare المملكة that stand for the article's kingdom, and that kingdom. */
  kingdomRefs: number[];
  kingdom: string | null;
}

interface Candidate extends Omit<Deal, "status" | "systems"> {
  status: DealStatus | null;
  /** How good the evidence is: 0 a body clause naming the parties itself, 1 the title, 2 widened clauses. */
  evidenceRank: number;
}

/** With a system in the clause, receiving it ("took delivery of", "a réceptionné") is acquiring it. */
const KIND_ORDER_WITH_SYSTEM: string[] = [
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
const KIND_ORDER: string[] = [
  "cooperation agreement",
  "co-production",
  "acquisition",
  "transfer",
  "training",
  "exercise",
  "investment",
];
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
const LOWERED_BY_FUTURE: Partial<Record<DealStatus, DealStatus>> = {
  signed: "under negotiation",
  agreed: "under negotiation",
  delivered: "signed",
};
const MAX_PARTIES = 6;

export function dealId(parties: string[], kind: DealKind, systemIds: string[]): string {
  const systems = [...systemIds].sort().join("+");
  return `${[...parties].sort().join("-")}:${kind.replace(/ /g, "-")}${systems ? `:${systems}` : ""}`;
}

interface SpanFacts {
  countries: { code: string; first: number; last: number }[];
  systems: string[];
  /** Countries of the arms makers named ("شركة ليوناردو الإيطالية"). */
  makerSeats: string[];
}

function factsIn(input: DealInput, from: number, to: number): SpanFacts {
  const countries: SpanFacts["countries"] = [];
  const systems: string[] = [];
  const makerSeats: string[] = [];
  for (
    let index = lowerBound(input.mentions, from, (mention) => mention.first);
    index < input.mentions.length;
    index += 1
  ) {
    const mention = input.mentions[index] as Mention;
    if (mention.first > to) break;
    if (mention.last > to) continue;
    if (mention.alias.type === "country") {
      countries.push({ code: mention.alias.id, first: mention.first, last: mention.last });
    }
    if (mention.alias.type === "system" && !systems.includes(mention.alias.id))
      systems.push(mention.alias.id);
    const seat = makerSeat(input.gazetteer, mention);
    if (seat) makerSeats.push(seat);
  }
  if (input.kingdom) {
    const refs = input.kingdomRefs;
    for (
      let at = lowerBound(refs, from, (ref) => ref);
      at < refs.length && (refs[at] as number) <= to;
      at += 1
    ) {
      countries.push({ code: input.kingdom, first: refs[at] as number, last: refs[at] as number });
    }
  }
  if (input.cues.has("pair", from, to)) {
    const at = input.cues.within("pair", from, to)[0]?.first ?? from;
    for (const code of input.pair) countries.push({ code, first: at, last: at });
  }
  return { countries: countries.sort((a, b) => a.first - b.first), systems, makerSeats };
}

const unique = <T>(items: T[]) => [...new Set(items)];

function partyCount(input: DealInput, facts: SpanFacts): number {
  const origins = facts.systems
    .map((id) => input.gazetteer.systems.get(id)?.origin)
    .filter(Boolean) as string[];
  return unique([...facts.countries.map((country) => country.code), ...origins]).length;
}

/** The smallest run of clauses around `index` that names two parties, preferring what follows. */
function widen(input: DealInput, parts: Segment[], index: number): { from: number; to: number } | null {
  const tries = [
    [0, 0],
    [0, 1],
    [-1, 0],
    [-1, 1],
    [0, 2],
    [-2, 0],
  ];
  for (const [back = 0, ahead = 0] of tries) {
    const first = parts[index + back];
    const last = parts[index + ahead];
    if (!first || !last) continue;
    if (partyCount(input, factsIn(input, first.first, last.last)) >= 2)
      return { from: index + back, to: index + ahead };
  }
  return null;
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

/** The seat of an arms maker a mention names, if it is one. */
function makerSeat(gazetteer: Gazetteer, mention: Mention): string | null {
  if (mention.alias.type !== "organization" || !gazetteer.makers.has(mention.alias.id)) return null;
  return gazetteer.organizations.get(mention.alias.id)?.country ?? null;
}

function isFuture(input: DealInput, cueFirst: number): boolean {
  const word = input.tokens[cueFirst];
  // Arabic future prefix س on the verb itself: سيوقع, ستتسلم.
  if (word?.script === "arabic" && /^[وف]?س[يتن]/.test(word.norm)) return true;
  // Before the verb ("will deliver"), or after a noun ("deliveries expected to begin in 2026").
  return (
    input.cues.has("future", cueFirst - 2, cueFirst - 1) ||
    input.cues.has("futureAfter", cueFirst + 1, cueFirst + 2)
  );
}

function isVoided(input: DealInput, cueFirst: number, clauseFirst: number): boolean {
  return input.cues.has("conditional", Math.max(clauseFirst, cueFirst - 5), cueFirst - 1);
}

/** The status the words of [from, to] state, or null when none does. */
export function statusIn(input: DealInput, from: number, to: number): DealStatus | null {
  const hits = STATUS_CUES.flatMap((status) =>
    input.cues.within(`status:${status}`, from, to).map((hit) => ({ status, first: hit.first })),
  )
    .filter((hit) => !isVoided(input, hit.first, from))
    .sort((a, b) => a.first - b.first);
  const chosen = hits.find((hit) => DECISIVE_STATUSES.includes(hit.status)) ?? hits[0];
  if (!chosen) return null;
  return isFuture(input, chosen.first) ? (LOWERED_BY_FUTURE[chosen.status] ?? chosen.status) : chosen.status;
}

function roleMarker(input: DealInput, first: number): "supplier" | "recipient" | null {
  // A marker ending right before the country: من, from, auprès de la.
  if (input.cues.endsAt("supplier", first - 1)) return "supplier";
  if (input.cues.endsAt("recipient", first - 1)) return "recipient";
  const word = input.tokens[first];
  // Arabic ل attached to the country (للمغرب, لمصر): "to".
  if (
    word?.script === "arabic" &&
    /^[وف]?ل/.test(word.norm) &&
    !/^[وف]?(ليبيا|لبنان|ليبيريا|لاوس|ليتوانيا|لاتفيا|ليسوتو|لوكسمبورغ)/.test(word.norm)
  ) {
    return "recipient";
  }
  return null;
}

/**
 * A country named as the market someone enters ("دخول الشركات الباكستانية إلى السوق المغربية",
 * "enter the Moroccan market", "sur le marché marocain"): it receives what the other supplies.
 */
function isMarketEntered(input: DealInput, country: { first: number; last: number }): boolean {
  const before = country.first - 1;
  return (
    input.cues.endsAt("marketBefore", before) ||
    (input.cues.endsAt("marketLead", before) && input.cues.at("marketAfter", country.last + 1))
  );
}

interface Roles {
  pairs: { parties: string[]; supplier: string | null; recipient: string | null }[];
}

function assignRoles(input: DealInput, kind: DealKind, facts: SpanFacts): Roles {
  const countries = unique(facts.countries.map((country) => country.code));
  const origins = unique(
    facts.systems.map((id) => input.gazetteer.systems.get(id)?.origin).filter(Boolean) as string[],
  );
  if (kind === "co-production") {
    const parties = unique([...countries, ...origins]);
    return {
      pairs: parties.length >= 2 && parties.length <= 4 ? [{ parties, supplier: null, recipient: null }] : [],
    };
  }
  const marked = (role: "supplier" | "recipient") =>
    unique(
      facts.countries
        .filter((country) => roleMarker(input, country.first) === role)
        .map((country) => country.code),
    );
  const supplierMarked = marked("supplier");
  const recipientMarked = marked("recipient").filter((code) => !supplierMarked.includes(code));
  // The system's origin when named, else the named country of the firm selling it, else the origin.
  const byOrigin =
    origins.find((origin) => countries.includes(origin)) ??
    facts.makerSeats.find((seat) => countries.includes(seat)) ??
    (origins.length === 1 ? origins[0] : undefined);
  // Of two countries, the one not marked as receiving ("لإسرائيل", "to Morocco") supplies.
  const byElimination =
    countries.length === 2 && recipientMarked.length === 1
      ? countries.find((code) => code !== recipientMarked[0])
      : undefined;
  const supplier = supplierMarked[0] ?? byOrigin ?? byElimination;
  if ((kind === "acquisition" || kind === "transfer") && supplier) {
    const markedOthers = recipientMarked.filter((code) => code !== supplier);
    const recipients = markedOthers.length > 0 ? markedOthers : countries.filter((code) => code !== supplier);
    return {
      pairs: recipients
        .slice(0, MAX_PARTIES)
        .map((recipient) => ({ parties: [supplier, recipient], supplier, recipient })),
    };
  }
  const parties = unique([...countries, ...origins]);
  const limit = kind === "exercise" ? MAX_PARTIES : 3;
  if (parties.length < 2 || parties.length > limit) return { pairs: [] };
  if (parties.length === 2) {
    const market = unique(facts.countries.filter((c) => isMarketEntered(input, c)).map((c) => c.code));
    const recipient =
      market.length === 1
        ? market[0]
        : supplierMarked.length === 1 && recipientMarked.length === 1
          ? recipientMarked[0]
          : undefined;
    if (recipient) {
      return {
        pairs: [{ parties, supplier: parties.find((code) => code !== recipient) ?? null, recipient }],
      };
    }
  }
  return { pairs: [{ parties, supplier: null, recipient: null }] };
}

/** Unit nouns after a quantity, as tokenize() normalizes them (طائرة → طايره), so they match. */
const UNIT_WORDS = new Set(
  phraseKeys(
    "طائره طائرات مقاتله مقاتلات دبابه دبابات مروحيه مروحيات منظومه منظومات بطاريه بطاريات وحده وحدات مدرعه مدرعات صاروخ صواريخ مسيره مسيرات فرقاطه فرقاطات سفينه سفن غواصه غواصات مدفع مدافع راجمه راجمات قطعه aircraft jet jets fighter fighters tank tanks helicopter helicopters system systems batteries units drone drones missile missiles vehicle vehicles howitzer howitzers ship ships frigate frigates submarine submarines avion avions chasseur chasseurs char chars helicoptere helicopteres appareil appareils systeme systemes unites vehicule vehicules canon canons fregate fregates",
  ),
);
/** Numbers written as words, before a unit noun ("six premiers hélicoptères", "ثلاث فرقاطات", "two frigates"). */
const NUMBER_WORDS = new Map(
  "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 twenty:20 thirty:30 forty:40 fifty:50 deux:2 trois:3 quatre:4 cinq:5 sept:7 huit:8 dix:10 onze:11 douze:12 quinze:15 vingt:20 trente:30 quarante:40 cinquante:50 اثنين:2 اثنتين:2 اثنان:2 اثنتان:2 ثلاث:3 ثلاثة:3 أربع:4 أربعة:4 خمس:5 خمسة:5 ست:6 ستة:6 سبع:7 سبعة:7 ثماني:8 ثمانية:8 تسع:9 تسعة:9 عشر:10 عشرة:10 عشرين:20 عشرون:20 ثلاثين:30 ثلاثون:30 أربعين:40 أربعون:40 خمسين:50 خمسون:50"
    .split(" ")
    .map((pair) => pair.split(":") as [string, string])
    .map(([word, value]) => [phraseKeys(word)[0] as string, Number(value)]),
);
/** Arabic duals of unit nouns: two of them ("مروحيتين"). */
const DUAL_UNITS = new Set(phraseKeys("طائرتين مروحيتين فرقاطتين غواصتين سفينتين بطاريتين دبابتين منظومتين"));

/** Words after which a number is part of a designation (Block 72, Mk 4), not a quantity. */
const DESIGNATION_WORDS = new Set([
  "block",
  "blk",
  "mk",
  "type",
  "batch",
  "lot",
  "tranche",
  "series",
  "version",
  "model",
  "طراز",
  "نسخه",
]);

const systemStartsCache = new WeakMap<Mention[], Set<number>>();

/** Token indexes where a system name starts; computed once per article, not once per clause. */
function systemStartsOf(mentions: Mention[]): Set<number> {
  let starts = systemStartsCache.get(mentions);
  if (!starts) {
    starts = new Set(
      mentions.filter((mention) => mention.alias.type === "system").map((mention) => mention.first),
    );
    systemStartsCache.set(mentions, starts);
  }
  return starts;
}

/** The number of units ordered: a number right before a unit word or a system name ("24 طائرة", "24 F-16"). */
function quantityIn(input: DealInput, from: number, to: number): number | null {
  const systemStarts = systemStartsOf(input.mentions);
  const insideName = (index: number) => {
    const before = input.mentions[lowerBound(input.mentions, index, (m) => m.first) - 1];
    return before !== undefined && index <= before.last;
  };
  for (let index = from; index <= to; index += 1) {
    const token = input.tokens[index];
    if (!token || insideName(index) || DESIGNATION_WORDS.has(input.tokens[index - 1]?.norm ?? "")) continue;
    if (DUAL_UNITS.has(token.norm) && input.tokens[index - 1]?.script !== "digit") return 2;
    const value = token.script === "digit" ? Number(token.norm) : NUMBER_WORDS.get(token.norm);
    if (value === undefined) continue;
    if (!(value > 0 && value < 10_000) || (value >= 1950 && value <= 2100)) continue;
    const unitAhead = [1, 2].some(
      (ahead) => UNIT_WORDS.has(input.tokens[index + ahead]?.norm ?? "") || systemStarts.has(index + ahead),
    );
    if (unitAhead) return value;
  }
  return null;
}

const SCALE: Record<string, number> = {
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  مليار: 1e9,
  مليارات: 1e9,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  مليون: 1e6,
  ملايين: 1e6,
};
const CURRENCY: Record<string, string> = {
  $: "USD",
  dollar: "USD",
  dollars: "USD",
  usd: "USD",
  دولار: "USD",
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  eur: "EUR",
  يورو: "EUR",
  درهم: "MAD",
  dirham: "MAD",
  dirhams: "MAD",
  mad: "MAD",
};
const VALUE =
  /([$€])?\s?(\d+(?:[.,]\d+)?)\s*(billions?|bn|milliards?|مليارات|مليار|millions?|m|مليون|ملايين)(?![\p{L}])\s*(?:de\s+|d'|من\s+ال)?(dollars?|usd|euros?|eur|دولار|يورو|درهم|dirhams?|mad)?/iu;
const YEAR =
  /(?:في|عام|سنة|خلال|بحلول|in|since|by|en|d'ici|depuis)\s+(?:عام\s+)?((?:19[5-9]|20[0-9])\d)(?!\d)/iu;

function moneyIn(text: string): Money | null {
  const match = VALUE.exec(text);
  if (!match) return null;
  const [, symbol, number = "", scale = "", word] = match;
  const currency = CURRENCY[(symbol ?? word ?? "").toLowerCase()];
  if (!currency) return null;
  const amount = Number(number.replace(",", ".")) * (SCALE[scale.toLowerCase()] ?? 1);
  return Number.isFinite(amount) ? { amount: Math.round(amount), currency } : null;
}

function candidatesOfClause(
  input: DealInput,
  sentence: Segment,
  parts: Segment[],
  index: number,
): Candidate[] {
  const clause = parts[index] as Segment;
  const found = widen(input, parts, index);
  if (!found) return [];
  let range = found;
  // A following clause that lists more parties "alongside" belongs to this deal.
  let next = parts[range.to + 1];
  while (next && input.cues.has("alongside", next.first, Math.min(next.first + 1, next.last))) {
    range = { from: range.from, to: range.to + 1 };
    next = parts[range.to + 1];
  }
  const first = parts[range.from] as Segment;
  const last = parts[range.to] as Segment;
  const facts = factsIn(input, first.first, last.last);
  const kind = kindOf(input, clause, facts.systems.length > 0);
  if (!kind) return [];
  const stated = statusIn(input, clause.first, clause.last) ?? statusIn(input, first.first, last.last);
  // "According to reports …" anywhere in the sentence makes what it says a rumour.
  const rumoured = input.cues.has("status:rumoured", sentence.first, sentence.last);
  const status = rumoured && stated !== "denied" && stated !== "cancelled" ? "rumoured" : stated;
  const evidenceText = input.text.slice(first.start, last.end);
  const evidenceDigits = normalizeDigits(evidenceText);
  const systemIds = facts.systems;
  return assignRoles(input, kind, facts).pairs.map(({ parties, supplier, recipient }) => ({
    id: dealId(parties, kind, systemIds),
    parties: [...parties].sort(),
    supplier,
    recipient,
    kind,
    status,
    systemIds,
    quantity: quantityIn(input, first.first, last.last),
    value: moneyIn(evidenceDigits),
    year: Number(YEAR.exec(evidenceDigits)?.[1]) || null,
    evidence: evidenceText,
    start: first.start,
    end: last.end,
    evidenceRank: found.from !== index || found.to !== index ? 2 : first.end <= input.titleEnd ? 1 : 0,
  }));
}

function sameParties(a: Candidate, b: Candidate): boolean {
  return a.parties.join() === b.parties.join();
}

type Details = Pick<Candidate, "quantity" | "value" | "year">;

function addDetail(target: Candidate, from: Details): void {
  target.quantity ??= from.quantity;
  target.value ??= from.value;
  target.year ??= from.year;
}

/** Roles another mention of the same deal states, where the deal has none yet. */
function addRoles(target: Candidate, from: Candidate): void {
  if (target.supplier || target.recipient || !sameParties(target, from)) return;
  target.supplier = from.supplier;
  target.recipient = from.recipient;
}

/** A deal that `candidate` restates: the same id, or the same parties and kind when it names no system. */
function twinOf(kept: Candidate[], candidate: Candidate, sameStatus: boolean): Candidate | undefined {
  const matches = (deal: Candidate) => !sameStatus || deal.status === candidate.status;
  return (
    kept.find((deal) => deal.id === candidate.id && matches(deal)) ??
    (candidate.systemIds.length === 0
      ? kept.find((deal) => sameParties(deal, candidate) && deal.kind === candidate.kind && matches(deal))
      : undefined)
  );
}

/**
 * One deal per id and stated status, the best evidence kept. Candidates naming systems go
 * first, so that "Morocco nears buying a Russian weapon" folds into the S-400 deal it is
 * about; status-less candidates only add detail — except an exercise, which is reported as
 * it happens ("انطلقت مناورات الأسد الإفريقي", "ont lancé des manœuvres conjointes") and is
 * kept with status unknown when no report states one.
 */
function merge(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  const stated = candidates.filter((c) => c.status !== null);
  const ordered = [
    ...stated.filter((c) => c.systemIds.length > 0),
    ...stated.filter((c) => c.systemIds.length === 0),
  ];
  for (const candidate of ordered) {
    const twin = twinOf(kept, candidate, true);
    if (!twin) {
      kept.push({ ...candidate });
      continue;
    }
    if (candidate.evidenceRank < twin.evidenceRank) {
      Object.assign(twin, {
        evidence: candidate.evidence,
        start: candidate.start,
        end: candidate.end,
        evidenceRank: candidate.evidenceRank,
      });
    }
    addDetail(twin, candidate);
    addRoles(twin, candidate);
  }
  const unstated = candidates
    .filter((c) => c.status === null)
    .sort((a, b) => a.evidenceRank - b.evidenceRank);
  for (const candidate of unstated) {
    const target = twinOf(kept, candidate, false) ?? exerciseIncluding(kept, candidate);
    if (target) {
      addDetail(target, candidate);
      addRoles(target, candidate);
    } else if (candidate.kind === "exercise") kept.push({ ...candidate });
  }
  return withoutHeadlineTwins(withoutCoProductionTwins(kept)).sort((a, b) => a.start - b.start);
}

/**
 * One sentence, one status per deal: "تسلمت مصر دفعة من رافال، في إطار صفقة وقعتها مع باريس عام
 * 2021" reports a delivery; the signing is the deal's history, which adds its year and quantity.
 */
function oneStatusPerDeal(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of found) {
    const index = kept.findIndex((deal) => sameDeal(deal, candidate));
    const known = kept[index];
    // Equal statuses stay apart: merging them later keeps the best evidence.
    if (!known || known.status === null || candidate.status === null || known.status === candidate.status) {
      kept.push(candidate);
      continue;
    }
    const [ahead, behind] =
      DEAL_STATUSES.indexOf(candidate.status) > DEAL_STATUSES.indexOf(known.status)
        ? [candidate, known]
        : [known, candidate];
    addDetail(ahead, behind);
    addRoles(ahead, behind);
    if (ahead.systemIds.length === 0) Object.assign(ahead, { id: behind.id, systemIds: behind.systemIds });
    kept[index] = ahead;
  }
  return kept;
}

/** Two mentions of one deal: the same id, or the same parties and kind where one names no system. */
function sameDeal(a: Candidate, b: Candidate): boolean {
  if (a.id === b.id) return true;
  return a.kind === b.kind && sameParties(a, b) && (a.systemIds.length === 0 || b.systemIds.length === 0);
}

/** The exercise already kept whose parties include all of `candidate`'s (a headline naming two of four). */
function exerciseIncluding(kept: Candidate[], candidate: Candidate): Candidate | undefined {
  if (candidate.kind !== "exercise") return undefined;
  return kept.find(
    (deal) => deal.kind === "exercise" && candidate.parties.every((code) => deal.parties.includes(code)),
  );
}

/**
 * "Saudi Arabia and Turkey agreed to jointly produce the KAAN …, in a deal that would see part
 * of the assembly in the kingdom": the word "deal" in the co-production's own sentence is not a
 * second deal, a purchase of the same system by the same parties.
 */
function withoutCoProductionTwins(kept: Candidate[]): Candidate[] {
  const coProductions = kept.filter((deal) => deal.kind === "co-production");
  return kept.filter(
    (deal) =>
      deal.kind !== "acquisition" ||
      !coProductions.some(
        (twin) =>
          sameParties(twin, deal) &&
          twin.systemIds.join() === deal.systemIds.join() &&
          twin.start < deal.end &&
          deal.start < twin.end,
      ),
  );
}

/**
 * A headline restating a deal the body states ("Turkey to supply TB2 drones to Morocco" over
 * "Ankara has agreed to sell 13 …") is not a second status: the body's words win, the
 * headline only adds detail.
 */
function withoutHeadlineTwins(kept: Candidate[]): Candidate[] {
  const HEADLINE = 1;
  return kept.filter((deal) => {
    if (deal.evidenceRank !== HEADLINE) return true;
    const body = kept.find((other) => other.id === deal.id && other.evidenceRank !== HEADLINE);
    if (body) addDetail(body, deal);
    return !body;
  });
}

/**
 * Value and quantity a sentence states with no parties of its own. Not its year: such sentences
 * mostly schedule deliveries ("livraisons à partir de 2027"), and `year` is the order's year.
 */
function detailsOf(input: DealInput, sentence: Segment): Details {
  return {
    quantity: quantityIn(input, sentence.first, sentence.last),
    value: moneyIn(normalizeDigits(input.text.slice(sentence.start, sentence.end))),
    year: null,
  };
}

export function extractDeals(input: DealInput): Deal[] {
  const candidates: Candidate[] = [];
  let previous: Candidate[] = [];
  for (const sentence of input.sentences) {
    const parts = clauses(input.text, sentence, input.tokens);
    const found: Candidate[] = [];
    let mentionsDeal = false;
    for (const [index, clause] of parts.entries()) {
      const hasKindCue = KIND_ORDER_WITH_SYSTEM.some((kind) =>
        input.cues.has(`kind:${kind}`, clause.first, clause.last),
      );
      if (!hasKindCue) continue;
      mentionsDeal = true;
      found.push(...candidatesOfClause(input, sentence, parts, index));
    }
    // "Le contrat, d'un montant de 170 millions d'euros, …": a sentence about a deal that names
    // no parties details the one deal of the sentence before.
    const previousIds = new Set(previous.map((candidate) => candidate.id));
    if (found.length === 0 && mentionsDeal && previousIds.size === 1) {
      const details = detailsOf(input, sentence);
      for (const candidate of previous) addDetail(candidate, details);
    }
    const stated = oneStatusPerDeal(found);
    candidates.push(...stated);
    previous = stated.length > 0 ? stated : mentionsDeal ? previous : [];
  }
  return merge(candidates).map(({ evidenceRank: _rank, status, systemIds, ...deal }) => ({
    ...deal,
    status: status ?? "unknown",
    systemIds,
    systems: systemIds.map((id) => input.gazetteer.systems.get(id)?.name ?? id),
  }));
}
