/**
 * Systems carried over to a purchase stated without its system ("Iraq signed to buy 18 fighter
 * jets from the US.", "the deal", «الصفقة», "ces appareils"), only when that is unambiguous.
 * Nearest first: the deal's own sentence, the next one that names anything ("… an initial
 * payment for the F-16 jets."), the one before — each naming no country outside the deal's
 * parties, its systems (those made by a party) all from one of them, which then supplies them; then, for the
 * first deal of its pair, the headline's systems on the same terms; last, the one system (one
 * family) the article names from the deal's supplier side in sentences naming no outside
 * country. Always of the category the deal's own class noun names, if it names one. A deal with no system is better than a wrong one.
 */
import { lowerBound } from "../../text/search.js";
import { SYSTEM_CATEGORIES, type SystemCategory } from "../gazetteer.js";
import type { Segment } from "../segments.js";
import { factsIn, originsOf } from "./facts.js";
import { dealId } from "./id.js";
import type { Candidate, DealInput } from "./types.js";

/** Where to look, nearest first: the deal's own sentence, then the one after, then the one before. */
const NEIGHBOURS = [0, 1, -1];

function sentenceAt(sentences: Segment[], offset: number): number {
  const index = lowerBound(sentences, offset + 1, (sentence) => sentence.end);
  return Math.min(index, sentences.length - 1);
}

/** The systems of `sentence` that can only belong to `deal`, or none. */
function systemsFor(input: DealInput, deal: Candidate, sentence: Segment): string[] {
  const facts = factsIn(input, sentence.first, sentence.last);
  if (facts.systems.length === 0) return [];
  if (facts.countries.some((country) => !deal.parties.includes(country.code))) return [];
  // A package's list may hold a partner's part (SCALP beside the Rafale): the parties' own count.
  const categories = categoriesOf(input, deal);
  const own = facts.systems.filter((id) => {
    const info = input.gazetteer.systems.get(id);
    return info?.origin && deal.parties.includes(info.origin) && fits(categories, info.category);
  });
  const origins = originsOf(input.gazetteer, own);
  const [origin] = origins;
  if (origins.length !== 1 || !origin) return [];
  if (deal.supplier && deal.supplier !== origin) return [];
  return own;
}

/** Whether a sentence names nothing a deal could take: no system, no country. */
function namesNothing(input: DealInput, sentence: Segment): boolean {
  const facts = factsIn(input, sentence.first, sentence.last);
  return facts.systems.length === 0 && facts.countries.length === 0;
}

/** The deal's neighbours, nearest first; the next one skips a sentence that names nothing. */
function neighbours(input: DealInput, at: number): Segment[] {
  const found: Segment[] = [];
  for (const step of NEIGHBOURS) {
    const sentence = input.sentences[at + step];
    if (!sentence) continue;
    const further = input.sentences[at + step + 1];
    found.push(step === 1 && further && namesNothing(input, sentence) ? further : sentence);
  }
  return found;
}

/** The headline's sentences: those ending within the title. */
function titleSentences(input: DealInput): Segment[] {
  return input.sentences.filter((sentence) => sentence.end <= input.titleEnd);
}

/** Whether `deal` is the first one of its parties the article states. */
function leadsItsPair(candidates: Candidate[], deal: Candidate): boolean {
  const pair = deal.parties.join();
  return candidates.find((other) => other.parties.join() === pair) === deal;
}

/** Categories one class noun may name: an air-defence system is written "missile systems". */
const NAMED_ALIKE: SystemCategory[][] = [
  ["missile", "air defence"],
  ["tank", "armoured vehicle"],
];

/**
 * The categories the class nouns in the deal's own words name ("fighter jets", «مروحيات»);
 * a generic noun (aircraft, منظومات) names none.
 */
function categoriesOf(input: DealInput, deal: Candidate): Set<SystemCategory> {
  const first = lowerBound(input.tokens, deal.start, (token) => token.start);
  const last = lowerBound(input.tokens, deal.end, (token) => token.start) - 1;
  const named = SYSTEM_CATEGORIES.filter(
    (category) => category !== "other" && input.cues.has(`class:${category}`, first, last),
  );
  const alike = NAMED_ALIKE.filter((group) => group.some((category) => named.includes(category)));
  return new Set([...named, ...alike.flat()]);
}

