/**
 * Deal precision on real reporting (issue #14, session 7): who the parties are (a system's
 * makers, an accuser, a speaker, a faction, a point of comparison), what stage a deal is at
 * (a denial, an accusation, a possibility, a contract won, a signing to come or reported later)
 * and one deal per contract. Every sentence is our own, written in the constructions real
 * Arabic, English and French copy uses.
 */
import { describe, expect, it } from "vitest";
import { countriesOf, extractText } from "./own-text.js";

const dealsOf = (title: string, text: string) =>
  extractText(title, text).deals.map((deal) => ({
    parties: deal.parties.join("-"),
    supplier: deal.supplier,
    recipient: deal.recipient,
    status: deal.status,
  }));

describe("a system's makers are not its buyers", () => {
  it.each([
    ["ar", "تسلم الجيش الوطني الليبي مقاتلات جي إف-17 التي طورتها باكستان والصين، بحسب صور نشرت أمس."],
    [
      "en",
      "The Libyan National Army has taken delivery of JF-17 jets, jointly developed by Pakistan and China.",
    ],
    [
      "fr",
      "L'Armée nationale libyenne a réceptionné des JF-17, développés conjointement par le Pakistan et la Chine.",
    ],
  ])("gives the system to the army, not to its co-maker (%s)", (_lang, text) => {
    expect(dealsOf("Libya", text)).toEqual([
      { parties: "LY-PK", supplier: "PK", recipient: "LY", status: "delivered" },
    ]);
    // The co-maker is still one of the article's countries: the producer of a named system.
    expect(countriesOf("Libya", text)).toEqual(["CN", "LY", "PK"]);
  });

  it.each([
    ["ar", "ظهرت في العرض مقاتلات جي إف-17 التي تصنع بشكل مشترك بين باكستان والصين، وشاركت في التدريب."],
    [
      "en",
      "The parade showed JF-17 fighters co-developed by Pakistan and China, which took part in the training.",
    ],
    [
      "fr",
      "Le défilé a montré des JF-17 mis au point conjointement par le Pakistan et la Chine, qui participent à la formation.",
    ],
  ])("makes no deal of the makers alone (%s)", (_lang, text) => {
    expect(dealsOf("Parade", text)).toEqual([]);
  });

  it.each([
    ["en", "Two patrol boats built by Turkey were delivered to Qatar last week."],
    ["fr", "Deux patrouilleurs construits par la Turquie ont été livrés au Qatar la semaine dernière."],
  ])("keeps a lone maker as supplier where another country receives (%s)", (_lang, text) => {
    expect(dealsOf("Boats", text)).toEqual([
      { parties: "QA-TR", supplier: "TR", recipient: "QA", status: "delivered" },
    ]);
  });

  it.each([
    ["en", "Five states are weighing the purchase of the Pakistani-Chinese JF-17."],
    ["fr", "Cinq États pensent à l'achat du JF-17 sino-pakistanais, selon des rumeurs."],
  ])("reads a compound demonym after the system as its makers (%s)", (_lang, text) => {
    expect(dealsOf("JF-17", text).filter((deal) => deal.recipient === "CN")).toEqual([]);
  });

  it.each([
    ["en", "Beijing will deliver 20 JF-17 aircraft to Pakistan next month.", "CN", "PK"],
    ["fr", "Pékin livrera 20 JF-17 au Pakistan le mois prochain.", "CN", "PK"],
  ])(
    "lets a 'to' right after the delivery verb outweigh the catalogue origin (%s)",
    (_lang, text, from, to) => {
      const [deal] = dealsOf("JF-17", text);
      expect([deal?.supplier, deal?.recipient]).toEqual([from, to]);
    },
  );
});

