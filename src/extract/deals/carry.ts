/**
 * Systems carried over from a neighbouring sentence: a purchase stated without its system
 * ("Iraq signed to buy 18 fighter jets from the US.") takes the systems its own sentence or the
 * sentence right after or before names ("… an initial payment for the F-16 jets."), only when
 * that is unambiguous — the neighbour names no country outside the deal's parties, and its
 * systems all come from one of those parties, which then supplies them.
 */
import { lowerBound } from "../../text/search.js";
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
  const origins = originsOf(input.gazetteer, facts.systems);
  const [origin] = origins;
  if (origins.length !== 1 || !origin || !deal.parties.includes(origin)) return [];
  if (deal.supplier && deal.supplier !== origin) return [];
  return facts.systems;
}

/** Gives each system-less purchase the systems a neighbouring sentence names for it alone. */
export function carrySystems(input: DealInput, candidates: Candidate[]): void {
  for (const deal of candidates) {
    if (deal.kind !== "acquisition" || deal.systemIds.length > 0 || deal.parties.length !== 2) continue;
    const at = sentenceAt(input.sentences, deal.start);
    for (const step of NEIGHBOURS) {
      const sentence = input.sentences[at + step];
      const systems = sentence ? systemsFor(input, deal, sentence) : [];
      if (systems.length === 0) continue;
      const [origin] = originsOf(input.gazetteer, systems);
      deal.systemIds = systems;
      deal.id = dealId(deal.parties, deal.kind, systems);
      deal.supplier ??= origin ?? null;
      deal.recipient ??= deal.parties.find((code) => code !== deal.supplier) ?? null;
      break;
    }
  }
}
