/**
 * Systems the fresh reading of real reporting found missing or misread (issue #14): trainers,
 * reconnaissance satellites and short-range ballistic missiles in the spellings copy uses, the
 * most specific variant as its own record, and no false system from an ordinal, a unit or a
 * sibling's name. Our own sentences, in each language where the construction occurs.
 */
import { describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../src/extract/index.js";
import { systemsOf } from "./own-text.js";

describe("systems the catalogue now holds, as copy writes them", () => {
  it.each([
    [
      "ar",
      "أقمار",
      "أطلقت فرنسا للمغرب القمر محمد السادس ألف ثم القمر محمد السادس ب.",
      ["mohammed-vi-a", "mohammed-vi-b"],
    ],
    [
      "fr",
      "Satellites",
      "Abou Dhabi a reçu le satellite Falcon Eye 2 ; Paris a lancé CSO-3 après Hélios 2.",
      ["cso-3", "falcon-eye-2", "helios-2"],
    ],
    [
      "en",
      "Satellites",
      "Israel launched Ofek-16 and Turkey put Göktürk-2 in orbit.",
      ["gokturk-2", "ofek-16"],
    ],
    [
      "ar",
      "صواريخ",
      "عرض الحرس الثوري صواريخ فاتح 313 وشهاب 1 وزلزال 2.",
      ["fateh-313", "shahab-1", "zelzal-2"],
    ],
    ["ar", "كوريا", "جربت بيونغ يانغ صاروخ هوا صنغ 12 ثم هواصنغ -16 الجديد.", ["hwasong-12", "hwasong-16"]],
    ["ar", "باكستان", "أطلق الجيش صاروخ حتف-4 شاهين-1 إيه في بحر العرب.", ["shaheen-ia"]],
    ["ar", "قطر", "ظهرت في العرض قاذفات بي بي 12 إيه الصينية.", ["bp-12a"]],
    ["ar", "العراق", "يدرس العراق شراء مقاتلات خفيفة من نوع أف أي 50 الكورية.", ["fa-50"]],
    [
      "en",
      "Trainers",
      "Iraq will receive Super Mushak trainers and Nigeria ordered K-8 Karakoram jets.",
      ["k-8", "super-mushshak"],
    ],
    [
      "fr",
      "Algérie",
      "La marine a reçu une corvette de type 056 et des mortiers Norinco SM4.",
      ["sm-4", "type-056"],
    ],
  ])("finds a system the fresh set missed (%s: %s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });
});

describe("the most specific variant the text states", () => {
  it.each([
    [
      "en",
      "Missiles",
      "Algeria is said to field the Iskander-E, not the Iskander-M.",
      ["iskander-e", "iskander-m"],
    ],
    ["en", "Howitzers", "Egypt builds K9A1 howitzers under licence.", ["k9a1"]],
    ["en", "Fighters", "Taiwan ordered F-16 Block 72 jets.", ["f-16-block-72"]],
    ["en", "Submarines", "Egypt's fourth Type 209/1400mod submarine arrived.", ["type-209-1400"]],
    ["en", "Korea", "The KN-24 flew after a Hwasong-14.", ["hwasong-14", "kn-24"]],
    ["ar", "تركيا", "تسلمت القوات طائرات هوركوش-سي المسلحة.", ["hurkus-c"]],
  ])("keeps a variant that was an alias of its family as itself (%s: %s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it.each([
    ["en", "Tanks", "Turkey upgrades its Leopard 2A4 tanks.", ["leopard-2a4"]],
    ["en", "Drones", "The Houthis launched a Samad-3 drone, the group said.", ["samad-3"]],
    ["en", "Missiles", "The army bought TOW-2A missiles and HOT 3 missiles.", ["hot-3", "tow-2a"]],
    ["en", "Vehicles", "The UAE ordered Rabdan 8x8 vehicles.", ["rabdan"]],
  ])(
    "splits a catalogue alias that adds digits to its record's name into a variant (%s: %s)",
    (_lang, title, text, expected) => {
      expect(systemsOf(title, text)).toEqual(expected);
    },
  );

  it("gives a split variant its record as family, one level deep", () => {
    const systems = defaultGazetteer().systems;
    expect([systems.get("samad-3")?.family, systems.get("rafale-f4-1")?.family]).toEqual(["samad", "rafale"]);
  });

  it("reads Predator B as the MQ-9 family, so MQ-9B Predator B is the MQ-9B and no MQ-1", () => {
    expect(systemsOf("Drones", "Poland ordered MQ-9B Predator B drones.")).toEqual(["mq-9b"]);
  });
});

describe("no false system", () => {
  it.each([
    ["fr", "Chasseurs", "Le Maroc veut un chasseur de 5e génération pour remplacer ses F-5.", ["f-5"]],
    ["en", "Fighters", "The 4th generation F-16 is no longer enough, the 2nd squadron said.", ["f-16"]],
  ])("reads no ordinal as a model code (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it("reads كيلو after a number as a unit, not the Kilo submarine, even beside a missile", () => {
    expect(systemsOf("صواريخ", "يبلغ مداه 800 كيلو متر مثل صاروخ شهاب 2.")).toEqual(["shahab-2"]);
  });

  it("still reads a Kilo submarine a class noun introduces", () => {
    expect(systemsOf("غواصات", "تسلمت البحرية غواصة من طراز كيلو.")).toEqual(["kilo-class"]);
  });
});

