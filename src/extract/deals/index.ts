/**
 * Deals: what an article states about acquisitions, co-production, transfers, cooperation
 * agreements, training and exercises — parties, roles, status, systems, and the SIPRI-style
 * quantity, value and year when the text gives them. The public face of the folder:
 * candidates.ts reads one clause, facts.ts what a span names, roles.ts who supplies whom,
 * status.ts the stage, figures.ts the numbers, carry.ts a system named in the next sentence,
 * elided.ts a deal told without its verb after one told in full ("… and with France for 24 Rafale"),
 * merge.ts one deal per contract, bystanders.ts the countries named only as a battlefield or an
 * outlet's home, actors.ts the countries an article is about.
 */
import { lowerBound } from "../../text/search.js";
import { normalizeDigits } from "../../text/tokens.js";
import { clauses, type Segment } from "../segments.js";
import { candidatesOfClause, hasKindCue } from "./candidates.js";
import { carrySystems } from "./carry.js";
import { elidedDeal, withElidedStage } from "./elided.js";
import { factsIn, originsOf } from "./facts.js";
import { moneyIn, quantityIn } from "./figures.js";
import { dealId } from "./id.js";
import { addDetail, addSigning, merge, oneStatusPerDeal } from "./merge.js";
import { exerciseStatusIn, statusIn } from "./status.js";
import type { Candidate, Deal, DealInput, Details } from "./types.js";

export { actorCounts } from "./actors.js";
export { bystanderMentions } from "./bystanders.js";
export { dealId } from "./id.js";
export { exerciseStatusIn, statusIn } from "./status.js";
export type { Deal, DealInput, DealNature, Money } from "./types.js";

/**
 * Value and quantity a sentence states with no parties of its own. Not its year: such sentences
 * mostly schedule deliveries ("livraisons à partir de 2027"), and `year` is the order's year.
 */
function detailsOf(input: DealInput, sentence: Segment): Details {
  return {
    quantity: quantityIn(input, sentence.first, sentence.last),
    value: moneyIn(input, normalizeDigits(input.text.slice(sentence.start, sentence.end))),
    year: null,
  };
}

/** Systems a later sentence lists for a deal; their one origin among its parties supplies them. */
function addSystems(input: DealInput, candidate: Candidate, systems: string[]): void {
  const added = systems.filter((id) => !candidate.systemIds.includes(id));
  if (added.length === 0) return;
  candidate.systemIds = [...candidate.systemIds, ...added];
  candidate.id = dealId(candidate.parties, candidate.kind, candidate.systemIds);
  const origins = originsOf(input.gazetteer, candidate.systemIds);
  const [origin] = origins;
  if (candidate.supplier || candidate.kind !== "acquisition" || origins.length !== 1) return;
  if (!origin || !candidate.parties.includes(origin) || candidate.parties.length !== 2) return;
  candidate.supplier = origin;
  candidate.recipient = candidate.parties.find((code) => code !== origin) ?? null;
}

/** The first and last token of a candidate's evidence. */
function tokensOf(input: DealInput, candidate: Candidate): [number, number] {
  const first = lowerBound(input.tokens, candidate.start, (token) => token.start);
  return [first, lowerBound(input.tokens, candidate.end, (token) => token.start) - 1];
}

/** Whether a deal's evidence names cooperation or partnership (cues "partnerWords"). */
function namesCooperation(input: DealInput, candidate: Candidate): boolean {
  const [first, last] = tokensOf(input, candidate);
  return input.cues.has("partner", first, last);
}

/**
 * An exercise's stage from its own words, else its sentence's ("…l'exercice African Lion, dont
 * la 20e édition a débuté lundi"), where the deal words state none.
 */
function withExerciseStage(input: DealInput, sentence: Segment, candidate: Candidate): Candidate {
  if (candidate.kind !== "exercise" || candidate.status !== null) return candidate;
  const [first, last] = tokensOf(input, candidate);
  const status =
    exerciseStatusIn(input, first, last) ?? exerciseStatusIn(input, sentence.first, sentence.last);
  return { ...candidate, status };
}

/**
 * "The paper reported that Iran had transferred missiles to Russia. Tehran denied the report.":
 * a sentence stating no deal that denies, naming a party of the deals before it, no other
 * country and no arms maker, denies them.
 */
