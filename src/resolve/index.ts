/**
 * The resolve stage: which reports are one contract. Between extraction (one article's
 * deals) and writing (the graph's deals): a report joins the deal whose parties and kind it
 * shares, whose systems are compatible and whose stated facts do not separate it (year of
 * order, variant, nature, roles, quantity); otherwise it starts a deal of its own. Pure and
 * deterministic: the same reports, in any order and any batches, resolve to the same deals
 * with the same ids; reports of other parties never change a deal's id.
 */
import type { Deal, Extraction, Gazetteer } from "../extract/index.js";
import { type CatalogueView, type Contract, clusterSignatures } from "./cluster.js";
import { type ContractFacts, contractFacts, type ReportedDeal, signatureOf } from "./facts.js";
import { addReports, dealFigures, emptySummary, type ReportFacts } from "./summary.js";

export type { Contract } from "./cluster.js";
export type { ContractFacts, DealNature, ReportedDeal } from "./facts.js";
export { bucketOf, bucketParts, contractFacts, signatureOf } from "./facts.js";

/** Platforms first: a package is named by its aircraft or ships, not the missiles that come with them. */
const CATEGORY_RANK: string[] = [
  "fighter aircraft",
  "helicopter",
  "drone",
  "ship",
  "submarine",
  "tank",
  "armoured vehicle",
  "air defence",
  "artillery",
  "transport aircraft",
  "trainer aircraft",
  "radar",
  "truck",
  "missile",
  "small arms",
  "other",
];

/** What resolution reads of the catalogue: families, and the principal family of a contract. */
export function catalogueView(gazetteer: Gazetteer): CatalogueView {
  const rank = (id: string) => {
    const at = CATEGORY_RANK.indexOf(gazetteer.systems.get(id)?.category ?? "other");
    return at < 0 ? CATEGORY_RANK.length : at;
  };
  return {
    familyOf: (id) => gazetteer.systems.get(id)?.family ?? id,
    principal: (families) => [...families].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))[0] as string,
  };
}

/** Contracts per bucket, from every signature reported in the buckets (map of bucket → signatures). */
export function resolveBuckets(
  signaturesByBucket: Map<string, string[]>,
  gazetteer: Gazetteer,
): Map<string, Contract[]> {
  const catalogue = catalogueView(gazetteer);
  const resolved = new Map<string, Contract[]>();
  for (const [bucket, signatures] of signaturesByBucket)
    resolved.set(bucket, clusterSignatures(signatures, catalogue));
  return resolved;
}

/** The deal id each signature resolves to. */
export function dealIdsBySignature(contracts: Iterable<Contract[]>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const bucket of contracts)
    for (const contract of bucket)
      for (const signature of contract.signatures) ids.set(signature, contract.id);
  return ids;
}

export interface ResolvedReport {
  facts: ContractFacts;
  signature: string;
}

export function reportOf(deal: ReportedDeal, gazetteer: Gazetteer): ResolvedReport {
  const facts = contractFacts(deal, gazetteer);
  return { facts, signature: signatureOf(facts) };
}

/**
 * What a deal's summary reads of one report (the graph's REPORTS relationship keeps the same):
 * the roles and nature resolution gave it, the rest as the report stated it.
 */
export function summaryFactsOf(
  deal: Deal,
  facts: ContractFacts,
  article: string,
  publishedAt: string | null,
): ReportFacts {
  return {
    article,
    start: deal.start,
    publishedAt,
    status: deal.status,
    supplier: facts.supplier,
    recipient: facts.recipient,
    quantity: deal.quantity,
    value: deal.value?.amount ?? null,
    currency: deal.value?.currency ?? null,
    year: deal.year,
    nature: facts.nature,
    systemIds: deal.systemIds,
  };
}

/**
 * One report per contract: an article's reports that resolve to one deal are shown as that one
 * deal, with the figures the graph's Deal takes from them (src/resolve/summary.ts) and the
 * evidence of the first; systems are those all of them name.
 */
function oneDeal(id: string, reports: Deal[], publishedAt: string | null, gazetteer: Gazetteer): Deal {
  const [first] = reports as [Deal, ...Deal[]];
  if (reports.length === 1) return { ...first, id };
  const figures = dealFigures(
    addReports(
      emptySummary(),
      reports.map((deal) => summaryFactsOf(deal, contractFacts(deal, gazetteer), "", publishedAt)),
    ),
  );
  const union = (pick: (deal: Deal) => string[]) => [...new Set(reports.flatMap(pick))];
  return {
    ...first,
    id,
    supplier: figures.supplier,
    recipient: figures.recipient,
    status: figures.status as Deal["status"],
    systems: union((deal) => deal.systems),
    systemIds: union((deal) => deal.systemIds),
    quantity: figures.quantity,
    value: figures.value === null ? null : { amount: figures.value, currency: figures.currency as string },
    year: figures.year,
    nature: figures.nature as Deal["nature"],
  };
}

/**
 * One article's deals with the ids resolution gives them among themselves — what
 * `npm run extract` prints: the deals a graph holding only this article has, one per contract.
 * Reports of one contract in other articles get the same id as long as no other contract of
 * the same parties, kind and systems is known.
 */
export function resolveArticle(extraction: Extraction, gazetteer: Gazetteer): Extraction {
  const ids = resolveReports(extraction.deals, gazetteer);
  const byId = new Map<string, Deal[]>();
  extraction.deals.forEach((deal, index) => {
    const id = ids[index] as string;
    byId.set(id, [...(byId.get(id) ?? []), deal]);
  });
  const publishedAt = extraction.article.publishedAt;
  return {
    ...extraction,
    deals: [...byId].map(([id, reports]) =>
      oneDeal(
        id,
        [...reports].sort((a, b) => a.start - b.start),
        publishedAt,
        gazetteer,
      ),
    ),
  };
}

/** The deal id of each report, resolving them all together (as one graph holding only them would). */
export function resolveReports(deals: ReportedDeal[], gazetteer: Gazetteer): string[] {
  const reports = deals.map((deal) => reportOf(deal, gazetteer));
  const byBucket = new Map<string, string[]>();
  for (const report of reports)
    byBucket.set(report.facts.bucket, [...(byBucket.get(report.facts.bucket) ?? []), report.signature]);
  const ids = dealIdsBySignature(resolveBuckets(byBucket, gazetteer).values());
  return reports.map((report) => ids.get(report.signature) as string);
}
