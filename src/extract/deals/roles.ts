/**
 * Who supplies and who receives. A supplier comes from a "from" marker (من, from, auprès de), a
 * system's origin or a named maker's seat, or — of two countries — from the one not marked as
 * receiving (لمصر, to Morocco); every other party is then a recipient, each in a bilateral deal.
 * Items of one list ("Qatar, Libya and Ukraine", "الهند والإمارات") are on one side: two buyers
 * are never each other's supplier, the members of a list that holds the supplier (a consortium)
 * are not its buyers, and an acquisition of more than two countries with no supplier, or of two
 * both marked as receiving, is no deal.
 * A supplier the text states (من إيطاليا, the one country not marked as receiving) wins over the
 * catalogue origin of a system when that origin is not named: licensed builds and resales.
 * Earlier buyers recalled by an ordinal ("the third country after India and Egypt") are recipients too.
 */
import { lowerBound } from "../../text/search.js";
import { phraseKeys } from "../../text/tokens.js";
import type { DealKind, FigureWords } from "../gazetteer.js";
import { coordinated } from "./bystanders.js";
import { originsOf } from "./facts.js";
import { unitWords } from "./figures.js";
import { type DealInput, type SpanFacts, unique } from "./types.js";

const MAX_PARTIES = 6;
/** Buyers of one supplier a clause may list: customer lists run to nine or ten ("after A, B, …"). */
const MAX_BUYERS = 10;

const lamInitialCache = new WeakMap<FigureWords, string[]>();

/** Country names whose first ل is their own, not the attached "to" (ليبيا, لبنان). */
function lamInitialNames(figures: FigureWords): string[] {
  let names = lamInitialCache.get(figures);
  if (!names) {
    names = figures.lamInitialNames.flatMap((name) => phraseKeys(name));
    lamInitialCache.set(figures, names);
  }
  return names;
}

/** How far before "after" its ordinal may stand: "the fourth country to receive five S-400 units after". */
const ORDINAL_REACH = 12;
/** The longest "after" marker, in tokens (بعد كل من). */
const LONGEST_PRIOR = 3;

/**
 * A country right after "after" that an ordinal before it counts: "the third country after India",
 * "ثالث دولة بعد كل من الهند", "troisième contrat après l'Egypte" — an earlier buyer.
 */
function isPriorMarked(input: DealInput, first: number): boolean {
  const before = markerEnd(input, first);
  const marker = input.cues
    .within("prior", before - LONGEST_PRIOR + 1, before)
    .find((hit) => hit.last === before);
  // The ordinal before "after" ("the third after India"), or counting the buyer after the list ("Après l'Inde, …, le Maroc sera le troisième").
  return (
    marker !== undefined &&
    (input.cues.has("ordinal", marker.first - ORDINAL_REACH, marker.first - 1) ||
      input.cues.has("ordinal", marker.last + 1, marker.last + ORDINAL_REACH))
  );
}

/** Where a marker before a country ends: right before it or before its article (auprès de | l'Italie). */
function markerEnd(input: DealInput, first: number): number {
  return input.cues.at("article", first - 1) ? first - 2 : first - 1;
}

/** How far after its subject a receiving verb stands: "Morocco has already received", "le Maroc a reçu". */
const RECEIVER_REACH = 3;

/**
 * The subject of a receiving verb ("Morocco received", "le Maroc a réceptionné", «المغرب تسلم»),
 * or the country right after an Arabic one («تسلمت الجزائر»): it receives. Not "received a
 * request", which is talks: the receiver of a request is the seller.
 */
function receives(input: DealInput, country: SpanFacts["countries"][number]): boolean {
  const verbs = [
    ...input.cues.within("receive", country.last + 1, country.last + RECEIVER_REACH),
    ...(input.tokens[country.first]?.script === "arabic"
      ? input.cues.within("receive", country.first - 1, country.first - 1)
      : []),
  ];
  return verbs.some(
    (verb) =>
      !input.cues
        .within("status:under negotiation", verb.first, verb.first)
        .some((talks) => talks.last > verb.last),
  );
}

