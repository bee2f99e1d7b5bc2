/**
 * What one report says about a contract, reduced to the facts that tell contracts apart: its
 * bucket (the party set and kind — reports of other buckets are never one deal), the system
 * families and stated variants, roles, year of order, nature (order, follow-on, upgrade) and
 * the quantity ordered. Reports with equal facts always belong to one deal, so resolution works
 * on distinct signatures, however many reports repeat them.
 */
import { DEAL_KINDS, type Deal, type DealKind, type Gazetteer } from "../extract/index.js";

export type DealNature = "order" | "follow-on" | "upgrade";

export interface ContractFacts {
  /** Sorted party codes and kind: `MA-US:acquisition`. */
  bucket: string;
  /** Sorted ids of the system families the report names (a variant counts as its family). */
  families: string[];
  /** Sorted ids of the variants the report states (systems that have a family). */
  variants: string[];
  supplier: string | null;
  recipient: string | null;
  year: number | null;
  nature: DealNature | null;
  /** Units ordered; null for a delivery's batch, which a contract's later reports may not repeat. */
  quantity: number | null;
}

/** The fields of an extracted deal that resolution reads. */
export type ReportedDeal = Pick<
  Deal,
  "parties" | "kind" | "systemIds" | "supplier" | "recipient" | "year" | "quantity" | "status"
> & { nature?: DealNature | null };

export function bucketOf(parties: string[], kind: string): string {
  return `${[...parties].sort().join("-")}:${kind.replace(/ /g, "-")}`;
}

const KIND_OF_SLUG = new Map<string, DealKind>(DEAL_KINDS.map((kind) => [kind.replace(/ /g, "-"), kind]));

/** The party codes and kind a bucket key stands for. */
export function bucketParts(bucket: string): { parties: string[]; kind: DealKind } {
  const [codes = "", slug = ""] = bucket.split(":");
  const kind = KIND_OF_SLUG.get(slug);
  if (!kind) throw new Error(`Deal bucket "${bucket}" names no known kind`);
  return { parties: codes.split("-"), kind };
}

const sortedUnique = (items: string[]) => [...new Set(items)].sort();

/**
 * The report's facts. A missing supplier is the one party that every named system comes from
 * (an acquisition of Apache helicopters by Morocco: the US supplies), so such a report joins
 * the contract whose other reports name the supplier.
 */
export function contractFacts(deal: ReportedDeal, gazetteer: Gazetteer): ContractFacts {
  const systems = deal.systemIds.map((id) => ({ id, family: gazetteer.systems.get(id)?.family ?? null }));
  const origins = sortedUnique(
    deal.systemIds.map((id) => gazetteer.systems.get(id)?.origin ?? "").filter(Boolean),
  );
  let { supplier, recipient } = deal;
  const onlyOrigin = origins.length === 1 ? origins[0] : undefined;
  if (
    (deal.kind === "acquisition" || deal.kind === "transfer") &&
    !supplier &&
    onlyOrigin &&
    deal.parties.length === 2 &&
    deal.parties.includes(onlyOrigin)
  ) {
    supplier = onlyOrigin;
    recipient ??= deal.parties.find((code) => code !== onlyOrigin) ?? null;
  }
  return {
    bucket: bucketOf(deal.parties, deal.kind),
    families: sortedUnique(systems.map((system) => system.family ?? system.id)),
    variants: sortedUnique(systems.filter((system) => system.family).map((system) => system.id)),
    supplier: supplier ?? null,
    recipient: recipient ?? null,
    year: deal.year ?? null,
    nature: deal.nature ?? null,
    quantity: deal.status === "delivered" ? null : (deal.quantity ?? null),
  };
}

/** One string per distinct set of facts: equal signatures, one deal. */
export function signatureOf(facts: ContractFacts): string {
  return JSON.stringify([
    facts.bucket,
    facts.families,
    facts.variants,
    facts.supplier,
    facts.recipient,
    facts.year,
    facts.nature,
    facts.quantity,
  ]);
}

export function factsOfSignature(signature: string): ContractFacts {
  const [bucket, families, variants, supplier, recipient, year, nature, quantity] = JSON.parse(signature);
  return { bucket, families, variants, supplier, recipient, year, nature, quantity };
}
