/**
 * Precision on real reporting (issue #14): no bystander made a party, no spurious deal, no
 * country that is no actor, the stage an exercise is at. Every sentence is our own, written in
 * the constructions real Arabic, English and French copy uses.
 */
import { describe, expect, it } from "vitest";
import { countriesOf, extractText } from "./own-text.js";

const dealsOf = (title: string, text: string) =>
  extractText(title, text).deals.map((deal) => ({
    parties: deal.parties,
    kind: deal.kind,
    status: deal.status,
  }));

describe("countries that are not actors", () => {
  it.each([
    [
      "ar",
      "صفقة مروحيات",
      "وقعت مصر عقدا مع فرنسا لشراء 12 مروحية. وكانت القوات الجوية المصرية قد ساهمت في إغاثة السودان بعد الفيضانات.",
    ],
    [
      "en",
      "Helicopter deal",
      "Egypt signed a contract with France for 12 helicopters. Its air force also flew aid to Sudan after the floods.",
    ],
    [
      "fr",
      "Contrat d'hélicoptères",
      "L'Égypte a signé un contrat avec la France pour 12 hélicoptères. Son armée de l'air a aussi secouru des sinistrés au Soudan.",
    ],
  ])("leaves out a country named once in passing, far from any deal (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["EG", "FR"]);
  });

  it.each([
    [
      "ar",
      "صفقة",
      "وقعت مصر عقدا مع فرنسا لشراء 12 مروحية (الإمارات 24).\nوقال مسؤول إن التسليم يبدأ قريبا.",
    ],
    [
      "en",
      "Deal",
      "Egypt signed a contract with France for 12 helicopters (Emirates 24).\nDeliveries start soon.",
    ],
    [
      "ar",
      "صفقة",
      "وقعت مصر عقدا مع فرنسا لشراء 12 مروحية.\nمروحيات فرنسية (الإماراتية-أرشيف)\nوقال مسؤول إن التسليم قريب.",
    ],
  ])("takes no party and no country from a credit in brackets (%s)", (_lang, title, text) => {
    const found = extractText(title, text);
    expect(found.countries.map((country) => country.code).sort()).toEqual(["EG", "FR"]);
    expect(found.deals.map((deal) => deal.parties.join("-"))).toEqual(["EG-FR"]);
  });

  it("keeps a clarifying aside in brackets that does not close the sentence", () => {
    expect(
      countriesOf("Deal", "The buyer (Morocco) signed a contract with France for 12 helicopters."),
    ).toEqual(["FR", "MA"]);
  });

  it.each([
    ["ar", "مناورة", "أجرت مصر والسعودية مناورة بحرية مشتركة قرب الحدود السودانية في جنوب ليبيا."],
    [
      "en",
      "Drill",
      "Egypt and Saudi Arabia held a joint naval exercise near the Sudanese border, south of Libya.",
    ],
    [
      "fr",
      "Exercice",
      "L'Égypte et l'Arabie saoudite ont mené un exercice naval conjoint près de la frontière soudanaise.",
    ],
  ])("does not make a place named by a border or compass word a participant (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["EG", "SA"]);
    expect(dealsOf(title, text).map((deal) => deal.parties.join("-"))).toEqual(["EG-SA"]);
  });

  it.each([
    [
      "ar",
      "صفقة",
      "وافقت الهند على شراء 26 مقاتلة رافال من فرنسا، وسط التوتر بين الهند وباكستان. وجاءت الصفقة بعد تطبيع العلاقات مع إسرائيل.",
    ],
    [
      "en",
      "Deal",
      "India agreed to buy 26 Rafale jets from France, amid tensions between India and Pakistan. The deal came after it agreed to normalize relations with Israel.",
    ],
    [
      "fr",
      "Contrat",
      "L'Inde a approuvé l'achat de 26 Rafale à la France, sur fond de tensions entre l'Inde et le Pakistan.",
    ],
  ])(
    "does not make the other side of a political backdrop a party or an actor (%s)",
    (_lang, title, text) => {
      expect(countriesOf(title, text)).toEqual(["FR", "IN"]);
      expect(dealsOf(title, text).map((deal) => deal.parties.join("-"))).toEqual(["FR-IN"]);
    },
  );

  it.each([
    ["ar", "صفقة", "تدرس الجزائر صفقة لشراء مقاتلات روسية، لتصبح أكبر زبون متقدمة على دول مثل الصين والهند."],
    [
      "en",
      "Deal",
      "Algeria is in talks to buy Russian fighters, which would make it the biggest buyer, ahead of China and India.",
    ],
  ])("does not make rivals a deal is compared with actors (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["DZ", "RU"]);
  });

  it.each([
    ["ar", "مسيرات", "تدرس بولندا شراء مسيرات تركية بعد العمليات الناجحة التي نفذتها بدءا من سوريا والعراق."],
    ["en", "Drones", "Poland is in talks to buy Turkish drones, used in combat in Syria and Iraq."],
  ])("does not make the battlefields a system was used on parties (%s)", (_lang, title, text) => {
    expect(countriesOf(title, text)).toEqual(["PL", "TR"]);
  });

  it.each([
    [
      "ar",
      "شراكة",
      "يمنح التنويع المغرب مرونة أكبر مع شركائه التقليديين مثل الولايات المتحدة وفرنسا.",
      ["FR", "MA", "US"],
    ],
    [
      "en",
      "Partners",
      "Diversity gives Morocco leverage with its traditional partners such as the United States.",
      ["MA", "US"],
    ],
  ])("keeps a country named once as a partner (%s)", (_lang, title, text, expected) => {
    expect(countriesOf(title, text)).toEqual(expected);
  });
});

