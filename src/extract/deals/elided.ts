/**
 * A deal told without its verb and subject, after one told in full: «وقعت مصر عقدا مع روسيا
 * لشراء 46 مقاتلة. ومع فرنسا صفقة لشراء 24 رافال», "Egypt signed a deal with Russia for 46
 * jets, and a deal with France for 24 Rafale", "… et avec la France un contrat pour 24 Rafale".
 * The clause names one counterpart after "with" (cue list counterpartMarkers); the subject of
 * the deal before it is this deal's subject too, on the same side: a buyer buys again, a seller
 * sells again. Its stage is its own, else the deal before's (the verb left out is that verb).
 */
import { lowerBound } from "../../text/search.js";
import { normalizeDigits } from "../../text/tokens.js";
import type { Segment } from "../segments.js";
import { factsIn, originsOf } from "./facts.js";
import { moneyIn, quantityIn } from "./figures.js";
import { dealId } from "./id.js";
import { statusIn } from "./status.js";
import type { Candidate, DealInput } from "./types.js";

/** Where the marker before a country ends: right before it or before its article (with | the). */
function markerEnd(input: DealInput, first: number): number {
  return input.cues.at("article", first - 1) ? first - 2 : first - 1;
}

/**
 * The subject of a deal's verb: the first party its evidence names with no "to", "from" or
 * "with" before it ("Egypt signed … with France", «وقعت مصر عقدا مع روسيا») — not "after the
 * sale to Hungary".
 */
function subjectOf(input: DealInput, deal: Candidate): string | undefined {
  const [first] = factsIn(input, ...tokenRange(input, deal)).countries.filter((country) =>
    deal.parties.includes(country.code),
  );
  if (!first) return undefined;
  const before = markerEnd(input, first.first);
  const marked = (["recipient", "supplier", "counterpart"] as const).some((marker) =>
    input.cues.endsAt(marker, before),
  );
  return marked ? undefined : first.code;
}

function tokenRange(input: DealInput, deal: Candidate): [number, number] {
  const first = lowerBound(input.tokens, deal.start, (token) => token.start);
  return [first, lowerBound(input.tokens, deal.end, (token) => token.start) - 1];
}

/** The one country the clause names, by its name right after "with" («ومع فرنسا», "with Italy", "avec l'Italie»). */
function counterpartOf(input: DealInput, clause: Segment): string | undefined {
  const facts = factsIn(input, clause.first, clause.last);
  const codes = new Set(facts.countries.map((country) => country.code));
  const [country] = facts.countries;
  // Named by its name: "with the Ukrainian ministry" is a buyer's office, not a second deal's side.
  if (codes.size !== 1 || !country || country.demonym) return undefined;
  return input.cues.endsAt("counterpart", markerEnd(input, country.first)) ? country.code : undefined;
}

/**
 * The deal a clause that names only a counterpart states, borrowing its other side from the
 * deal told just before it (`anchor`, a purchase with both roles), or null.
 */
export function elidedDeal(
  input: DealInput,
  clause: Segment,
  anchor: Candidate | undefined,
): Candidate | null {
  if (anchor?.kind !== "acquisition" || anchor.status === null || !anchor.supplier || !anchor.recipient)
    return null;
  const counterpart = counterpartOf(input, clause);
  if (!counterpart || anchor.parties.includes(counterpart)) return null;
  const subject = subjectOf(input, anchor);
  if (subject !== anchor.supplier && subject !== anchor.recipient) return null;
  const [supplier, recipient] =
    subject === anchor.recipient ? [counterpart, subject] : [subject, counterpart];
  const systemIds = factsIn(input, clause.first, clause.last).systems;
  // Its systems, if any, are the supplier's make: "with France for 24 Rafale", "avec l'Algérie pour 14 Su-57".
  if (originsOf(input.gazetteer, systemIds).some((origin) => origin !== supplier)) return null;
  const parties = [supplier, recipient].sort();
  return {
    id: dealId(parties, "acquisition", systemIds),
    parties,
    supplier,
    recipient,
    kind: "acquisition",
    status: statusIn(input, clause.first, clause.last) ?? anchor.status,
    systemIds,
    quantity: quantityIn(input, clause.first, clause.last),
    value: moneyIn(input, normalizeDigits(input.text.slice(clause.start, clause.end))),
    year: null,
    nature: null,
    evidence: input.text.slice(clause.start, clause.end),
    start: clause.start,
    end: clause.end,
    evidenceRank: 2,
  };
}

/**
 * A clause's own deal with no stage word whose counterpart follows "with" and whose other side
 * is the deal before's ("…, et avec l'Algérie un contrat pour 14 Su-57"): the verb left out is
 * that deal's, and so is the stage.
 */
export function withElidedStage(
  input: DealInput,
  clause: Segment,
  deal: Candidate,
  anchor: Candidate | undefined,
): Candidate {
  if (deal.status !== null || !anchor || anchor.status === null) return deal;
  const counterpart = counterpartOf(input, clause);
  if (!counterpart || anchor.parties.includes(counterpart) || !deal.parties.includes(counterpart))
    return deal;
  const shared = deal.parties.find((code) => code !== counterpart);
  return shared && anchor.parties.includes(shared) ? { ...deal, status: anchor.status } : deal;
}
