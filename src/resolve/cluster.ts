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
    const group = byBase.get(base);
    if (group) group.push(contract);
    else byBase.set(base, [contract]);
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

/** Parsed signatures: a bucket's are read again every batch that touches it. */
const parsed = new Map<string, ContractFacts>();
const PARSED_MAX = 200_000;

function factsOf(signature: string): ContractFacts {
  let facts = parsed.get(signature);
  if (!facts) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    facts = factsOfSignature(signature);
    parsed.set(signature, facts);
  }
  return facts;
}

/**
 * The contracts made so far, found by family: a report naming systems can only fit a contract
 * that names none or shares a family with it (compatible() says the rest), so it is compared
 * with those only — in the order they were made, as a scan of all of them would.
 */
class ContractIndex {
  readonly contracts: Omit<Contract, "id">[] = [];
  private readonly familyless = new Set<number>();
  private readonly byFamily = new Map<string, Set<number>>();

  /** Positions of the contracts a report naming these families may fit, in the order made. */
  candidates(families: string[]): number[] {
    if (families.length === 0) return this.contracts.map((_, at) => at);
    const found = new Set(this.familyless);
    for (const family of families) for (const at of this.byFamily.get(family) ?? []) found.add(at);
    return [...found].sort((a, b) => a - b);
  }

  add(contract: Omit<Contract, "id">): void {
    this.contracts.push(contract);
    this.place(this.contracts.length - 1, contract.facts.families);
  }

  /** A contract's facts after a report joined it: it is found by its families from now on. */
  update(at: number, facts: ContractFacts): void {
    const contract = this.contracts[at] as Omit<Contract, "id">;
    const before = contract.facts.families;
    contract.facts = facts;
    if (facts.families !== before) this.place(at, facts.families);
  }

  private place(at: number, families: string[]): void {
    if (families.length === 0) {
      this.familyless.add(at);
      return;
    }
    this.familyless.delete(at);
    for (const family of families) {
      const holders = this.byFamily.get(family) ?? new Set<number>();
      holders.add(at);
      this.byFamily.set(family, holders);
    }
  }
}

/** The contracts the signatures of one bucket make, with the id of each. */
export function clusterSignatures(signatures: string[], catalogue: CatalogueView): Contract[] {
  const { familyOf } = catalogue;
  const ordered = [...new Set(signatures)]
    .map((signature) => {
      const facts = factsOf(signature);
      return { signature, facts, specificity: specificity(facts) };
    })
    .sort(
      (a, b) =>
        b.specificity - a.specificity || (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0),
    );
  const index = new ContractIndex();
  for (const { signature, facts } of ordered) {
    let best = -1;
    let bestFit = -1;
    for (const at of index.candidates(facts.families)) {
      const contract = index.contracts[at] as Omit<Contract, "id">;
      if (!compatible(contract.facts, facts, familyOf)) continue;
      const fit = fitness(contract.facts, facts);
      if (fit > bestFit) [best, bestFit] = [at, fit];
    }
    const chosen = index.contracts[best];
    if (chosen) {
      index.update(best, joined(chosen.facts, facts));
      chosen.signatures.push(signature);
    } else index.add({ facts, signatures: [signature] });
  }
  return name(index.contracts, catalogue);
}