describe("background that is no deal", () => {
  it.each([
    [
      "ar",
      "مناورات",
      "بدأت مناورات النجم الساطع في مصر لأول مرة بعد توقيع معاهدة السلام بين مصر و”إسرائيل” عام 1979.",
    ],
    ["en", "Drills", "The drills began after the peace treaty between Egypt and Israel was signed in 1979."],
    [
      "fr",
      "Manœuvres",
      "Les manœuvres ont débuté après le traité de paix entre l'Égypte et Israël signé en 1979.",
    ],
  ])("makes no deal of a peace treaty between the countries of the background (%s)", (_lang, title, text) => {
    expect(dealsOf(title, text).filter((deal) => deal.parties.includes("IL"))).toEqual([]);
  });

  it.each([
    [
      "fr",
      "Exercice",
      "Les frégates marocaine et française ont mené un exercice conjoint à travers le détroit de Gibraltar.",
    ],
    [
      "en",
      "Drill",
      "Moroccan and French frigates conducted a joint exercise through the Strait of Gibraltar.",
    ],
  ])("does not make a strait's namesake a participant (%s)", (_lang, title, text) => {
    expect(dealsOf(title, text).map((deal) => deal.parties.join("-"))).toEqual(["FR-MA"]);
  });

  it("does not make the country a drill sends a message to a participant", () => {
    const text = "أجرت القوات الأمريكية والإسرائيلية مناورة مشتركة تعد رسالة واضحة لإيران.";
    expect(dealsOf("مناورة", text).map((deal) => deal.parties.join("-"))).toEqual(["IL-US"]);
  });

  it("does not make an outlet's home named after موقع a participant", () => {
    const text = "أجرت القوات المصرية والسعودية مناورة مشتركة، حسبما ذكر موقع إخباري إسرائيلي.";
    expect(dealsOf("مناورة", text).map((deal) => deal.parties.join("-"))).toEqual(["EG-SA"]);
  });
});