/** How far before its à a French buying verb stands: "a acheté des drones Bayraktar TB2 à". */
const BUY_REACH = 6;

function roleMarker(input: DealInput, first: number): "supplier" | "recipient" | null {
  // A marker ending right before the country or its article: من, from, auprès de (l'Italie), sold by (the).
  const before = markerEnd(input, first);
  if (isPriorMarked(input, first)) return "recipient";
  // Who awards a contract ("won a contract from", "بعقد من", "un contrat de") or makes a
  // purchase ("the purchase by", "l'achat par") is the buyer.
  if (input.cues.at("awardFrom", before) && input.cues.endsAt("award", before - 1)) return "recipient";
  if (input.cues.at("agent", before) && input.cues.endsAt("purchaseNoun", before - 1)) return "recipient";
  if (input.cues.endsAt("supplier", before)) return "supplier";
  // The agent of a sale: "sold by (the) …", "vendue par la …".
  if (input.cues.at("agent", before) && input.cues.endsAt("kind:acquisition", before - 1)) return "supplier";
  if (input.cues.endsAt("recipient", before))
    // French buys "from" with à: "a acheté des drones à la Turquie", "acheter à la Chine".
    return input.cues.has("buy", before - BUY_REACH, before - 1) ? "supplier" : "recipient";
  const word = input.tokens[first];
  // Arabic ل attached to the country (للمغرب, لمصر): "to".
  if (word?.script !== "arabic" || !/^[وف]?ل/.test(word.norm)) return null;
  const bare = word.norm.replace(/^[وف]/, "");
  return lamInitialNames(input.gazetteer.figures).some((name) => bare.startsWith(name)) ? null : "recipient";
}

/**
 * A demonym describing what is sold — "طائرات روسية", "avions russes", "Turkish drones": its
 * country makes the equipment, so it supplies it (when no system's origin says otherwise).
 */
function describesEquipment(input: DealInput, country: SpanFacts["countries"][number]): boolean {
  const isUnit = (index: number) => unitWords(input).has(input.tokens[index]?.norm ?? "");
  // An Arabic adjective follows its noun: in «القوات الجزائرية غواصة» the demonym is the army's.
  const arabic = input.tokens[country.first]?.script === "arabic";
  return (
    country.demonym &&
    (isUnit(country.first - 1) || (!arabic && isUnit(country.last + 1)) || describesSystem(input, country))
  );
}

/** How many demonyms a compound after a system may chain: "le JF-17 pakistano-chinois". */
const LONGEST_COMPOUND = 3;

/**
 * A hyphenated compound of demonyms right after a system's name ("l'achat du JF-17
 * pakistano-chinois"), or its origin's demonym: the system's makers, not its buyers.
 */
function describesSystem(input: DealInput, country: SpanFacts["countries"][number]): boolean {
  // A lone demonym after a system is its maker only when it is the system's origin («مقاتلات
  // J-10C الصينية»); else mostly its owner ("23 F-16 marocains"). The first part of a compound
  // need not be a demonym of its own: "pakistano-".
  const first = country.first;
  const hyphenated = input.text[(input.tokens[first]?.start ?? 0) - 1] === "-";
  let before = hyphenated && !mentionEndingAt(input, first - 1) ? first - 2 : first - 1;
  for (let step = 0; step <= LONGEST_COMPOUND; step += 1) {
    const previous = mentionEndingAt(input, before);
    if (!previous) return false;
    if (previous.alias.type === "system")
      return hyphenated || input.gazetteer.systems.get(previous.alias.id)?.origin === country.code;
    if (previous.alias.type !== "country" || previous.alias.kind !== "demonym") return false;
    before = previous.first - 1;
  }
  return false;
}

function mentionEndingAt(input: DealInput, index: number): DealInput["mentions"][number] | undefined {
  const { mentions } = input;
  for (let at = lowerBound(mentions, index + 1, (mention) => mention.first) - 1; at >= 0; at -= 1) {
    const mention = mentions[at] as DealInput["mentions"][number];
    if (mention.last === index) return mention;
    if (mention.first < index - LONGEST_MENTION) return undefined;
  }
  return undefined;
}

