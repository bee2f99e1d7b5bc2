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

/** What resolution reads of the catalogue. */
export interface CatalogueView {
  /** A variant's family, else the system itself. */
  familyOf(id: string): string;
  /** The family a contract is named by: its platform before the munitions that come with it. */
  principal(families: string[]): string;
}

function baseId(facts: ContractFacts, catalogue: CatalogueView): string {
  return facts.families.length > 0 ? `${facts.bucket}:${catalogue.principal(facts.families)}` : facts.bucket;
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
 * Ids: the base (parties, kind, principal family: `MA-US:acquisition:f-16`) when it is the only
 * contract of that base; otherwise the base with as few of the facts that tell them apart as
 * make the ids unique (`…:f-16:2019`), and an ordinal where even all of them are shared. So
 * reports of one contract in other articles keep the same id as often as possible.
 */
function name(contracts: Omit<Contract, "id">[], catalogue: CatalogueView): Contract[] {
  const byBase = new Map<string, Omit<Contract, "id">[]>();
  for (const contract of contracts) {
    const base = baseId(contract.facts, catalogue);
    byBase.set(base, [...(byBase.get(base) ?? []), contract]);
  }
  const named: Contract[] = [];
  for (const [base, group] of byBase) {
    const idsWith = (parts: number) =>
      group.map((contract) => [base, ...distinction(contract.facts).slice(0, parts)].join(":"));
    let ids = idsWith(0);
    for (let parts = 1; parts <= 4 && new Set(ids).size < ids.length; parts += 1) ids = idsWith(parts);
    const taken = new Map<string, number>();
    group.forEach((contract, index) => {
      const id = ids[index] as string;
      const seen = (taken.get(id) ?? 0) + 1;
      taken.set(id, seen);
      named.push({ ...contract, id: seen === 1 ? id : `${id}:${seen}` });
    });
  }
  return named;
}

/** The contracts the signatures of one bucket make, with the id of each. */
export function clusterSignatures(signatures: string[], catalogue: CatalogueView): Contract[] {
  const { familyOf } = catalogue;
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
  return name(contracts, catalogue);
}
