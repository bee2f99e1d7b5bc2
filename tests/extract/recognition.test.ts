/**
 * Systems as real copy writes them (src/extract/mentions.ts, designations.ts, variants.ts and the
 * catalogue), on our own sentences in each language where the construction occurs.
 */
import { describe, expect, it } from "vitest";
import { countriesOf, systemsOf } from "./own-text.js";

describe("systems as real copy writes them", () => {
  it.each([
    ["ar", "سلاح الجو", "وتسلمت القوات الجوية طائرات f16 جديدة وأخرى من طراز su-35."],
    ["en", "Air force", "The air force flew its f16 and su-35 jets at the show."],
    ["fr", "Armée de l'air", "L'armée de l'air a présenté ses f16 et ses su-35 au salon."],
  ])("reads a model code typed in lower case, letters run into the number (%s)", (_lang, title, text) => {
    expect(systemsOf(title, text)).toEqual(["f-16", "su-35"]);
  });

  it.each([
    ["ar", "مسيرات", "دخلت مسيرات بيرقدار (تي.بي.2) الخدمة في سلاح الجو.", ["bayraktar-tb2"]],
    ["ar", "مدفعية", "تسلم الجيش مدافع من طراز «قيصر» الفرنسية.", ["caesar"]],
    ["ar", "دفاع جوي", "نشرت القوات منظومة إتش كيو-9 بي الصينية قرب العاصمة.", ["hq-9b"]],
    ["fr", "Camions", "L'armée a reçu des camions Tatra pour ses obusiers.", ["tatra-815"]],
  ])(
    "reads a system as copy spells it: dotted letters, a translated name, a variant letter (%s)",
    (_lang, title, text, ids) => {
      expect(systemsOf(title, text)).toEqual(ids);
    },
  );

  it("does not read an emperor as a howitzer", () => {
    expect(systemsOf("تاريخ", "تحدث الكاتب عن قيصر روما في محاضرته.")).toEqual([]);
  });

  it("does not read spaced lower-case words before a number as a code", () => {
    expect(systemsOf("Schedule", "The delegation arrives at 4 and leaves at 9 in the evening.")).toEqual([]);
  });

  it.each([
    ["fr", "Contrat", "Le pays a signé pour 12 Rafale F4. Les premiers chasseurs F4 arriveront en 2027."],
    ["en", "Contract", "The country signed for 12 Rafale F4 jets. The first F4 fighters arrive in 2027."],
  ])("takes a bare variant code for the variant the article wrote in full (%s)", (_lang, title, text) => {
    expect(systemsOf(title, text)).toEqual(["rafale-f4"]);
  });

  it.each([
    ["ar", "صفقة سوخوي", "أعلنت الوزارة شراء مقاتلات سو-57 الروسية."],
    ["ar", "مقاتلات", "تملك القوات الجوية طائرات سوخوي روسية قديمة."],
  ])(
    "lets a maker's generic name stand for the maker's system the article names (%s)",
    (_lang, title, text) => {
      const found = systemsOf(title, text);
      expect(found).toEqual(text.includes("57") ? ["su-57"] : ["sukhoi-aircraft"]);
    },
  );

  it.each([
    ["ar", "دبابات", 'تسلمت بولندا دبابات من طراز "كيه 2" ومدافع K9.'],
    ["en", "Tanks", "Poland took delivery of K2 tanks and K9 howitzers."],
  ])("finds K2 and K9 beside a class noun or each other (%s)", (_lang, title, text) => {
    expect(systemsOf(title, text)).toEqual(["k2", "k9"]);
  });

  it("does not take a bare K2 without a class noun for the tank", () => {
    expect(systemsOf("Climbers", "The climbers reached K2 base camp in June.")).toEqual([]);
  });

  it("takes a class noun of several words after a contextual name (Namer armored personnel carrier)", () => {
    expect(systemsOf("Sale", "The sale covers Namer armored personnel carrier power packs.")).toEqual([
      "namer",
    ]);
  });

  it.each([
    ["ar", "مروحيات", "تسلم الجيش مروحيات مي 26 تي 2 وطائرات إم 1 إيه 2 أبرامز."],
    ["en", "Orders", "The army received Mi-26T2 helicopters and M1A2 Abrams tanks, not Mi-171A2."],
  ])("keeps variants apart from their family (%s)", (_lang, title, text) => {
    const expected = text.includes("Mi-171A2") ? ["m1a2", "mi-171a2", "mi-26t2"] : ["m1a2", "mi-26t2"];
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it.each([
    ["ar", "صفقة", "تضم الصفقة فرقاطات تايغر ومروحيات تايغر."],
    ["fr", "Contrat", "Le contrat comprend des frégates Tigre et des hélicoptères Tigre."],
  ])("does not take a name against a class noun of another kind of equipment (%s)", (_lang, title, text) => {
    expect(systemsOf(title, text)).toEqual(["tiger"]);
  });

  it("ends a quoted name at a double-prime quote mark (″)", () => {
    expect(systemsOf("مسيرات", "تتسلم بولندا مسيرات من طراز ″بيرقدار تي بي 3″ وأخرى.")).toEqual([
      "bayraktar-tb3",
    ]);
  });

  it.each([
    ["fr", "Frégates", "Athènes modernise ses frégates de classe Hydra et achète des missiles Scalp."],
    ["en", "Helicopters", "The navy flies Bell 205 and Bell 212 helicopters and Black Shaheen missiles."],
  ])("knows systems real reporting names that the catalogue lacked (%s)", (_lang, title, text) => {
    const expected = text.includes("Hydra")
      ? ["hydra-class", "storm-shadow"]
      : ["bell-205", "bell-212", "black-shaheen"];
    expect(systemsOf(title, text)).toEqual(expected);
  });
});

describe("countries as real copy names them", () => {
  it.each([
    ["ar", "صفقة", "اشترى المغرب مروحيات بقيمة 500 مليون دولار أمريكي، أي نحو خمسة مليارات درهم مغربي."],
    ["en", "Deal", "Morocco bought helicopters worth 500 million US dollars from France."],
    ["en", "Deal", "Morocco bought helicopters from France for US$500 million."],
    ["fr", "Contrat", "Le Maroc achète à la France des hélicoptères pour 900 millions de dinars algériens."],
  ])("does not take a currency's country for a country of the article (%s)", (_lang, title, text) => {
    const expected = text.includes("درهم") ? ["MA"] : ["FR", "MA"];
    expect(countriesOf(title, text)).toEqual(expected);
  });

  it("does not take a nisba surname after two names for a country (محمد شياع السوداني)", () => {
    const text = "استقبل رئيس الوزراء العراقي محمد شياع السوداني وفدا فرنسيا لبحث شراء مروحيات.";
    expect(countriesOf("زيارة", text)).toEqual(["FR", "IQ"]);
  });

  it("still reads a nisba that describes a noun (الجيش السوداني)", () => {
    expect(countriesOf("تدريب", "تدرب الجيش السوداني مع قوات مصرية.")).toEqual(["EG", "SD"]);
  });

  it.each([
    ["ar", "صفقة", "وافقت واشنطن على بيع مقاتلات إلى الكيان الصهيوني."],
    ["en", "Sale", "The United States approved the sale of fighters to the Jewish state."],
    ["fr", "Vente", "Les États-Unis ont approuvé la vente de chasseurs à l'État hébreu."],
  ])("reads Israel named otherwise (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["IL", "US"]);
  });
});
