import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GAZETTEER_DIR, nisbaForms } from "../../src/extract/gazetteer.js";
import { DEAL_KINDS, loadGazetteer, SYSTEM_CATEGORIES } from "../../src/extract/index.js";

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

  it("holds at least 150 weapon systems, each with a known category and origin", () => {
    expect(gazetteer.systems.size).toBeGreaterThanOrEqual(150);
    for (const system of gazetteer.systems.values()) {
      expect(SYSTEM_CATEGORIES, system.id).toContain(system.category);
      expect(gazetteer.countries.has(system.origin), `${system.id} origin ${system.origin}`).toBe(true);
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

  it("gives each variant a family that is itself in the catalogue", () => {
    for (const system of gazetteer.systems.values()) {
      if (system.family) expect(gazetteer.systems.get(system.family)?.family ?? null, system.id).toBeNull();
    }
  });

  it("names the file when a gazetteer file is broken", () => {
    expect(() => loadGazetteer("/nonexistent/gazetteer")).toThrow(/\/nonexistent\/gazetteer\/regions\.json/);
  });
});
