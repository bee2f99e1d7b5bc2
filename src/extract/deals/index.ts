/**
 * Deals: what an article states about acquisitions, co-production, transfers, cooperation
 * agreements, training and exercises — parties, roles, status, systems, and the SIPRI-style
 * quantity, value and year when the text gives them. The public face of the folder:
 * candidates.ts reads one clause, facts.ts what a span names, roles.ts who supplies whom,
 * status.ts the stage, figures.ts the numbers, merge.ts one deal per contract.
 */
import { normalizeDigits } from "../../text/tokens.js";
import { clauses, type Segment } from "../segments.js";
import { candidatesOfClause, hasKindCue } from "./candidates.js";
import { moneyIn, quantityIn } from "./figures.js";
import { addDetail, merge, oneStatusPerDeal } from "./merge.js";
import type { Candidate, Deal, DealInput, Details } from "./types.js";

export { dealId } from "./id.js";
export { statusIn } from "./status.js";
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

export function extractDeals(input: DealInput): Deal[] {
  const candidates: Candidate[] = [];
  let previous: Candidate[] = [];
  for (const sentence of input.sentences) {
    const parts = clauses(input.text, sentence, input.tokens);
    const found: Candidate[] = [];
    let mentionsDeal = false;
    for (const [index, clause] of parts.entries()) {
      if (!hasKindCue(input, clause)) continue;
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
