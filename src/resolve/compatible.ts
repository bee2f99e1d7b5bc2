/**
 * Whether a report can be one more report of a contract, and how well it fits. A report joins
 * a contract when the systems are compatible (the same family, one naming a subset of the
 * other's, or one naming none) and no stated fact separates them: roles, year of order, the
 * variant of a family both name, nature (a follow-on order or an upgrade is another contract;
 * an upgrade is never one with a report that does not say upgrade),
 * or quantities too far apart to be one order. Unstated facts never separate.
 */
import type { ContractFacts } from "./facts.js";

/** Two stated quantities further apart than this ratio cannot be one order (24 vs 25 can). */
const QUANTITY_RATIO = 1.5;

const isSubset = (small: string[], large: string[]) => small.every((item) => large.includes(item));

function differ<T>(a: T | null, b: T | null): boolean {
  return a !== null && b !== null && a !== b;
}

/** The variant each family is stated in, by family. */
function variantByFamily(facts: ContractFacts, familyOf: (id: string) => string): Map<string, string> {
  return new Map(facts.variants.map((variant) => [familyOf(variant), variant]));
}

export function compatible(
  contract: ContractFacts,
  report: ContractFacts,
  familyOf: (id: string) => string,
): boolean {
  if (contract.bucket !== report.bucket) return false;
  if (differ(contract.supplier, report.supplier) || differ(contract.recipient, report.recipient))
    return false;
  if (differ(contract.year, report.year) || differ(contract.nature, report.nature)) return false;
  // An upgrade is never a purchase: reports of one say so, where a follow-on order's later
  // reports may just say "ordered".
  if ((contract.nature === "upgrade") !== (report.nature === "upgrade")) return false;
  const { families: a } = contract;
  const { families: b } = report;
  if (a.length > 0 && b.length > 0 && !isSubset(a, b) && !isSubset(b, a)) return false;
  const stated = variantByFamily(contract, familyOf);
  for (const [family, variant] of variantByFamily(report, familyOf)) {
    if (differ(stated.get(family) ?? null, variant)) return false;
  }
  if (contract.quantity !== null && report.quantity !== null) {
    const [low, high] = [contract.quantity, report.quantity].sort((x, y) => x - y) as [number, number];
    if (high > low * QUANTITY_RATIO) return false;
  }
  return true;
}

/** How much a compatible report agrees with a contract: stated facts they share. */
export function fitness(contract: ContractFacts, report: ContractFacts): number {
  const same = <T>(a: T | null, b: T | null) => (a !== null && a === b ? 2 : 0);
  return (
    same(contract.year, report.year) +
    same(contract.nature, report.nature) +
    same(contract.quantity, report.quantity) +
    (report.variants.some((variant) => contract.variants.includes(variant)) ? 2 : 0) +
    (contract.families.join() === report.families.join() && report.families.length > 0 ? 1 : 0)
  );
}

/** The facts of a contract once the report has joined it: stated facts accumulate. */
export function joined(contract: ContractFacts, report: ContractFacts): ContractFacts {
  return {
    bucket: contract.bucket,
    families: report.families.length > contract.families.length ? report.families : contract.families,
    variants: [...new Set([...contract.variants, ...report.variants])].sort(),
    supplier: contract.supplier ?? report.supplier,
    recipient: contract.recipient ?? report.recipient,
    year: contract.year ?? report.year,
    nature: contract.nature ?? report.nature,
    quantity: contract.quantity ?? report.quantity,
  };
}