/** The most tokens a mention spans, for looking one up by its end. */
const LONGEST_MENTION = 8;

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

/**
 * The countries marked (as receiving, or as earlier buyers), with the items of a list that
 * follows such a mark: "exported to Qatar, Ukraine and Poland" marks all three.
 */
function listedAfterMarked(
  input: DealInput,
  countries: SpanFacts["countries"],
  isMarked: (country: SpanFacts["countries"][number]) => boolean,
): SpanFacts["countries"] {
  const found: SpanFacts["countries"] = [];
  let previous: SpanFacts["countries"][number] | undefined;
  let inMarkedList = false;
  for (const country of countries) {
    const continues = previous !== undefined && coordinated(input, previous, country);
    inMarkedList = isMarked(country) || (continues && inMarkedList);
    if (inMarkedList) found.push(country);
    previous = country;
  }
  return found;
}

/** The countries of the list a supplier's mention stands in ("Germany, Italy, Spain and the UK"), itself included. */
function supplierList(input: DealInput, countries: SpanFacts["countries"], supplier: string): Set<string> {
  const runs: SpanFacts["countries"][] = [];
  for (const [index, country] of countries.entries()) {
    const previous = countries[index - 1];
    if (previous !== undefined && coordinated(input, previous, country)) runs.at(-1)?.push(country);
    else runs.push([country]);
  }
  // The longest such list: the supplier may also stand alone elsewhere ("a contract with the UK").
  const lists = runs.filter((items) => items.some((country) => country.code === supplier));
  const longest = lists.reduce<SpanFacts["countries"]>(
    (best, items) => (items.length > best.length ? items : best),
    [],
  );
  return new Set(longest.map((country) => country.code));
}

/** How far before its "to" a sale or delivery verb stands: "will deliver 14 dual-seat JF-17 aircraft to". */
const SALE_REACH = 8;

export interface Pairing {
  parties: string[];
  supplier: string | null;
  recipient: string | null;
  /** An earlier buyer the text recalls ("after India and Egypt"): a past purchase. */
  recalled: boolean;
}

/**
 * Whether a maker phrase ends right before a country, or before the system named right before
 * it: "developed by Pakistan", «أعضاء كونسورتيوم يوروفايتر، ألمانيا وإيطاليا», "consortium members Germany".
 */
function afterMakerPhrase(input: DealInput, first: number): boolean {
  const before = markerEnd(input, first);
  if (input.cues.endsAt("maker", before)) return true;
  const system = mentionEndingAt(input, before);
  return system?.alias.type === "system" && input.cues.endsAt("maker", system.first - 1);
}

/**
 * A country in brackets right after a system or a firm: its maker's label ("the Rafale over the
 * F-16 (United States)", «مقاتلات إف-16 (الولايات المتحدة)», "Agusta (Italie)"), a rival's make,
 * never a buyer.
 */
function bracketLabel(input: DealInput, country: SpanFacts["countries"][number]): boolean {
  const named = mentionEndingAt(input, country.first - 1);
  const [start, end] = [input.tokens[country.first]?.start ?? 0, input.tokens[country.last]?.end ?? 0];
  const opening = named && input.text.slice(input.tokens[named.last]?.end ?? start, start);
  return (
    (named?.alias.type === "system" || named?.alias.type === "organization") &&
    /^\s*\(\s*$/.test(opening ?? "") &&
    /^\s*\)/.test(input.text.slice(end, end + 3))
  );
}

/**
 * The countries named as a system's makers: after a maker phrase ("jointly developed by Pakistan
 * and China", «التي طورتها باكستان والصين», "fabriqué par la Turquie", a consortium's members),
 * with the rest of its list, and a maker's label in brackets after a system or firm.
 */
function makersNamed(input: DealInput, countries: SpanFacts["countries"]): SpanFacts["countries"] {
  const isMaker = (country: SpanFacts["countries"][number]) =>
    afterMakerPhrase(input, country.first) || bracketLabel(input, country);
  if (!countries.some(isMaker)) return [];
  return listedAfterMarked(input, countries, isMaker);
}

