import { describe, expect, it } from "vitest";
import { nisbaForms } from "../../src/extract/gazetteer.js";
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

  it("names the file when a gazetteer file is broken", () => {
    expect(() => loadGazetteer("/nonexistent/gazetteer")).toThrow(/\/nonexistent\/gazetteer\/regions\.json/);
  });
});
