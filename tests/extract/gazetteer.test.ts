import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GAZETTEER_DIR, nisbaForms } from "../../src/extract/gazetteer.js";
import { DEAL_KINDS, loadGazetteer, SYSTEM_CATEGORIES } from "../../src/extract/index.js";
import { parseAlias } from "../../src/extract/trie.js";
import { tokenize } from "../../src/text/tokens.js";
import { commonWordForms } from "./common-words.js";

/** The aliases of systems, organizations and outlets, as the seed files list them. */
function seedAliases(): { entity: string; alias: string }[] {
  const read = (file: string) => JSON.parse(readFileSync(join(GAZETTEER_DIR, file), "utf8"));
  const records: { id: string; aliases: string[] }[] = [
    ...readdirSync(join(GAZETTEER_DIR, "systems"))
      .filter((file) => file.endsWith(".json"))
      .flatMap((file) => read(join("systems", file)).systems),
    ...read("organizations.json").organizations,
    ...read("outlets.json").sources,
  ];
  return records.flatMap((record) => record.aliases.map((alias) => ({ entity: record.id, alias })));
}

describe("the gazetteer (seeds/gazetteer)", () => {
  const gazetteer = loadGazetteer();

  it("knows every ISO country with Arabic and English names", () => {
    expect(gazetteer.countries.size).toBeGreaterThanOrEqual(249);
    expect(gazetteer.countries.get("MA")).toMatchObject({
      nameAr: "المغرب",
      nameEn: "Morocco",
      kingdom: true,
    });
  });

  it("holds at least 1,000 weapon systems, each with a known category and origin", () => {
    expect(gazetteer.systems.size).toBeGreaterThanOrEqual(1000);
    for (const system of gazetteer.systems.values()) {
      expect(SYSTEM_CATEGORIES, system.id).toContain(system.category);
      expect(gazetteer.countries.has(system.origin ?? ""), `${system.id} origin ${system.origin}`).toBe(true);
      expect(system.catalogued, system.id).toBe(true);
      if (system.maker)
        expect(gazetteer.organizations.has(system.maker), `${system.id} maker ${system.maker}`).toBe(true);
    }
  });

  it("gives organizations and sources known countries", () => {
    for (const entity of [...gazetteer.organizations.values(), ...gazetteer.sources.values()]) {
      if (entity.country) expect(gazetteer.countries.has(entity.country), entity.id).toBe(true);
    }
  });

  it("derives nisba forms word by word", () => {
    expect(nisbaForms("باكستاني")).toEqual([
      "باكستاني",
      "باكستانية",
      "باكستانيا",
      "باكستانيين",
      "باكستانيون",
    ]);
    expect(nisbaForms("كوري جنوبي")[1]).toBe("كورية جنوبية");
  });

  it("uses the deal vocabulary of DESIGN.md", () => {
    expect(DEAL_KINDS).toEqual([
      "acquisition",
      "co-production",
      "cooperation agreement",
      "training",
      "transfer",
      "investment",
      "exercise",
      "other",
    ]);
  });

  it("refuses a system id given twice and a family missing from the catalogue, naming the file", () => {
    const copy = mkdtempSync(join(tmpdir(), "gazetteer-"));
    try {
      cpSync(GAZETTEER_DIR, copy, { recursive: true });
      const extra = join(copy, "systems", "zz-extra.json");
      const record = { name: "X", category: "other", origin: "FR", maker: null, aliases: ["Xyzzy-9"] };
      writeFileSync(extra, JSON.stringify({ systems: [{ ...record, id: "s-400" }] }));
      expect(() => loadGazetteer(copy)).toThrow(/"s-400" is in .*air-defence\.json and .*zz-extra\.json/);
      writeFileSync(extra, JSON.stringify({ systems: [{ ...record, id: "xyzzy-9", family: "xyzzy" }] }));
      expect(() => loadGazetteer(copy)).toThrow(/zz-extra\.json: family "xyzzy" of xyzzy-9/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("gives no two systems the same alias (one of them could never be found)", () => {
    const owners = new Map<string, Set<string>>();
    for (const file of readdirSync(join(GAZETTEER_DIR, "systems")).filter((name) => name.endsWith(".json"))) {
      const { systems } = JSON.parse(readFileSync(join(GAZETTEER_DIR, "systems", file), "utf8")) as {
        systems: { id: string; aliases: string[] }[];
      };
      for (const system of systems)
        for (const alias of system.aliases) {
          const key = tokenize(alias.replace(/^[~^!]/, ""))
            .map((token) => token.norm)
            .join(" ");
          owners.set(key, (owners.get(key) ?? new Set()).add(system.id));
        }
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids]}`);
    expect(shared).toEqual([]);
  });

  it("gives each variant a family that is itself in the catalogue", () => {
    for (const system of gazetteer.systems.values()) {
      if (system.family) expect(gazetteer.systems.get(system.family)?.family ?? null, system.id).toBeNull();
    }
  });

  it("has no alias that is a common word unless it is contextual (~) or capitals-only (^)", () => {
    const common = commonWordForms();
    const collisions = seedAliases().filter(({ entity, alias }) => {
      const parsed = parseAlias(alias, "system", entity, "name");
      // A designation with a number, or one that must be written in capitals, is no common word.
      if (parsed.needsContext || parsed.upperOnly || parsed.keys.some((key) => /\d/.test(key))) return false;
      return parsed.keys.every((key) => common.has(key));
    });
    expect(collisions).toEqual([]);
    // The check sees clitic forms: كان (was) hides in وكان.
    expect(common.has("كان")).toBe(true);
  });

  it("has no system alias that is a given name unless it is contextual (~)", () => {
    // «ألكسندر ميخييف» is a person: an alias spelled like Alexander had made him an Iskander.
    const collisions = seedAliases().filter(({ entity, alias }) => {
      if (!gazetteer.systems.has(entity)) return false;
      const parsed = parseAlias(alias, "system", entity, "name");
      return (
        !parsed.needsContext && parsed.keys.length === 1 && gazetteer.givenNames.has(parsed.keys[0] ?? "")
      );
    });
    expect(collisions).toEqual([]);
    expect(gazetteer.givenNames.has("الكسندر")).toBe(true);
  });

  it("names the file when a gazetteer file is broken", () => {
    expect(() => loadGazetteer("/nonexistent/gazetteer")).toThrow(/\/nonexistent\/gazetteer\/regions\.json/);
  });
});
