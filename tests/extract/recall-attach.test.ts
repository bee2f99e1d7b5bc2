/**
 * Deal recall on the shapes of real reporting (issue #14): a deal that names no system takes
 * the one the article names for it (the headline's, a package listed two sentences on, the one
 * system of the supplier's side), never a system of another category; and sales stated in
 * reported speech or wire framing — an agency as the seller, "won a $N contract to export",
 * a past purchase, a reported transfer and its denial, an approval noun with a pronoun, a
 * notification to Congress, a government-to-government agreement. Own sentences, en/fr/ar.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "./own-text.js";

interface Case {
  name: string;
  title: string;
  text: string;
  /** "SUPPLIER>RECIPIENT status systems" of each deal, systems joined by +, "-" for none. */
  deals: string[];
}

const shape = (title: string, text: string): string[] =>
  extractText(title, text)
    .deals.map(
      (deal) =>
        `${deal.supplier ?? "?"}>${deal.recipient ?? "?"} ${deal.status} ${deal.systemIds.join("+") || "-"}`,
    )
    .sort();

function check(cases: Case[]): void {
  it.each(cases)("$name", ({ title, text, deals }) => {
    expect(shape(title, text)).toEqual([...deals].sort());
  });
}

describe("the headline names the system the lead deal only calls 'the deal'", () => {
  check([
    {
      name: "en",
      title: "Morocco orders Caesar howitzers",
      text: "Morocco has signed the deal with France, the ministry said on Tuesday.",
      deals: ["FR>MA signed caesar"],
    },
    {
      name: "fr",
      title: "Le Maroc commande des canons Caesar",
      text: "Le Maroc a signé le contrat avec la France, a indiqué mardi le ministère.",
      deals: ["FR>MA signed caesar"],
    },
    {
      name: "ar",
      title: "المغرب يطلب مدافع قيصر",
      text: "وقع المغرب الصفقة مع فرنسا، حسبما أفادت الوزارة الثلاثاء.",
      deals: ["FR>MA signed caesar"],
    },
  ]);
});

describe("a package's systems listed past a sentence that names nothing", () => {
  check([
    {
      name: "fr",
      title: "Contrats",
      text: "Mardi, la France a signé des contrats de vente avec la Grèce. Ce ne sont pas de petits contrats. Ils portent sur 18 avions Rafale et des missiles Meteor.",
      deals: ["FR>GR signed rafale"],
    },
    {
      name: "en",
      title: "Contracts",
      text: "On Tuesday, France signed sales contracts with Greece. These are not small contracts. They cover 18 Rafale jets and Meteor missiles.",
      deals: ["FR>GR signed rafale"],
    },
    {
      name: "ar",
      title: "عقود",
      text: "وقعت فرنسا الثلاثاء عقود بيع مع اليونان. وهي ليست عقودا صغيرة. وتشمل 18 طائرة رافال وصواريخ ميتيور.",
      deals: ["FR>GR signed rafale"],
    },
  ]);
});

describe("the one system of the supplier's side, a rival's system beside it", () => {
  check([
    {
      name: "en",
      title: "Air defence for Cairo",
      text: "Egypt bought an air defence system from China. The army said the HQ-9B is now operational, a system often compared with the Russian S-400.",
      deals: ["CN>EG signed hq-9b"],
    },
    {
      name: "fr",
      title: "Défense aérienne",
      text: "L'Égypte a confirmé l'achat d'un système de défense aérienne chinois. Selon l'armée, le HQ-9B est opérationnel, un système souvent comparé au S-400 russe.",
      deals: ["CN>EG signed hq-9b"],
    },
    {
      name: "ar",
      title: "دفاع جوي",
      text: "اشترت مصر منظومة دفاع جوي صينية. وقال الجيش إن منظومة HQ-9B باتت جاهزة، وهي منظومة تقارن غالبا بمنظومة إس-400 الروسية.",
      deals: ["CN>EG signed hq-9b"],
    },
  ]);
});

describe("never a system of another category than the deal's own noun", () => {
  it("frigates do not take the fighter named next", () => {
    const [deal] = extractText(
      "Ships",
      "Egypt signed a deal with France for 2 frigates. Egypt already flies the Rafale.",
    ).deals;
    expect(deal?.parties).toEqual(["EG", "FR"]);
    expect(deal?.systemIds).toEqual([]);
  });
});

describe("an agency sells for its country", () => {
  check([
    {
      name: "en",
      title: "Kuwait",
      text: "The State Department approved the sale of air defence systems to Kuwait worth $3 billion.",
      deals: ["US>KW agreed -"],
    },
    {
      name: "fr",
      title: "Koweït",
      text: "Le département d'État a approuvé la vente de systèmes de défense aérienne au Koweït.",
      deals: ["US>KW agreed -"],
    },
    {
      name: "ar",
      title: "الكويت",
      text: "وافقت وزارة الخارجية الأمريكية، على بيع منظومات دفاع جوي إلى الكويت بقيمة 3 مليارات دولار.",
      deals: ["US>KW agreed -"],
    },
  ]);
});