describe("factions and sides that are not parties", () => {
  it.each([
    ["ar", "تسلمت قوات حفتر ست طائرات مسيرة من الأردن الشهر الماضي."],
    ["ar", "تسلمت مليشيات حفتر ست طائرات مسيرة من الأردن وفقا لعقد وقعه الطرفان."],
    ["en", "Jordan delivered six drones to Haftar's forces last month."],
    ["fr", "La Jordanie a livré six drones aux forces de Haftar le mois dernier."],
  ])("reads Haftar's forces as Libya's (%s)", (_lang, text) => {
    const [deal] = dealsOf("Libya", text);
    expect([deal?.supplier, deal?.recipient]).toEqual(["JO", "LY"]);
  });

  it.each([
    ["ar", "تسلم الأردن ست طائرات مسيرة من الصين بتمويل من الإمارات."],
    ["en", "Jordan bought six Wing Loong drones from China, financed by the UAE."],
    ["fr", "La Jordanie a acheté six drones Wing Loong à la Chine, financés par les Émirats."],
  ])("takes no party from the one who pays (%s)", (_lang, text) => {
    expect(dealsOf("Drones", text).map((deal) => deal.parties)).toEqual(["CN-JO"]);
  });

  it.each([
    ["ar", "اشترت مصر مسيرات وينغ لونغ من الصين، في سوق تهيمن عليها الولايات المتحدة."],
    ["en", "Egypt bought Wing Loong drones from China, in a market dominated by the United States."],
    ["fr", "L'Égypte a acheté des drones Wing Loong à la Chine, sur un marché dominé par les États-Unis."],
  ])("takes no party from a point of comparison (%s)", (_lang, text) => {
    expect(dealsOf("Drones", text)).toEqual([
      { parties: "CN-EG", supplier: "CN", recipient: "EG", status: "signed" },
    ]);
  });

  it.each([
    ["ar", "اتهمت أوكرانيا إيران بتزويد روسيا بمسيرات شاهد."],
    ["ar", "أوكرانيا تتهم إيران بتزويد روسيا بمسيرات شاهد."],
    ["en", "Ukraine accused Iran of supplying Shahed drones to Russia."],
    ["fr", "L'Ukraine accuse l'Iran d'avoir fourni des drones Shahed à la Russie."],
  ])("keeps the accuser out and the accusation a rumour (%s)", (_lang, text) => {
    expect(dealsOf("Drones", text)).toEqual([
      { parties: "IR-RU", supplier: "IR", recipient: "RU", status: "rumoured" },
    ]);
  });

  it.each([
    [
      "en",
      "Ukraine's military intelligence spokesman said that Russia has received new Shahed drones from Iran.",
    ],
    ["ar", "قال المتحدث باسم الاستخبارات الأوكرانية إن روسيا تسلمت مسيرات شاهد جديدة من إيران."],
  ])("keeps a speaker's country out where two others are the sides (%s)", (_lang, text) => {
    expect(dealsOf("Drones", text).map((deal) => deal.parties)).toEqual(["IR-RU"]);
  });

  it("keeps a speaker's country that is a side itself (en)", () => {
    expect(
      dealsOf("Deal", "Egypt's defence minister said that the country had bought Rafale jets from France."),
    ).toEqual([{ parties: "EG-FR", supplier: "FR", recipient: "EG", status: "signed" }]);
  });

  it.each([
    ["fr", "Le Maroc a acheté des drones Bayraktar TB2 à la Turquie en 2021."],
    ["fr", "Le Pakistan a acheté à la Chine des drones Wing Loong pour son armée."],
  ])("reads à after a French buying verb as the seller (%s)", (_lang, text) => {
    const [deal] = dealsOf("Achat", text);
    expect([deal?.supplier, deal?.recipient]).toEqual(
      text.startsWith("Le Maroc") ? ["TR", "MA"] : ["CN", "PK"],
    );
  });
});

