/**
 * Contracts of one bucket from the distinct report signatures in it. The result depends only
 * on the set of signatures, never on the order reports arrived in: signatures are taken most
 * specific first (then by their text), each joins the compatible contract it fits best (the
 * first made on a tie) or starts a new one. So the same articles loaded in any order, in any
 * batches, give the same contracts.
 */
import { compatible, fitness, joined } from "./compatible.js";
import { type ContractFacts, factsOfSignature } from "./facts.js";

export interface Contract {
  id: string;
  facts: ContractFacts;
  signatures: string[];
}

function specificity(facts: ContractFacts): number {
  const stated = [facts.year, facts.nature, facts.quantity, facts.supplier, facts.recipient];
  return (
    stated.filter((fact) => fact !== null).length +
    facts.variants.length +
    (facts.families.length > 0 ? 1 : 0)
  );
}

function baseId(facts: ContractFacts): string {
  return facts.families.length > 0 ? `${facts.bucket}:${facts.families.join("+")}` : facts.bucket;
}

/** What tells a contract from another of the same base: year, nature, variants, quantity. */
function distinction(facts: ContractFacts): string[] {
  return [
    facts.year === null ? "" : String(facts.year),
    facts.nature === null || facts.nature === "order" ? "" : facts.nature,
    facts.variants.join("+"),
    facts.quantity === null ? "" : `x${facts.quantity}`,
  ].filter(Boolean);
}

/**
 * Ids: the base (parties, kind, families: `MA-US:acquisition:f-16`) when it is the only
 * contract of that base; otherwise the base with what distinguishes it (`…:f-16:2019`), and
 * an ordinal where even that is shared.
 */
function name(contracts: Omit<Contract, "id">[]): Contract[] {
  const byBase = new Map<string, Omit<Contract, "id">[]>();
  for (const contract of contracts) {
    const base = baseId(contract.facts);
    byBase.set(base, [...(byBase.get(base) ?? []), contract]);
  }
  const named: Contract[] = [];
  for (const [base, group] of byBase) {
    const taken = new Map<string, number>();
    for (const contract of group) {
      const id = group.length === 1 ? base : [base, ...distinction(contract.facts)].join(":");
      const seen = (taken.get(id) ?? 0) + 1;
      taken.set(id, seen);
      named.push({ ...contract, id: seen === 1 ? id : `${id}:${seen}` });
    }
  }
  return named;
}

/** The contracts the signatures of one bucket make, with the id of each. */
export function clusterSignatures(signatures: string[], familyOf: (id: string) => string): Contract[] {
  const ordered = [...new Set(signatures)]
    .map((signature) => ({ signature, facts: factsOfSignature(signature) }))
    .sort(
      (a, b) =>
        specificity(b.facts) - specificity(a.facts) ||
        (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0),
    );
  const contracts: Omit<Contract, "id">[] = [];
  for (const { signature, facts } of ordered) {
    let best: Omit<Contract, "id"> | undefined;
    let bestFit = -1;
    for (const contract of contracts) {
      if (!compatible(contract.facts, facts, familyOf)) continue;
      const fit = fitness(contract.facts, facts);
      if (fit > bestFit) [best, bestFit] = [contract, fit];
    }
    if (best) {
      best.facts = joined(best.facts, facts);
      best.signatures.push(signature);
    } else contracts.push({ facts, signatures: [signature] });
  }
  return name(contracts);
}