/**
 * The systems named where they can be the deal's: in sentences stating a sale or listing earlier
 * buyers ("sold to Ukraine, Qatar and Poland", "after the UAE and Saudi Arabia"), or naming no
 * country outside the deal's parties by name — "Jordan flies the F-16 too" is Jordan's, while
 * "comparable to the Russian S-400" only describes.
 */
function systemsAmongParties(input: DealInput, deal: Candidate): string[] {
  const systems = new Set<string>();
  for (const sentence of input.sentences) {
    const facts = factsIn(input, sentence.first, sentence.last);
    if (facts.systems.length === 0) continue;
    const bearsDeals = input.cues.hasAny(["kind:", "prior"], sentence.first, sentence.last);
    const outside = facts.countries.some(
      (country) => !country.demonym && !deal.parties.includes(country.code),
    );
    if (outside && !bearsDeals) continue;
    for (const id of facts.systems) systems.add(id);
  }
  return [...systems];
}

/** Whether a system of `category` fits a deal whose class nouns name `categories` (none: any). */
function fits(categories: Set<SystemCategory>, category: SystemCategory): boolean {
  return categories.size === 0 || categories.has(category);
}

/**
 * The one system of the deal's supplier side the article names, or none: all the systems of
 * that origin in the text must be one family; the most specific one named wins when it is one.
 */
function soleSystemOfSupplier(input: DealInput, deal: Candidate, all: string[]): string[] {
  const suppliers = deal.supplier ? [deal.supplier] : deal.parties;
  const categories = categoriesOf(input, deal);
  // A system of unknown origin (and maybe of unknown class) may be the supplier's too: then nothing is sure.
  const unknown = all.some((id) => {
    const info = input.gazetteer.systems.get(id);
    return info && !info.origin && (info.category === "other" || fits(categories, info.category));
  });
  if (unknown) return [];
  const systems = all.filter((id) => {
    const info = input.gazetteer.systems.get(id);
    return info?.origin && suppliers.includes(info.origin);
  });
  const families = new Set(systems.map((id) => input.gazetteer.systems.get(id)?.family ?? id));
  if (families.size !== 1) return [];
  const variants = systems.filter((id) => input.gazetteer.systems.get(id)?.family);
  const [chosen] = variants.length === 1 ? variants : systems.length === 1 ? systems : [];
  const category = chosen && input.gazetteer.systems.get(chosen)?.category;
  if (!chosen || !category || !fits(categories, category)) return [];
  // The supplier side is the system's origin: with two parties, it must be one of them.
  const origins = originsOf(input.gazetteer, [chosen]);
  return origins.length === 1 ? [chosen] : [];
}

function attach(input: DealInput, deal: Candidate, systems: string[]): void {
  const [origin] = originsOf(input.gazetteer, systems);
  deal.systemIds = systems;
  deal.id = dealId(deal.parties, deal.kind, systems);
  deal.supplier ??= origin ?? null;
  deal.recipient ??= deal.parties.find((code) => code !== deal.supplier) ?? null;
}

/** The first non-empty systems `find` gives for the sentences, or none. */
function firstFound(sentences: Segment[], find: (sentence: Segment) => string[]): string[] {
  for (const sentence of sentences) {
    const systems = find(sentence);
    if (systems.length > 0) return systems;
  }
  return [];
}

/** Gives each system-less purchase the systems the article names for it alone. */
export function carrySystems(input: DealInput, candidates: Candidate[]): void {
  for (const deal of candidates) {
    if (deal.kind !== "acquisition" || deal.systemIds.length > 0 || deal.parties.length !== 2) continue;
    const own = (sentence: Segment) => systemsFor(input, deal, sentence);
    let systems = firstFound(neighbours(input, sentenceAt(input.sentences, deal.start)), own);
    if (systems.length === 0 && leadsItsPair(candidates, deal))
      systems = firstFound(titleSentences(input), own);
    if (systems.length === 0) systems = soleSystemOfSupplier(input, deal, systemsAmongParties(input, deal));
    if (systems.length > 0) attach(input, deal, systems);
  }
}
