/**
 * Systems and countries the session-9 reading of real reporting found misread (issue #14): a
 * name a model marker introduces after a class noun of another kind of equipment, the variants
 * copy states, names in the plural, role nouns (anti-navires), a variant's nickname against its
 * family's designation; a country named only as the object of hostility or a confrontation,
 * also in a title. Our own sentences, in each language where the construction occurs.
 */
import { describe, expect, it } from "vitest";
import { countriesOf, systemsOf } from "./own-text.js";

describe("a model marker after a class noun of another kind of equipment", () => {
  it.each([
    ["ar", "عربات", "اشترى الجيش عربات مدرعة روسية من طراز تايغر لحراسة الحدود.", []],
    ["fr", "Blindés", "L'armée a commandé des véhicules blindés de type Tigre.", ["uncatalogued:tigre"]],
  ])("is no helicopter of that name (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it.each([
    ["ar", "مروحيات", "تسلمت القوات مروحيات هجومية فرنسية من طراز تايغر.", ["tiger"]],
    ["fr", "Hélicoptères", "L'armée a reçu des hélicoptères d'attaque de type Tigre.", ["tiger"]],
  ])("still reads the helicopter after a helicopter noun (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });
});

describe("the variant copy states", () => {
  it.each([
    ["ar", "دبابات", "استلم الجيش دبابات تي-90 إس أ جديدة من روسيا.", ["t-90sa"]],
    ["ar", "دبابات", "وصلت دفعة أخرى من دبابات «تي. 90 أس أي» إلى الميناء.", ["t-90sa"]],
    ["fr", "Chars", "L'armée aligne des chars T-90SA et des T-72.", ["t-72", "t-90sa"]],
    ["ar", "عربات", "تلقى الجيش عربات مدرعة من طراز «تايجر. إم» الروسية.", ["gaz-tigr"]],
    ["ar", "مدرعات", "ظهرت في العرض عربات دعم الدبابات «ترميناتور – 2».", ["bmpt-72"]],
    ["en", "Fighters", "The air force is getting F-16C/D Block 72 jets next year.", ["f-16-block-72"]],
    ["en", "Artillery", "The army orders more M109A7 guns and M992A3 carriers.", ["m109a7", "m992a3"]],
    ["en", "Tanks", "India's T-90S, known there as the Bhishma tank, is being upgraded.", ["t-90s-bhishma"]],
  ])("is reported as that variant (%s: %s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it("reads a tank's jamming suite the text itemises", () => {
    expect(systemsOf("دبابات", "زودت الدبابات بمنظومة التشويش «شتورا» الروسية.")).toEqual(["shtora-1"]);
  });
});