function deniedAfter(input: DealInput, sentence: Segment, previous: Candidate[]): void {
  if (previous.length === 0 || !input.cues.has("status:denied", sentence.first, sentence.last)) return;
  if (statusIn(input, sentence.first, sentence.last) !== "denied") return;
  const parties = new Set(previous.flatMap((candidate) => candidate.parties));
  const facts = factsIn(input, sentence.first, sentence.last);
  if (facts.systems.length > 0 || facts.countries.some((country) => !parties.has(country.code))) return;
  // The denier is a party ("Tehran denied", «نفى وزير الدفاع الباكستاني»), not a firm.
  if (facts.makerSeats.length > 0 || facts.countries.length === 0) return;
  for (const candidate of previous) candidate.status = "denied";
}

/** Ids unique within the article: a second contract of one pair, kind and systems is told apart. */
function distinctIds(deals: Deal[]): Deal[] {
  const seen = new Map<string, number>();
  return deals.map((deal) => {
    const count = (seen.get(deal.id) ?? 0) + 1;
    seen.set(deal.id, count);
    return count === 1 ? deal : { ...deal, id: `${deal.id}:${deal.year ?? deal.nature ?? count}` };
  });
}

export function extractDeals(input: DealInput): Deal[] {
  const candidates: Candidate[] = [];
  let previous: Candidate[] = [];
  // The sentence before, whose systems "this type" / "هذه المنظومة" in the next one names.
  let before: Segment | undefined;
  for (const sentence of input.sentences) {
    const parts = clauses(input.text, sentence, input.tokens);
    const found: Candidate[] = [];
    let mentionsDeal = false;
    for (const [index, clause] of parts.entries()) {
      if (input.cues.has("package", clause.first, clause.last)) mentionsDeal = true;
      if (!hasKindCue(input, clause)) continue;
      mentionsDeal = true;
      const own = candidatesOfClause(input, sentence, parts, index, before);
      const anchor = found.at(-1) ?? previous.at(-1);
      const elided = own.length === 0 ? elidedDeal(input, clause, anchor) : null;
      found.push(
        ...own.map((deal) => withElidedStage(input, clause, deal, anchor)),
        ...(elided ? [elided] : []),
      );
    }
    before = sentence;
    // "Le contrat, d'un montant de 170 millions d'euros, …": a sentence about a deal that names
    // no parties details the one deal of the sentence before.
    // "The package includes …": the systems it lists belong to the purchase before it too.
    const purchases = previous.filter((candidate) => candidate.kind === "acquisition");
    const targets = purchases.length > 0 ? purchases : previous;
    // Not a sentence naming a country outside that deal («ومع فرنسا …»): its systems are not the deal's.
    const named = factsIn(input, sentence.first, sentence.last);
    const outside = named.countries.some((country) =>
      targets.every((deal) => !deal.parties.includes(country.code)),
    );
    // Nor a sentence about a framework contract, of a deal that is not one: its figures are the framework's.
    const otherContract =
      input.cues.has("framework", sentence.first, sentence.last) && targets.some((deal) => !deal.framework);
    if (
      found.length === 0 &&
      mentionsDeal &&
      !outside &&
      !otherContract &&
      new Set(targets.map((candidate) => candidate.id)).size === 1
    ) {
      const details = detailsOf(input, sentence);
      const systems = named.systems;
      const stage = statusIn(input, sentence.first, sentence.last);
      for (const candidate of targets) {
        addSigning(candidate, stage, details);
        addDetail(candidate, details);
        addSystems(input, candidate, systems);
      }
    }
    if (found.length === 0) deniedAfter(input, sentence, previous);
    const stated = oneStatusPerDeal(found.map((candidate) => withExerciseStage(input, sentence, candidate)));
    candidates.push(...stated);
    previous = stated.length > 0 ? stated : mentionsDeal ? previous : [];
  }
  carrySystems(input, candidates);
  return distinctIds(
    merge(candidates, (candidate) => namesCooperation(input, candidate)).map(
      ({ evidenceRank: _rank, framework: _framework, status, systemIds, ...deal }) => ({
        ...deal,
        status: status ?? "unknown",
        systemIds,
        systems: systemIds.map((id) => input.gazetteer.systems.get(id)?.name ?? id),
      }),
    ),
  );
}