/**
 * The countries that accuse: right before the verb ("Kyiv accused Iran of supplying …", «كييف
 * تتهم إيران»), or right after an Arabic one that follows no country («اتهمت كييف إيران بتزويد
 * روسيا»). The accused and the one it armed are the deal's parties, the accuser is not.
 */
function accusersNamed(input: DealInput, countries: SpanFacts["countries"]): SpanFacts["countries"] {
  return countries.filter((country, index) => {
    if (input.cues.at("accuse", country.last + 1)) return true;
    const previous = countries[index - 1];
    const verb = input.cues.endsAt("accuse", country.first - 1);
    return (
      verb && input.tokens[country.first]?.script === "arabic" && !isRightBefore(input, previous, country)
    );
  });
}

/** Whether `previous` ends right before the word before `country` (the subject before a verb). */
function isRightBefore(
  input: DealInput,
  previous: SpanFacts["countries"][number] | undefined,
  country: SpanFacts["countries"][number],
): boolean {
  const verb = input.cues.within("accuse", country.first - 3, country.first - 1).at(-1);
  return previous !== undefined && verb !== undefined && previous.last === verb.first - 1;
}

/** How far from a country its official's role word and speech verb stand: "Ukraine's defence intelligence spokesman Andriy Yusov said". */
const SPEAKER_REACH = 8;

/** How far from a country its official's role word stands: "Ukraine's military intelligence spokesman". */
const ROLE_REACH = 5;

/**
 * The countries named only as a speaker's: an official's country beside a role word and a
 * speech verb ("Ukraine's … spokesman … said that Russia has received … from Tehran", «قال
 * وزير الخارجية الإيراني إن»). Only where two other countries remain to be the deal's sides:
 * "Egypt's minister said it bought from France" keeps Egypt.
 */
function speakersNamed(input: DealInput, countries: SpanFacts["countries"]): SpanFacts["countries"] {
  const firstAt = (category: "role" | "speech", from: number, to: number) =>
    input.cues.within(category, from, to)[0]?.first;
  const lastAt = (category: "role" | "speech", from: number, to: number) =>
    input.cues.within(category, from, to).at(-1)?.first;
  const speaks = (country: SpanFacts["countries"][number], index: number) => {
    // "Ukraine's … spokesman said": the country, its official, the verb.
    const roleAfter = firstAt("role", country.last + 1, country.last + ROLE_REACH);
    const next = countries[index + 1];
    if (roleAfter !== undefined && (next === undefined || next.first > roleAfter)) {
      const speech = firstAt("speech", roleAfter, country.last + SPEAKER_REACH);
      if (speech !== undefined) return true;
    }
    // «قال المتحدث باسم الاستخبارات الأوكرانية»: the verb, the official, the country — no other between.
    const roleBefore = lastAt("role", country.first - ROLE_REACH, country.first - 1);
    const previous = countries[index - 1];
    if (roleBefore === undefined || (previous !== undefined && previous.last > roleBefore)) return false;
    const speech = lastAt("speech", country.first - SPEAKER_REACH, roleBefore);
    return speech !== undefined && speech < roleBefore;
  };
  const speakers = countries.filter(speaks);
  const codes = new Set(speakers.map((country) => country.code));
  const others = new Set(countries.map((country) => country.code).filter((code) => !codes.has(code)));
  return others.size >= 2 ? speakers : [];
}

/**
 * A system's makers are no party of what is done with it: they never receive it, and a co-production,
 * training or agreement is not theirs by that phrase. Only a sale or delivery to someone else
 * makes a lone maker its supplier ("corvettes built by Turkey were delivered to Qatar"), when
 * the others name none.
 */
