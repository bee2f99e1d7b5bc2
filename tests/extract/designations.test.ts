/**
 * Designations as articles write them: spacing, quotes, parentheses, Arabic-Indic and Persian
 * digits, variant letters; uncatalogued model codes beside a class noun; contextual aliases.
 * Sentences are written for this suite.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GAZETTEER_DIR } from "../../src/extract/gazetteer.js";
import {
  defaultGazetteer,
  type Extraction,
  extractArticle,
  type Gazetteer,
  loadGazetteer,
} from "../../src/extract/index.js";
import { parseText } from "../../src/parse/index.js";

function extract(text: string, gazetteer: Gazetteer = defaultGazetteer()): Extraction {
  const [item] = parseText("case.txt", text);
  if (!item?.ok) throw new Error("parse failed");
  return extractArticle(item.article, gazetteer);
}

const ids = (text: string, gazetteer?: Gazetteer) =>
  extract(text, gazetteer)
    .systems.map((system) => system.id)
    .sort();

describe("designations as articles write them", () => {
  it.each([
    ["no hyphen (سو35)", "الجزائر تتسلم مقاتلات\nتسلمت الجزائر مقاتلات سو35 من روسيا."],
    ["quotes around the name, number outside", "صفقة\nوقعت مصر عقدا لشراء مقاتلات «سوخوي» 35 الروسية."],
    ["Arabic-Indic digits", "صفقة\nطلبت مصر طائرات سو-٣٥ من روسيا."],
    ["Persian digits", "صفقة\nطلبت مصر طائرات سو-۳۵ من روسيا."],
    ["English, run together", "Deal\nEgypt ordered Su35 fighters from Russia."],
    ["French, spaced", "Contrat\nL'Égypte a commandé des chasseurs Su 35 à la Russie."],
  ])("%s", (_name, text) => expect(ids(text)).toEqual(["su-35"]));

  it("reads a designation in parentheses after a class noun, and its E model as the variant", () => {
    expect(ids("مروحيات\nتسلم المغرب مروحيات (AH-64E) من الولايات المتحدة.")).toEqual(["ah-64e"]);
    expect(ids("Helicopters\nMorocco received AH-64E helicopters from the United States.")).toEqual([
      "ah-64e",
    ]);
  });

  it("keeps the family when the variant suffix is not catalogued (Anka-B, Rafale F9)", () => {
    expect(ids('مسيرات\nاشترت تونس مسيرات Anka-B ومقاتلات "رافال" F9.')).toEqual(["anka", "rafale"]);
    expect(ids("Drones\nTunisia bought Anka-B drones and Rafale F9 jets.")).toEqual(["anka", "rafale"]);
  });

  describe("the most specific catalogued variant wins", () => {
    const copy = mkdtempSync(join(tmpdir(), "gazetteer-variants-"));
    cpSync(GAZETTEER_DIR, copy, { recursive: true });
    const record = { category: "fighter aircraft", origin: "FR", maker: null };
    writeFileSync(
      join(copy, "systems", "zz-test.json"),
      JSON.stringify({
        systems: [
          { ...record, id: "xf-9", name: "XF-9", aliases: ["XF-9"] },
          { ...record, id: "xf-9-block-5", name: "XF-9 Block 5", family: "xf-9", aliases: ["XF-9 Block 5"] },
        ],
      }),
    );
    const gazetteer = loadGazetteer(copy);
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it("names the variant and its family", () => {
      const facts = extract("Jets\nGreece ordered XF-9 Block 5 fighters from France.", gazetteer);
      expect(facts.systems).toMatchObject([{ id: "xf-9-block-5", family: "xf-9", catalogued: true }]);
    });
    it("walks past variant letters written onto the designation (XF-9C/D Block 5)", () => {
      expect(ids("Jets\nGreece ordered XF-9C/D Block 5 fighters.", gazetteer)).toEqual(["xf-9-block-5"]);
      expect(ids("مقاتلات\nطلبت اليونان مقاتلات XF-9C/D Block 5.", gazetteer)).toEqual(["xf-9-block-5"]);
    });
    it("falls back to the family for a block it does not know", () => {
      expect(ids("Jets\nGreece ordered XF-9 Block 9 fighters.", gazetteer)).toEqual(["xf-9"]);
    });
  });
});

describe("uncatalogued designations", () => {
  const system = (text: string) => extract(text).systems.find((found) => !found.catalogued);

  it.each([
    [
      "ar, marker and quotes",
      "مروحيات\nتسلمت مصر مروحيات روسية من طراز «KQ-88».",
      "KQ-88",
      "helicopter",
      "RU",
    ],
    ["ar, code after noun", "صفقة\nاقتنى المغرب شاحنات XQ-70 جديدة.", "XQ-70", "truck", null],
    [
      "en, code before noun",
      "Deal\nQatar ordered the Xyz-12 air-defence system.",
      "Xyz-12",
      "air defence",
      null,
    ],
    ["en, class", "Deal\nIndonesia signed for two Qz-7 class submarines.", "Qz-7", "submarine", null],
    [
      "fr, code after noun",
      "Contrat\nLa France commande 40 hélicoptères HX160M.",
      "HX160M",
      "helicopter",
      null,
    ],
    [
      "fr, de type and quotes",
      "Contrat\nLa Grèce achète des frégates de type « Zeta Combatant ».",
      "Zeta Combatant",
      "ship",
      null,
    ],
    [
      "ar, an adjective without the article",
      "صفقة\nتسلمت مصر مروحيات هجومية من طراز HQ-77.",
      "HQ-77",
      "helicopter",
      null,
    ],
    ["ar, a dual", "صفقة\nتسلمت مصر طائرتي نقل من طراز «XT-76 MF».", "XT-76 MF", "transport aircraft", null],
    [
      "en, a bomber's export name",
      "Deal\nThe air force weighs two Hx-6K bombers.",
      "Hx-6K",
      "fighter aircraft",
      null,
    ],
    [
      "fr, de type and a capitalized name",
      "Contrat\nLes Pays-Bas commandent des sous-marins de type Orquina.",
      "Orquina",
      "submarine",
      null,
    ],
    [
      "en, a name before class",
      "Deal\nThe navy ordered four Orquina-class submarines.",
      "Orquina",
      "submarine",
      null,
    ],
    [
      "ar, a Latin name after the marker",
      "صفقة\nطلبت البحرية غواصات من طراز Orquina الفرنسية.",
      "Orquina",
      "submarine",
      "FR",
    ],
  ])("%s", (_name, text, name, category, origin) =>
    expect(system(text)).toMatchObject({ name, category, origin, catalogued: false, family: null }),
  );

  it.each([
    // Here ~Bayraktar has no class noun close enough: the whole name is a code beside "drones".
    ["en", "Drones\nQatar will buy Bayraktar TB9 drones.", "Bayraktar TB9", null],
    ["ar", "مسيرات\nستشتري قطر مسيرات بيرقدار TB9 التركية.", "بيرقدار TB9", "TR"],
    ["fr", "Drones\nLe Qatar achètera des drones TB-9 Bayraktar.", "TB-9 Bayraktar", "TR"],
  ])("a sibling model is not the model a bare brand stands for (%s)", (_lang, text, name, origin) => {
    const facts = extract(text);
    expect(facts.systems).toMatchObject([{ name, category: "drone", origin, catalogued: false }]);
  });

  it.each([
    ["joined to digits", "صفقة\nتسلمت أنغولا طائرات نقل سي-395 جديدة."],
    ["quoted after a marker", "صفقة\nتسلمت أنغولا طائرات نقل من طراز «سي- 395» جديدة."],
  ])("writes Latin letters spelled in Arabic in Latin (%s)", (_name, text) =>
    expect(system(text)).toMatchObject({
      id: "uncatalogued:c-395",
      name: "C-395",
      category: "transport aircraft",
    }),
  );

  it("not a spelled letter before a spaced year", () =>
    expect(system("صفقة\nتسلمت أنغولا طائرات نقل سي 2024 جديدة.")).toBeUndefined());

  it("reads an acronym in capitals as the start of a code (AN/APG-97)", () =>
    expect(system("Radars\nThe jets carry the radar AN/APG-97.")).toMatchObject({
      name: "AN/APG-97",
      category: "radar",
    }));

  it("becomes a deal's system", () => {
    const facts = extract("صفقة\nوقعت الجزائر عقدا مع روسيا لشراء 12 مروحية من طراز «KQ-88».");
    expect(facts.deals.map((deal) => deal.systemIds)).toEqual([["uncatalogued:kq-88"]]);
  });

  it.each([
    ["a plain word after a noun", "Deal\nThe helicopters Arrived in 2020 for the army."],
    ["a quantity after a name", "Contrat\nLe consortium NH Industries 68 hélicoptères, dit la DGA."],
    ["a year after a month", "Deal\nThe frigates ordered in May 2021 arrived."],
    ["a quoted word with no marker", 'مروحيات\nقالت الوزارة إن المروحيات "الجديدة" وصلت.'],
    ["a code far from any class noun", "Summit\nLeaders met at the G20 summit and discussed COVID-19."],
    ["a capitalized word after a noun with no marker", "Deal\nThe submarines Orquina saw were old."],
  ])("not %s", (_name, text) => expect(system(text)).toBeUndefined());
});

describe("contextual aliases (~) count only beside a class noun, a model marker or another system", () => {
  it("never reads the verb كان as the Kaan fighter", () => {
    const text =
      "صفقة مروحيات\nوافقت الهند على شراء ست مروحيات إضافية بعد أن كان الجيش قد اشترى 22 مروحية عسكرية.";
    expect(ids(text)).toEqual([]);
  });
  it("reads Kaan beside a class noun or another system", () => {
    expect(ids("Jets\nIndonesia signed for Kaan fighters.")).toEqual(["kaan"]);
    expect(ids("Jets\nIndonesia weighs the F-16 and Kaan for its army.")).toEqual(["f-16", "kaan"]);
    expect(ids("مقاتلات\nوقعت إندونيسيا عقدا لشراء مقاتلات من طراز قآن.")).toEqual(["kaan"]);
  });
  it("not with only a military word somewhere near", () => {
    expect(ids("Army\nThe army said Kaan would visit the military base.")).toEqual([]);
  });
});
