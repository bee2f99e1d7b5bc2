/**
 * An alias that writes its record's own designation with more digits after it (Samad 3 under
 * Samad, Leopard 2A4 under Leopard 2, TOW-2A under TOW) names a variant of that record, and the
 * variant is what an article states: it becomes a record of its own, family the record's family
 * (or the record: families are one level deep), so the most specific variant stated wins
 * (variants.ts) and is reported under its own name. Letters
 * alone after the designation (Su-30MKA under Su-30 would be one) are left to the catalogue.
 * Not variants: a wheel layout (Rabdan 8x8) or "3D" (Lanza 3D), which describe the same model.
 */
import { phraseKeys } from "../text/tokens.js";
import type { SystemInfo } from "./gazetteer.js";

type Record = SystemInfo & { aliases: string[] };

const PREFIX = /^[~^!]/;
const LATIN = /^[A-Za-zÀ-ÿ]/;
const NOT_A_VARIANT = /^(\d+ x \d+|3 d)$/;

/** The keys of a record's own designation: its name without a parenthesis, the first of "A / B". */
export function designationKeys(name: string): string[] {
  return phraseKeys(name.replace(/\s*\(.*\)$/, "").split(" / ")[0] ?? name);
}

/** The keys an alias adds after the record's designation, when they hold a digit; undefined otherwise. */
function variantSuffix(own: string[], alias: string): string | undefined {
  const bare = alias.replace(PREFIX, "");
  if (!LATIN.test(bare)) return undefined;
  const keys = phraseKeys(bare);
  if (keys.length <= own.length || own.some((key, index) => keys[index] !== key)) return undefined;
  const extra = keys.slice(own.length).join(" ");
  return /\d/.test(extra) && !NOT_A_VARIANT.test(extra) ? extra : undefined;
}

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The catalogue with each stated variant split off its record; a variant whose id is taken stays an alias. */
export function splitStatedVariants(systems: Record[]): Record[] {
  const taken = new Set(systems.map((system) => system.id));
  const out: Record[] = [];
  for (const system of systems) {
    const own = designationKeys(system.name);
    const variants = new Map<string, Record>();
    const kept: string[] = [];
    for (const alias of system.aliases) {
      const suffix = variantSuffix(own, alias);
      const known = suffix === undefined ? undefined : variants.get(suffix);
      if (known) {
        known.aliases.push(alias);
        continue;
      }
      const id = suffix === undefined ? undefined : slug(alias.replace(PREFIX, ""));
      if (suffix === undefined || !id || taken.has(id)) {
        kept.push(alias);
        continue;
      }
      taken.add(id);
      const { generic: _maker, ...info } = system;
      variants.set(suffix, {
        ...info,
        id,
        name: alias.replace(PREFIX, ""),
        family: system.family ?? system.id,
        aliases: [alias],
      });
    }
    out.push({ ...system, aliases: kept }, ...variants.values());
  }
  return out;
}