export function assignRoles(input: DealInput, kind: DealKind, facts: SpanFacts): Pairing[] {
  // The verb stands before the first country («اتهمت كييف») or after one.
  const [first, last] = [facts.countries[0]?.first ?? 0, facts.countries.at(-1)?.last ?? -1];
  const accusers = input.cues.has("accuse", first - 1, last + 2) ? accusersNamed(input, facts.countries) : [];
  const speakers = input.cues.has("speech", first - SPEAKER_REACH, last + SPEAKER_REACH)
    ? speakersNamed(input, facts.countries)
    : [];
  const makers = makersNamed(input, facts.countries);
  if (makers.length === 0 && accusers.length === 0 && speakers.length === 0)
    return rolesOf(input, kind, facts);
  const makerCodes = unique(makers.map((country) => country.code));
  const standing = new Set([...makerCodes, ...[...accusers, ...speakers].map((country) => country.code)]);
  const others = facts.countries.filter((country) => !standing.has(country.code));
  const pairings = rolesOf(input, kind, { ...facts, countries: others });
  const [maker] = makerCodes;
  const isSale = kind === "acquisition" || kind === "transfer";
  if (
    !isSale ||
    makerCodes.length !== 1 ||
    !maker ||
    standing.size > 1 ||
    pairings.some((pairing) => pairing.supplier)
  )
    return pairings;
  const recipients = unique(others.map((country) => country.code));
  if (recipients.length === 0 || pairings.length > 1) return pairings;
  return recipients.slice(0, MAX_PARTIES).map((recipient) => ({
    parties: [maker, recipient],
    supplier: maker,
    recipient,
    recalled: false,
  }));
}