describe("a contextual name before a hyphenated role and its class noun", () => {
  it.each([
    ["en", "The deal includes Meteor air-to-air missiles for the new jets."],
    ["fr", "Le contrat comprend des Meteor air-air missiles pour les nouveaux avions."],
  ])("counts the role as one word (%s)", (_lang, text) => {
    expect(systemsOf("Missiles", text)).toEqual(["meteor"]);
  });

  it("needs the class noun: a bare Meteor is a meteor", () => {
    expect(systemsOf("Sky", "A bright Meteor crossed the sky over the capital.")).toEqual([]);
  });
});

describe("a list of bare numbers after a system names its siblings", () => {
  it.each([
    [
      "fr",
      "Hélicoptères",
      "Le Maroc garde ses hélicoptères (Bell 205, 206 et 212).",
      ["bell-205", "bell-206", "bell-212"],
    ],
    ["ar", "صواريخ", "تملك إيران صواريخ زلزال 1، 2، و3 قصيرة المدى.", ["zelzal-1", "zelzal-2", "zelzal-3"]],
    ["en", "Fighters", "Algeria flies the Su-30 and 35 alongside older jets.", ["su-30", "su-35"]],
  ])("reads each number as the sibling it makes (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it("reads no sibling where the number makes no catalogued name (a quantity)", () => {
    expect(systemsOf("Fighters", "Morocco flies the F-16, 24 of them, from Sidi Slimane.")).toEqual(["f-16"]);
  });

  it("reads a Rafale au standard F4 and an AIM-92H Stinger as the variants stated", () => {
    expect(
      systemsOf("Armement", "Les 80 Rafale au standard F4 emporteront des missiles air-air AIM-92H Stinger."),
    ).toEqual(["aim-92h", "rafale-f4"]);
  });
});

describe("a two-letter model word after the conjunction و", () => {
  it("reads وتي 90 and وإف-16 as the T-90 and the F-16", () => {
    expect(systemsOf("دبابات", "اشترى الجيش دبابات تي 72 وتي 90 ومقاتلات وإف-16.")).toEqual([
      "f-16",
      "t-72",
      "t-90",
    ]);
  });

  it("strips no conjunction from a short word with no number after it", () => {
    expect(systemsOf("دبابات", "وصل وفد إلى العاصمة لبحث صفقة دبابات.")).toEqual([]);
  });
});