describe("deals that are not deals of their own", () => {
  it.each([
    [
      "ar",
      "عقد رافال",
      "أعلنت الإمارات توقيع عقد مع فرنسا يشمل شراء 80 مقاتلة رافال، بالإضافة إلى التدريب والصيانة.",
    ],
    [
      "en",
      "Rafale contract",
      "The UAE signed a contract with France to buy 80 Rafale jets, along with training and maintenance.",
    ],
    [
      "fr",
      "Contrat Rafale",
      "Les Émirats ont signé un contrat avec la France pour l'achat de 80 Rafale, avec la formation des pilotes.",
    ],
  ])(
    "reads the training a purchase's own sentence names as part of the purchase (%s)",
    (_lang, title, text) => {
      expect(dealsOf(title, text)).toEqual([
        { parties: ["AE", "FR"], kind: "acquisition", status: "signed" },
      ]);
    },
  );

  it.each([
    [
      "ar",
      "دبابات",
      "وقعت كوريا الجنوبية وبولندا الاتفاقية في يوليو، ووافقت بموجبها كوريا الجنوبية على بيع دبابات K2 لبولندا.",
    ],
    [
      "en",
      "Tanks",
      "South Korea and Poland signed the agreement in July, under which South Korea agreed to sell K2 tanks to Poland.",
    ],
  ])("takes the stage of the agreement a purchase is made under (%s)", (_lang, title, text) => {
    expect(dealsOf(title, text)).toEqual([{ parties: ["KR", "PL"], kind: "acquisition", status: "signed" }]);
  });

  it.each([
    ["ar", "تعليق", "قررت الإدارة تعليق مبيعات الأسلحة إلى السعودية والإمارات."],
    ["en", "Freeze", "The administration decided to suspend arms sales to Saudi Arabia and the UAE."],
    [
      "fr",
      "Gel",
      "L'administration a décidé de suspendre les ventes d'armes à l'Arabie saoudite et aux Émirats.",
    ],
  ])("makes no deal between two buyers named together (%s)", (_lang, title, text) => {
    expect(dealsOf(title, text).filter((deal) => deal.parties.join() === "AE,SA")).toEqual([]);
  });

  it.each([
    [
      "en",
      "Tanks",
      "Poland signed a contract for 180 K2 tanks from South Korea after Russia's invasion of Ukraine.",
    ],
    ["ar", "دبابات", "وقعت بولندا عقدا مع كوريا الجنوبية لشراء 180 دبابة K2 بعد الغزو الروسي لأوكرانيا."],
    [
      "fr",
      "Chars",
      "La Pologne a signé un contrat avec la Corée du Sud pour 180 chars K2 après l'invasion de l'Ukraine.",
    ],
  ])("makes neither side of a war in the background a buyer (%s)", (_lang, title, text) => {
    expect(dealsOf(title, text).map((deal) => deal.parties.join("-"))).toEqual(["KR-PL"]);
  });

  it("reads a range of battlefields as one list (بدءا من … امتدادا إلى)", () => {
    const text =
      "تدرس بولندا شراء مسيرات تركية بعد العمليات الناجحة التي نفذتها بدءا من سوريا والعراق، امتدادا إلى ليبيا.";
    expect(dealsOf("مسيرات", text).map((deal) => deal.parties.join("-"))).toEqual(["PL-TR"]);
    expect(countriesOf("مسيرات", text)).toEqual(["PL", "TR"]);
  });

  it("splits sentences pasted without the space after the full stop", () => {
    const text =
      "Poland signed a contract for K2 tanks from South Korea in 2022.The minister pledged training for Poland's pilots, and Poland plans to buy submarines.";
    const deals = extractText("Tanks", text).deals;
    expect(deals.map((deal) => deal.evidence).every((evidence) => !evidence.includes("2022.The"))).toBe(true);
  });
});

describe("the stage of an exercise", () => {
  it.each([
    ["ar", "مناورات", "انطلقت اليوم مناورات بحرية مشتركة بين القوات المصرية والسعودية.", "delivered"],
    ["ar", "تمرين", "اختتمت القوات المغربية والأمريكية تمرينا جويا مشتركا في الجنوب.", "delivered"],
    ["ar", "مناورة", "من المقرر أن تجري مصر واليونان مناورة بحرية مشتركة الشهر المقبل.", "agreed"],
    ["ar", "مناورة", "ستجري مصر واليونان مناورة بحرية مشتركة قبالة كريت.", "agreed"],
    ["en", "Drill", "Morocco and the United States launched a joint air exercise on Monday.", "delivered"],
    ["en", "Drill", "Egypt and Greece will hold a joint naval exercise next month.", "agreed"],
    [
      "fr",
      "Exercice",
      "Le Maroc et les États-Unis ont lancé lundi un exercice aérien conjoint.",
      "delivered",
    ],
    ["fr", "Exercice", "Un exercice naval conjoint entre la France et l'Égypte est prévu en mars.", "agreed"],
  ])("reads whether an exercise took place or is to come (%s: %s)", (_lang, title, text, status) => {
    const [deal, ...others] = dealsOf(title, text);
    expect(others).toEqual([]);
    expect(deal).toMatchObject({ kind: "exercise", status });
  });

  it("takes an exercise's stage from its sentence when its clause states none", () => {
    const text =
      "Moroccan and American helicopters landed to take part in a joint exercise, whose twentieth edition began on Monday.";
    expect(dealsOf("Drill", text)).toEqual([
      { parties: ["MA", "US"], kind: "exercise", status: "delivered" },
    ]);
  });
});

describe("one contract, one supplier side", () => {
  it.each([
    [
      "en",
      "Israel agreed to buy 14 F-35 jets from the United States. In return, the United States agreed to buy parts from Israel worth 6 billion dollars.",
    ],
    [
      "ar",
      "وافقت إسرائيل على شراء 14 طائرة إف-35 من الولايات المتحدة. وفي المقابل وافقت الولايات المتحدة على شراء قطع غيار من إسرائيل بقيمة 6 مليارات دولار.",
    ],
  ])("keeps an offset the seller buys back apart from the sale, with its own value (%s)", (_lang, text) => {
    const deals = extractText("F-35", text).deals;
    const sale = deals.find((deal) => deal.systemIds.includes("f-35"));
    expect(sale).toMatchObject({ supplier: "US", recipient: "IL", quantity: 14, value: null });
    expect(deals.find((deal) => deal.supplier === "IL")?.value).toEqual({ amount: 6e9, currency: "USD" });
  });
});