function rolesOf(input: DealInput, kind: DealKind, facts: SpanFacts): Pairing[] {
  const countries = unique(facts.countries.map((country) => country.code));
  const origins = originsOf(input.gazetteer, facts.systems);
  if (kind === "co-production") {
    const parties = unique([...countries, ...origins]);
    return parties.length >= 2 && parties.length <= 4
      ? [{ parties, supplier: null, recipient: null, recalled: false }]
      : [];
  }
  const marked = (role: "supplier" | "recipient") =>
    unique(
      facts.countries
        .filter((country) => roleMarker(input, country.first) === role)
        .map((country) => country.code),
    );
  const supplierMarked = marked("supplier");
  // "6 from Turkey and as many from Qatar", «من قطر والنصف الآخر من عمان»: each supplies the one buyer.
  const suppliers = unique(
    listedAfterMarked(input, facts.countries, ({ first }) => roleMarker(input, first) === "supplier").map(
      (country) => country.code,
    ),
  );
  const buyers = countries.filter((code) => !suppliers.includes(code));
  if ((kind === "acquisition" || kind === "transfer") && suppliers.length >= 2 && buyers.length === 1) {
    const recipient = buyers[0] as string;
    return suppliers.map((supplier) => ({
      parties: [supplier, recipient],
      supplier,
      recipient,
      recalled: false,
    }));
  }
  const recipientMarked = listedAfterMarked(
    input,
    facts.countries,
    (country) => roleMarker(input, country.first) === "recipient" || receives(input, country),
  )
    .map((country) => country.code)
    .filter((code, index, codes) => codes.indexOf(code) === index && !supplierMarked.includes(code));
  const recalled = new Set(
    listedAfterMarked(input, facts.countries, ({ first }) => isPriorMarked(input, first)).map((c) => c.code),
  );
  // The system's origin when named, else the named country of the firm selling it.
  // Not where a "to" word right after a sale or delivery marks it as receiving: "China will
  // deliver 14 JF-17 aircraft to Pakistan" (not a visit's: «زيارته لباريس», "a visit to Beijing").
  const toMarked = (code: string) =>
    facts.countries.some((country) => {
      const marker = markerEnd(input, country.first);
      return (
        country.code === code &&
        input.cues.endsAt("recipient", marker) &&
        input.cues.has("kind:acquisition", marker - SALE_REACH, marker - 1)
      );
    });
  const byOrigin =
    origins.find((origin) => countries.includes(origin) && !toMarked(origin)) ??
    facts.makerSeats.find((seat) => countries.includes(seat));
  // The one country not marked as receiving ("لإسرائيل", "to Morocco, Qatar and Ukraine")
  // supplies — not when all are items of one list.
  const oneList = facts.countries.every((country, index) => {
    const previous = facts.countries[index - 1];
    return previous === undefined || country.code === previous.code || coordinated(input, previous, country);
  });
  const unmarked = countries.filter((code) => !recipientMarked.includes(code));
  // Of more than two, the seller is the subject before its buyers ("Ankara sold drones to A, B and C").
  const firstOf = (code: string | undefined) => facts.countries.find((c) => c.code === code)?.first ?? 0;
  const sellerFirst =
    countries.length === 2 || recipientMarked.every((code) => firstOf(unmarked[0]) < firstOf(code));
  const byElimination =
    recipientMarked.length > 0 &&
    unmarked.length === 1 &&
    sellerFirst &&
    !(countries.length >= 2 && oneList) &&
    recalled.size === 0
      ? unmarked[0]
      : undefined;
  const describer = facts.countries.find((country) => describesEquipment(input, country))?.code;
  const unnamedOrigin = origins.length === 1 ? origins[0] : undefined;

  const supplier = supplierMarked[0] ?? byOrigin ?? describer ?? byElimination ?? unnamedOrigin;
  if ((kind === "acquisition" || kind === "transfer") && supplier) {
    const markedOthers = recipientMarked.filter((code) => code !== supplier);
    // The maker's country named as an adjective of the equipment ("فرقاطة إيطالية") receives nothing.
    const describers = facts.countries.filter((c) => describesEquipment(input, c)).map((c) => c.code);
    // Beside earlier buyers, the country the ordinal counts ("Qatar, the third after …") buys too.
    // A list of three or more that holds the supplier is its side (a consortium, fellow
    // makers): its members do not buy, when someone outside the list does.
    const sellers = supplierList(input, facts.countries, supplier);
    const buyers = countries.filter((code) => code !== supplier && !describers.includes(code));
    const outside = buyers.filter((code) => !sellers.has(code));
    const recipients =
      markedOthers.length > 0 && recalled.size === 0
        ? markedOthers
        : sellers.size >= 3 && outside.length > 0
          ? outside
          : buyers;
    return recipients.slice(0, MAX_BUYERS).map((recipient) => ({
      parties: [supplier, recipient],
      supplier,
      recipient,
      recalled: recalled.has(recipient),
    }));
  }
  // A purchase has one supplier side and one recipient side: with no supplier, at most a pair,
  // and not two buyers named together ("تعليق مبيعات الأسلحة إلى السعودية والإمارات").
  if ((kind === "acquisition" || kind === "transfer") && countries.length > 2) return [];
  // Nor the two items of one list a sale names after its verb ("بيع المملكة العربية السعودية
  // والإمارات أسلحة", "to sell arms to A and B"): one side, both buyers. "A and B signed" are two sides.
  const listFirst = facts.countries[0]?.first ?? 0;
  const soldToList = input.cues.has("kind:acquisition", listFirst - SALE_REACH, listFirst - 1);
  if ((kind === "acquisition" || kind === "transfer") && countries.length === 2 && oneList && soldToList)
    return [];
  if (
    (kind === "acquisition" || kind === "transfer") &&
    recipientMarked.length === 2 &&
    countries.length === 2
  )
    return [];
  const parties = unique([...countries, ...origins]);
  const limit = kind === "exercise" ? MAX_PARTIES : 3;
  if (parties.length < 2 || parties.length > limit) return [];
  if (parties.length === 2) {
    const market = unique(facts.countries.filter((c) => isMarketEntered(input, c)).map((c) => c.code));
    const recipient =
      market.length === 1
        ? market[0]
        : supplierMarked.length === 1 && recipientMarked.length === 1
          ? recipientMarked[0]
          : undefined;
    if (recipient) {
      const supplier = parties.find((code) => code !== recipient) ?? null;
      return [{ parties, supplier, recipient, recalled: false }];
    }
  }
  return [{ parties, supplier: null, recipient: null, recalled: false }];
}