describe("a firm reported to have won a contract of any size to export", () => {
  check([
    {
      name: "en",
      title: "Guns",
      text: "Hanwha Aerospace said on Monday that it had won a $300 million contract to export K9 howitzers to Vietnam.",
      deals: ["KR>VN signed k9"],
    },
    {
      name: "ar",
      title: "مدافع",
      text: "قالت شركة هانوا الكورية الجنوبية، الاثنين، إنها فازت بعقد بقيمة 300 مليون دولار لتصدير مدافع K9 إلى فيتنام.",
      deals: ["KR>VN signed k9"],
    },
    {
      name: "fr",
      title: "Canons",
      text: "Hanwha a annoncé lundi avoir remporté un contrat de 300 millions de dollars pour exporter des canons K9 au Vietnam.",
      deals: ["KR>VN signed k9"],
    },
  ]);
});

describe("a past purchase", () => {
  check([
    {
      name: "ar: سبق لـ",
      title: "مشتريات",
      text: "وقد سبق لقطر شراء مروحيات أباتشي من الولايات المتحدة.",
      deals: ["US>QA signed ah-64"],
    },
    {
      name: "fr: avait acheté",
      title: "Achats",
      text: "Le Qatar avait acheté des hélicoptères Apache aux États-Unis.",
      deals: ["US>QA signed ah-64"],
    },
    {
      name: "en: had bought",
      title: "Purchases",
      text: "Qatar had previously bought Apache helicopters from the United States.",
      deals: ["US>QA signed ah-64"],
    },
  ]);
});

describe("a reported transfer, denied in the next sentence", () => {
  check([
    {
      name: "en",
      title: "Missiles",
      text: "A newspaper reported on Sunday that Iran had transferred Fateh-360 missiles to Russia. Tehran denied the report.",
      deals: ["IR>RU denied fateh-360"],
    },
    {
      name: "fr",
      title: "Missiles",
      text: "Selon un journal, l'Iran a livré des missiles Fateh-360 à la Russie. Téhéran a démenti.",
      deals: ["IR>RU denied fateh-360"],
    },
    {
      name: "ar",
      title: "صواريخ",
      text: "ذكرت صحيفة الأحد أن إيران سلمت صواريخ فاتح-360 إلى روسيا. ونفت طهران ذلك.",
      deals: ["IR>RU denied fateh-360"],
    },
  ]);
  check([
    {
      name: "en: a firm denying a link between sales denies no deal",
      title: "Jets",
      text: "The United States approved the sale of F-15 jets to Qatar. Boeing and the Qatari airline denied any link between the two sales.",
      deals: ["US>QA agreed f-15"],
    },
    {
      name: "ar: a firm denying a link between sales denies no deal",
      title: "طائرات",
      text: "وافقت الولايات المتحدة على بيع طائرات إف-15 إلى قطر. ونفت شركة بوينغ والخطوط الجوية القطرية أي صلة بين الصفقتين.",
      deals: ["US>QA agreed f-15"],
    },
  ]);
  it("a transfer reported with no denial took place", () => {
    expect(
      shape("Missiles", "A newspaper reported that Iran had transferred Fateh-360 missiles to Russia."),
    ).toEqual(["IR>RU delivered fateh-360"]);
  });
});

describe("approvals: a noun with its pronoun, a notification to Congress", () => {
  check([
    {
      name: "ar: موافقتها المبدئية",
      title: "إف-15",
      text: "أعلنت الولايات المتحدة موافقتها المبدئية على بيع ثماني طائرات إف-15 إلى قطر.",
      deals: ["US>QA agreed f-15"],
    },
    {
      name: "ar: أبلغت الكونغرس باحتمال بيع",
      title: "إف-15",
      text: "أبلغت وزارة الخارجية الأمريكية الكونغرس باحتمال بيع طائرات إف-15 إلى قطر.",
      deals: ["US>QA agreed f-15"],
    },
    {
      name: "en: notified Congress",
      title: "F-15 for Qatar",
      text: "The State Department notified Congress of a possible sale of F-15 jets to Qatar.",
      deals: ["US>QA agreed f-15"],
    },
  ]);
});

describe("a government-to-government agreement for systems is a purchase", () => {
  it("en", () => {
    const [deal] = extractText(
      "Drones",
      "A government-to-government agreement was signed between Turkey and Indonesia for Bayraktar TB2 drones.",
    ).deals;
    expect(deal?.kind).toBe("acquisition");
    expect(`${deal?.supplier}>${deal?.recipient} ${deal?.status} ${deal?.systemIds.join("+")}`).toBe(
      "TR>ID signed bayraktar-tb2",
    );
  });
});
