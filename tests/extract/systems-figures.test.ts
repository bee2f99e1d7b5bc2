/**
 * Systems and figures as real reporting writes them (issue #14), in the tests' own sentences:
 * names one letter off the catalogue, Arabic transliterations with digits, named ships,
 * satellites and engines are recognised; a nickname beside a designation, a shorter name inside
 * a longer one and ordinals are no systems or counts; "about X" is X, an advance payment is not
 * the deal's value, and a year after "since" or "delivered" is not the year of order.
 */
import { describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../src/extract/index.js";
import { respellings } from "../../src/extract/spellings.js";
import { phraseKeys } from "../../src/text/tokens.js";
import { commonWordForms } from "./common-words.js";
import { extractText, systemsOf } from "./own-text.js";

const onlyDeal = (title: string, text: string) => {
  const { deals } = extractText(title, text);
  expect(deals).toHaveLength(1);
  return deals[0];
};

describe("names real copy writes one letter off the catalogue", () => {
  it("reads a doubled consonant written once and Egyptian ج for غ", () => {
    expect(respellings("AGM-114 Hellfire")).toContain("AGM-114 Helfire");
    expect(respellings("~ستينغر")).toEqual(["~ستينجر"]);
    expect(systemsOf("t", "Egypt received Helfire missiles from the United States.")).toEqual(["hellfire"]);
    expect(systemsOf("t", "تسلم الجيش المصري صواريخ ستينجر أمريكية الصنع.")).toEqual(["stinger"]);
  });

  it("turns no respelling into a common word", () => {
    const common = commonWordForms();
    const words = [...defaultGazetteer().systems.keys()].flatMap((id) => {
      const aliases = (defaultGazetteer().systems.get(id) as unknown as { aliases: string[] }).aliases;
      return aliases.filter((alias) => !alias.startsWith("~")).flatMap(respellings);
    });
    expect(words.length).toBeGreaterThan(100);
    expect(
      words.filter((alias) => phraseKeys(alias).length === 1 && common.has(phraseKeys(alias)[0] ?? "")),
    ).toEqual([]);
  });

  it("knows the spellings of transliterated names", () => {
    expect(systemsOf("t", "Cairo ordered two Black Hook helicopters from Washington.")).toEqual(["uh-60"]);
    expect(systemsOf("t", "تسلمت النيجر طائرات اكينسي التركية المسيرة.")).toEqual(["bayraktar-akinci"]);
    expect(systemsOf("t", "اشترت الرياض 84 مقاتلة من طراز «ف 15» الأمريكية.")).toEqual(["f-15"]);
    expect(systemsOf("t", "أعلنت إسرائيل نجاح إطلاق القمر الصناعي «أوفيك 10» للتجسس.")).toEqual(["ofek-10"]);
    expect(systemsOf("t", 'أطلقت تل أبيب القمر "أفق 9" من قاعدة جوية.')).toEqual(["ofek-9"]);
  });

  it("reads the two Arabic spellings of a Latin letter, and a spelled designation the catalogue holds", () => {
    expect(systemsOf("t", "اشترت باكستان مقاتلات جيه-10 سي من الصين.")).toEqual(["j-10c"]);
    expect(systemsOf("t", "تسلم العراق مقاتلات جيه إف-17 من باكستان.")).toEqual(["jf-17"]);
    expect(systemsOf("t", "اشترت المغرب منظومة سكاي دراغون 50 الصينية.")).toEqual(["sky-dragon-50"]);
  });

  it("names a ship by its class, and a person named like a ship only beside a ship noun", () => {
    expect(systemsOf("t", "زار الرئيس المصري حاملة المروحيات جمال عبد الناصر في الإسكندرية.")).toEqual([
      "mistral-class",
    ]);
    expect(systemsOf("t", "قال جمال عبد الناصر في خطابه إن الجيش قوي.")).toEqual([]);
    expect(systemsOf("t", "تسلمت البحرية المصرية الفرقاطة تحيا مصر من فرنسا.")).toEqual(["fremm"]);
  });

  it("reads Lynx as the infantry fighting vehicle beside a vehicle noun, and never beside a helicopter noun", () => {
    expect(systemsOf("t", "La Hongrie a commandé 218 blindés Lynx à l'Allemagne.")).toContain("lynx-kf41");
    expect(systemsOf("t", "Hungary ordered Lynx helicopters from Britain.")).not.toContain("lynx-kf41");
  });

  it("takes the longer name that starts inside a shorter one", () => {
    expect(systemsOf("t", "عرضت طهران صاروخ فتح-360 الباليستي على موسكو.")).toEqual(["fateh-360"]);
  });

  it("knows Korean missiles, engines and named ships", () => {
    expect(systemsOf("t", "Seoul offered Hyunmoo-3 cruise missiles and CTM-290 rockets to Warsaw.")).toEqual([
      "ctm-290",
      "hyunmoo-3",
    ]);
    expect(systemsOf("t", "Ankara a commandé des moteurs F110 pour son chasseur KAAN.")).toEqual([
      "f110-engine",
      "kaan",
    ]);
    expect(systemsOf("t", "La frégate Amiral Grigorovitch a fait escale à Oran.")).toEqual([
      "admiral-grigorovich",
    ]);
    expect(systemsOf("t", "The frigate Admiral Kasatonov docked in Algiers for three days.")).toEqual([
      "admiral-gorshkov",
    ]);
    expect(systemsOf("t", "رست الغواصة الروسية نوفوروسيسك في ميناء الجزائر.")).toEqual(["kilo-636"]);
    // The port city of the same name is no submarine.
    expect(systemsOf("t", "The tanker left Novorossiysk on Monday.")).toEqual([]);
  });
});

describe("no system or count for a part of a name or an ordinal", () => {
  it("reads a nickname written against a designation as part of it", () => {
    expect(systemsOf("t", "New Delhi ordered 31 MQ-9B Predator drones from Washington.")).toEqual(["mq-9b"]);
    expect(systemsOf("t", "طلبت الهند طائرات MQ-9B Predator المسيرة من الولايات المتحدة.")).toEqual([
      "mq-9b",
    ]);
    expect(systemsOf("t", "L'Inde a reçu des MQ-9B Predator et des Rafale.")).toEqual(["mq-9b", "rafale"]);
  });

  it("counts nothing with an ordinal in digits", () => {
    expect(onlyDeal("t", "The 3rd Su-35 batch was delivered to Iran by Russia.")?.quantity).toBeNull();
    expect(onlyDeal("t", "Le 2e lot de Rafale a été livré à l'Inde par la France.")?.quantity).toBeNull();
  });

  it("counts nothing with a decimal number, and still counts beside one", () => {
    expect(
      onlyDeal("t", "India signed with France for six 4.5-generation Rafale fighters.")?.quantity,
    ).toBeNull();
    expect(onlyDeal("t", "Egypt bought from France a 4.5 generation Rafale squadron.")?.quantity).toBeNull();
    expect(onlyDeal("t", "وقعت الهند مع فرنسا عقدا لشراء 26 مقاتلة رافال من الجيل 4.5.")?.quantity).toBe(26);
  });
});

describe("values as the clause states them", () => {
  const value = (text: string) => onlyDeal("t", text)?.value;

  it("reads 'about / more than X' as X, and a scale word alone as one", () => {
    expect(value("وقعت الكويت مع فرنسا عقدا لشراء مروحيات كاراكال بقيمة نحو مليار يورو.")).toEqual({
      amount: 1e9,
      currency: "EUR",
    });
    expect(value("اشترت الجزائر من روسيا مقاتلات سو-35 بملياري دولار.")).toEqual({
      amount: 2e9,
      currency: "USD",
    });
    expect(value("Le Qatar a commandé à l'Italie des corvettes pour près d'un milliard d'euros.")).toEqual({
      amount: 1e9,
      currency: "EUR",
    });
    expect(value("Nigeria signed a deal with Pakistan for JF-17 jets worth more than $1 billion.")).toEqual({
      amount: 1e9,
      currency: "USD",
    });
  });

  it("reads an amount in two parts, in pounds and with the Arabic decimal comma whole", () => {
    expect(value("Britain signed a £8 billion deal with Turkey for 20 Typhoon jets.")).toEqual({
      amount: 8e9,
      currency: "GBP",
    });
    expect(value("وقعت الهند مع روسيا صفقة منظومة إس-400 بقيمة 5 مليارات و400 مليون دولار.")).toEqual({
      amount: 5.4e9,
      currency: "USD",
    });
    expect(value("وقعت الهند مع روسيا صفقة منظومة إس-400 بقيمة ٥٫٤ مليار دولار.")).toEqual({
      amount: 5.4e9,
      currency: "USD",
    });
  });

  it("reads an amount that starts with a scale word alone and goes on in digits, in three languages", () => {
    expect(value("وقعت قطر عقدا مع ألمانيا بقيمة مليار و89 مليون يورو لشراء 24 دبابة ليوبارد 2.")).toEqual({
      amount: 1.089e9,
      currency: "EUR",
    });
    expect(value("اشترت مصر من فرنسا 12 طائرة رافال بمليار و300 مليون دولار.")).toEqual({
      amount: 1.3e9,
      currency: "USD",
    });
    expect(
      value(
        "Le Maroc a signé avec la France un contrat d'un milliard et 200 millions d'euros pour 10 hélicoptères Caracal.",
      ),
    ).toEqual({ amount: 1.2e9, currency: "EUR" });
    expect(
      value(
        "Egypt signed a contract worth one billion and 300 million dollars with France for 12 Rafale jets.",
      ),
    ).toEqual({ amount: 1.3e9, currency: "USD" });
  });

  it("reads a count before a designation as a count, not as an index run into it (96 K9, not 96K9)", () => {
    const deal = onlyDeal("t", "Poland signed a deal with South Korea for 96 K9 howitzers.");
    expect(deal?.systems).toEqual(["K9 Thunder"]);
    expect(deal?.quantity).toBe(96);
    expect(systemsOf("t", "Russia sold Serbia the 96K9 air defence system.")).toContain("pantsir-s1");
  });

  it("reads trillions and the currencies of Korea, the Gulf and Algeria in three languages", () => {
    const krw = { amount: 3.2e12, currency: "KRW" };
    expect(
      value("Poland signed a deal with South Korea for 96 K9 howitzers worth 3.2 trillion won."),
    ).toEqual(krw);
    expect(value("وقعت بولندا مع كوريا الجنوبية صفقة 96 مدفع K9 بقيمة 3.2 تريليون وون.")).toEqual(krw);
    expect(
      value(
        "La Pologne a signé avec la Corée du Sud un contrat de 3 200 milliards de wons pour 96 obusiers K9.",
      ),
    ).toEqual(krw);
    expect(value("وقعت الإمارات مع فرنسا صفقة مقاتلات رافال بقيمة 60 مليار درهم إماراتي.")).toEqual({
      amount: 6e10,
      currency: "AED",
    });
    expect(value("L'Algérie a acheté à la Russie des Su-30 pour 150 milliards de dinars algériens.")).toEqual(
      {
        amount: 1.5e11,
        currency: "DZD",
      },
    );
  });

  it("reads a comma before three digits as English thousands only where French cannot mean a decimal", () => {
    expect(value("India signed a deal with France for 26 Rafale M jets worth $6,500 million.")).toEqual({
      amount: 6.5e9,
      currency: "USD",
    });
    expect(
      value("Poland signed a contract with South Korea for 180 K2 tanks worth 1,200 billion won."),
    ).toEqual({
      amount: 1.2e12,
      currency: "KRW",
    });
    expect(
      value(
        "La Suisse a signé avec les États-Unis un contrat de 6,035 milliards de francs suisses pour 36 F-35.",
      ),
    ).toEqual({ amount: 6.035e9, currency: "CHF" });
    // 6.5 million in French, 6.5 billion in English: no value.
    expect(
      value("India signed a deal with France for 26 Rafale M jets worth 6,500 million euros."),
    ).toBeNull();
  });

  it("reads no amount it cannot read whole", () => {
    expect(
      onlyDeal("t", "Iraq bought Su-25 jets from Russia for two-point-five billion dollars.")?.value,
    ).toBeNull();
    // A count of billions in words waits for deals to stop carrying a value across statuses (merge.ts).
    expect(onlyDeal("t", "اشترت ليبيا من روسيا مدرعات بقيمة ثلاثة مليار دولار.")?.value).toBeNull();
  });

  it("leaves an advance payment out of the deal's value", () => {
    expect(
      value(
        "وقع المغرب مع الولايات المتحدة صفقة لشراء مروحيات أباتشي بقيمة 4.25 مليار دولار، ودفع الرباط دفعة أولى قدرها 200 مليون دولار.",
      ),
    ).toEqual({ amount: 4.25e9, currency: "USD" });
    expect(
      value(
        "La Tunisie a signé avec la France un contrat de 300 millions d'euros pour des canons Caesar et a versé un acompte de 50 millions d'euros.",
      ),
    ).toEqual({ amount: 3e8, currency: "EUR" });
    expect(
      value(
        "Oman signed a $2 billion deal with Britain for Typhoon jets and made a down payment of $300 million.",
      ),
    ).toEqual({ amount: 2e9, currency: "USD" });
  });

  it("takes no year of interest or delivery for the year of order", () => {
    expect(
      onlyDeal("t", "Jordan has shown interest in the Gripen since 2019, and Sweden expects to sign in 2026.")
        ?.year,
    ).toBeNull();
    expect(
      onlyDeal(
        "t",
        "La Grèce a commandé des Rafale à la France en 2021; les appareils ont été livrés en 2023.",
      )?.year,
    ).toBe(2021);
    expect(onlyDeal("t", "India ordered MQ-9B Predator drones from the United States in 2024.")?.year).toBe(
      2024,
    );
  });
});