describe("a system's name written in the plural", () => {
  it.each([
    [
      "en",
      "Helicopters",
      "The army took delivery of its first Black Hawks and two more Chinooks.",
      ["ch-47", "uh-60"],
    ],
    ["fr", "Marine", "La marine a reçu ses Gowinds et ses Rafales l'an dernier.", ["gowind", "rafale"]],
    ["en", "Orders", "Bahrain ordered F-16Vs and AH-64Es last year.", ["ah-64e", "f-16-block-70"]],
  ])("is that system (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });

  it.each([
    ["en", "Football", "The Patriots won their game on Sunday.", []],
    ["fr", "Marine", "La marine a reçu les deux Mistrals et une frégate FREMM.", ["fremm"]],
  ])("is no system for a contextual name (%s: %s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });
});

it("reads helicopter carriers named in the plural as their class", () => {
  expect(systemsOf("Marine", "L'Égypte a reçu des portes-hélicoptères Mistrals.")).toEqual(["mistral-class"]);
});

describe("a class noun hyphen-joined to the word before it names a role, not a kind", () => {
  it.each([
    ["fr", "Armes", "La corvette emporte des missiles anti-navires Exocet.", ["exocet"]],
    ["fr", "Marine", "Les hélicoptères anti-sous-marins NH90 sont arrivés à Toulon.", ["nh90"]],
    [
      "en",
      "Navy",
      "The frigate carries anti-ship Exocet missiles and NH90 anti-submarine helicopters.",
      ["exocet", "nh90"],
    ],
  ])("keeps the name after it (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });
});

describe("a family's designation written against a variant's nickname", () => {
  it.each([
    ["fr", "Chasseurs", "Le Rafale était opposé au F18 Super Hornet de Boeing.", ["fa-18e-f", "rafale"]],
    ["en", "Fighters", "The navy still flies the F-18 Super Hornet.", ["fa-18e-f"]],
    ["ar", "مقاتلات", "تشغل البحرية مقاتلات إف-18 سوبر هورنت.", ["fa-18e-f"]],
  ])("is that variant (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });
});

describe("a country named only as the object of hostility or of a confrontation", () => {
  it.each([
    ["fr", "Chasseurs", "L'Algérie, hostile à Israël, a acheté des Su-57 à la Russie."],
    ["en", "Fighters", "Algeria, in a confrontation with Morocco, bought Su-57 jets from Russia."],
    ["ar", "مقاتلات", "باعت روسيا مقاتلات سو-57 للجزائر المعادية لإسرائيل وسط التوتر مع المغرب."],
  ])("is not one of the article's countries (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["DZ", "RU"]);
  });

  it.each([
    ["fr", "La Russie vend des chasseurs à une ennemie d'Israël", "Moscou a livré des Su-57 à l'Algérie."],
    ["en", "Russia sells jets to an enemy of Israel", "Moscow delivered Su-57 jets to Algeria."],
    ["ar", "روسيا تبيع مقاتلات لدولة معادية لإسرائيل", "سلمت موسكو مقاتلات سو-57 للجزائر."],
  ])("is not one either when the title names it so (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["DZ", "RU"]);
  });
});

describe("a number with a unit or a wheel layout written onto it", () => {
  it.each([
    [
      "en",
      "Ships",
      "The corvettes can carry a 10t class helicopter, two 5.5m boats and 155mm howitzers.",
      [],
    ],
    ["fr", "Navires", "Le navire embarque un hélicoptère de la classe 10t et des canons de 76mm.", []],
    ["en", "Vehicles", "The army fields a new 6x6 armoured vehicle and K9 howitzers.", ["k9"]],
  ])("is a measure, not a model code (%s)", (_lang, title, text, expected) => {
    expect(systemsOf(title, text)).toEqual(expected);
  });
});

describe("a country named only as the target of an aggression", () => {
  it.each([
    ["ar", "صفقة", "وقعت الإمارات، العضو في تحالف العدوان على اليمن، صفقة لشراء صواريخ روسية."],
    ["en", "Deal", "The UAE, part of the aggression against Yemen, bought Russian missiles."],
    [
      "fr",
      "Contrat",
      "Les Émirats, engagés dans l'agression contre le Yémen, ont acheté des missiles russes.",
    ],
  ])("is not one of the article's countries (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["AE", "RU"]);
  });
});

describe("a lower-case letter after a designation's number", () => {
  it("is the variant letter in Arabic copy, which has no English plural", () => {
    expect(systemsOf("دبابات", "تسلمت الجزائر دبابات من طراز T-90s جديدة.")).toEqual(["t-90s-bhishma"]);
  });

  it("is the English plural in English copy", () => {
    expect(systemsOf("Tanks", "Algeria received new T-90s from Russia.")).toEqual(["t-90"]);
  });
});

describe("a maker whose name states its country", () => {
  it.each([
    ["en", "Air defence", "Israel Aerospace Industries will supply the Barak MX system to Morocco."],
    ["fr", "Défense aérienne", "Israel Aerospace Industries fournira le système Barak MX au Maroc."],
    ["ar", "دفاع جوي", "ستزود الصناعات الجوية الإسرائيلية المغرب بمنظومة باراك إم إكس."],
  ])("names that country as the producer of its system (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toContain("IL");
  });

  it("names no country for a system it does not make", () => {
    const text = "Saudi Arabian Military Industries signed with Navantia for Avante 2200 corvettes.";
    expect(countriesOf("Navires", text)).not.toContain("SA");
  });
});
