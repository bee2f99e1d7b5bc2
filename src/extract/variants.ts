/**
 * The most specific variant a text states wins. An article that names "Rafale F4" and
 * elsewhere just "Rafale" is about the F4: the family's mentions count for its variant, and a
 * deal that names the family takes the variant. Where the article names two variants of one
 * family (Rafale M and Rafale B), a bare family mention says nothing about which: it is dropped
 * from the article's systems, and a deal naming only the family keeps it.
 */
import type { SystemInfo } from "./gazetteer.js";

type Lookup = Pick<Map<string, SystemInfo>, "get">;

/**
 * Each family named in the article with the variants of it the article also names; a maker's
 * generic name (Sukhoi) counts as the family of the maker's systems the article names.
 */
function variantsByFamily(counts: Map<string, number>, systems: Lookup): Map<string, string[]> {
  const variants = new Map<string, string[]>();
  const add = (family: string, id: string) => variants.set(family, [...(variants.get(family) ?? []), id]);
  const generics = [...counts.keys()].filter((id) => systems.get(id)?.generic);
  for (const id of counts.keys()) {
    const system = systems.get(id);
    if (system?.family && counts.has(system.family)) add(system.family, id);
    for (const generic of generics)
      if (generic !== id && !system?.generic && system?.maker && systems.get(generic)?.maker === system.maker)
        add(generic, id);
  }
  return variants;
}

export interface SpecificSystems {
  counts: Map<string, number>;
  /** The variant a family's mention stands for: the one variant of it the article names, if one. */
  specific(id: string): string;
  /** A deal's system ids without a family beside one of its own variants. */
  forDeal(systemIds: string[]): string[];
}

export function specificSystems(counts: Map<string, number>, systems: Lookup): SpecificSystems {
  const variants = variantsByFamily(counts, systems);
  const specific = new Map(counts);
  for (const [family, named] of variants) {
    const familyCount = specific.get(family) ?? 0;
    specific.delete(family);
    const [only] = named;
    if (named.length === 1 && only) specific.set(only, (specific.get(only) ?? 0) + familyCount);
  }
  const specificOf = (id: string) => {
    const named = variants.get(id);
    return named?.length === 1 ? (named[0] as string) : id;
  };
  return {
    counts: specific,
    specific: specificOf,
    forDeal: (systemIds) => {
      const unique = [...new Set(systemIds.map(specificOf))];
      // A family beside one of its own variants in one deal adds nothing.
      return unique.filter(
        (id) => !unique.some((other) => other !== id && variants.get(id)?.includes(other)),
      );
    },
  };
}