describe("the stage a deal is at", () => {
  it.each([
    ["ar", "نفت طهران أن تكون قد سلمت مسيرات شاهد إلى روسيا.", "denied"],
    ["en", "Tehran says it has not supplied Shahed drones to Russia.", "denied"],
    ["fr", "Téhéran affirme qu'il n'a pas livré de drones Shahed à la Russie.", "denied"],
    ["en", "Morocco is considering buying J-10 fighters from China.", "rumoured"],
    ["fr", "Le Maroc envisage d'acheter des chasseurs J-10 à la Chine.", "rumoured"],
    ["ar", "وتحدثت تقارير عن صفقة محتملة لشراء مقاتلات جي-10 من الصين لصالح المغرب.", "rumoured"],
    ["en", "The United States is considering a request by Morocco to buy F-35 jets.", "under negotiation"],
  ])("reads a denial, an accusation or a possibility (%s: %s)", (_lang, text, status) => {
    expect(dealsOf("Deal", text).map((deal) => deal.status)).toEqual([status]);
  });

  it.each([
    ["ar", "فازت شركة بايكار التركية بعقد قيمته 300 مليون دولار لتزويد الكويت بمسيرات بيرقدار تي بي 2."],
    ["en", "Turkey's Baykar has won a $300 million deal to supply TB2 drones to Kuwait."],
    ["fr", "Baykar a remporté un contrat de 300 millions de dollars pour fournir des drones TB2 au Koweït."],
  ])("reads a contract won as signed (%s)", (_lang, text) => {
    expect(dealsOf("Deal", text)).toEqual([
      { parties: "KW-TR", supplier: "TR", recipient: "KW", status: "signed" },
    ]);
  });

  it.each([
    ["ar", "وقعت مصر عقدا مع ألمانيا لشراء أربع فرقاطات ميكو، وحددت مواعيد التسليم الأولى."],
    ["en", "Egypt signed a contract with Germany for four MEKO frigates, with first delivery dates set."],
    [
      "fr",
      "L'Égypte a signé avec l'Allemagne un contrat pour quatre frégates MEKO, les dates de livraison sont fixées.",
    ],
  ])("reads a signed contract that sets delivery dates as signed (%s)", (_lang, text) => {
    expect(dealsOf("Deal", text).map((deal) => deal.status)).toEqual(["signed"]);
  });

  it.each([
    ["ar", "تستعد كوريا الجنوبية وبولندا لتوقيع صفقة دبابات كيه 2 في أبريل."],
    ["en", "Indonesia will sign the Rafale contract with France; the signing will take place this year."],
  ])("reads a signing to come as agreed (%s)", (_lang, text) => {
    expect(dealsOf("Deal", text).map((deal) => deal.status)).toEqual(["agreed"]);
  });

  it.each([
    [
      "ar",
      "وافقت بولندا على شراء 180 دبابة كيه 2 من كوريا الجنوبية. ووقع البلدان الصفقة في حفل رسمي يوم الجمعة.",
    ],
    [
      "en",
      "Poland agreed to buy 180 K2 tanks from South Korea. The contract was signed at a ceremony in Warsaw on Friday.",
    ],
    [
      "fr",
      "La Pologne a approuvé l'achat de 180 chars K2 à la Corée du Sud. Le contrat a été signé vendredi à Varsovie.",
    ],
  ])("moves an agreed purchase on when a later sentence reports its signing (%s)", (_lang, text) => {
    expect(dealsOf("Deal", text)).toEqual([
      { parties: "KR-PL", supplier: "KR", recipient: "PL", status: "signed" },
    ]);
  });

  it.each([
    ["en", "Morocco and the United States held the African Lion exercise, and two HIMARS units took part."],
    [
      "fr",
      "Le Maroc et les États-Unis ont mené l'exercice African Lion, deux unités HIMARS y ont participé.",
    ],
  ])("gives an exercise no quantity (%s)", (_lang, text) => {
    const [exercise] = extractText("Exercise", text).deals;
    expect(exercise?.kind).toBe("exercise");
    expect(exercise?.quantity).toBeNull();
  });
});

describe("one deal per contract", () => {
  it.each([
    [
      "en",
      "Egypt signed a $245 million contract with Germany for MEKO A-200 frigates in 2022. Egypt later signed a $155 million contract with Germany for more MEKO A-200 frigates.",
    ],
    [
      "fr",
      "L'Égypte a signé un contrat de 245 millions de dollars avec l'Allemagne pour des frégates MEKO A-200. L'Égypte a ensuite signé un contrat de 155 millions de dollars avec l'Allemagne pour d'autres frégates MEKO A-200.",
    ],
  ])("keeps two contracts of one pair with different values apart (%s)", (_lang, text) => {
    const values = extractText("Frigates", text).deals.map((deal) => deal.value?.amount);
    expect(values).toEqual([245_000_000, 155_000_000]);
  });

  it.each([
    [
      "en",
      "Egypt ordered two Type 209 submarines from Germany in 2006, and they were delivered in 2010. In 2018 Egypt ordered two more Type 209 submarines from Germany.",
    ],
    [
      "ar",
      "اشترت مصر مقاتلتين من طراز رافال من فرنسا عام 2015، وتسلمت المقاتلتين عام 2017. وفي عام 2021 اشترت مصر مقاتلتين أخريين من طراز رافال من فرنسا.",
    ],
  ])("reads a delivery dated beside its order as that order, with the order's year (%s)", (_lang, text) => {
    const deals = extractText("Submarines", text).deals.map((deal) => [deal.status, deal.year]);
    expect(deals).toEqual([
      ["delivered", text.includes("2006") ? 2006 : 2015],
      ["signed", text.includes("2006") ? 2018 : 2021],
    ]);
  });
});
