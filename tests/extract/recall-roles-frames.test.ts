/**
 * Recall frames that need roles.ts (proposed, not applied on branch frames): the customer of a
 * contract ("won a contract from", «بعقد من», "l'achat par"), an Arabic army demonym before
 * the equipment noun, one buyer of several suppliers, earlier buyers listed before the clause
 * whose ordinal counts the buyer. Own sentences, en/fr/ar.
 */
import { checkFrames, type Frame } from "./frame-harness.js";

const FRAMES: Frame[] = [
  {
    name: "en: a company wins a contract from its customer",
    text: "Helicopters for Warsaw\nLeonardo won a contract from Poland to supply 32 AW149 helicopters.",
    deals: ["IT>PL acquisition signed systems=aw149 q=32"],
  },
  {
    name: "ar: a company wins a contract from its customer",
    text: "مروحيات للجزائر\nفازت شركة ليوناردو الإيطالية بعقد من الجزائر لتوريد 6 مروحيات AW101.",
    deals: ["IT>DZ acquisition signed systems=aw101 q=6"],
  },
  {
    name: "fr: the purchase noun with its buyer after par",
    text: "Abu Dhabi paie\nDassault a reçu le premier acompte du contrat portant sur l'acquisition par les Émirats arabes unis de 80 Rafale.",
    deals: ["FR>AE acquisition signed systems=rafale q=80"],
  },
  {
    name: "en: the purchase noun with its buyer after by",
    text: "Jets for Athens\nThe purchase by Greece of 18 Rafale jets was signed in January.",
    deals: ["FR>GR acquisition signed systems=rafale q=18"],
  },
  {
    name: "ar: the army named by its demonym receives",
    text: "غواصة\nتسلمت القوات البحرية الجزائرية غواصة روسية جديدة من طراز كيلو.",
    deals: ["RU>DZ acquisition delivered"],
  },
  {
    name: "en: two suppliers of one buyer, the same number from each",
    text: "Drones\nMorocco received 6 Bayraktar TB2 from Turkey and the same number from Qatar.",
    deals: ["TR>MA acquisition delivered q=null", "QA>MA acquisition delivered q=null"],
  },
  {
    name: "ar: two suppliers of one buyer",
    text: "مقاتلات\nاشترت تركيا مقاتلات يوروفايتر تايفون من قطر ومن سلطنة عمان.",
    deals: ["QA>TR acquisition signed", "OM>TR acquisition signed"],
  },
  {
    name: "fr: two suppliers of one buyer",
    text: "Chasseurs\nLa Turquie a acheté 24 Eurofighter Typhoon auprès du Qatar et auprès d'Oman.",
    deals: ["QA>TR acquisition signed q=null", "OM>TR acquisition signed q=null"],
  },
  {
    name: "en: earlier buyers listed before the clause that counts the buyer",
    text: "Drones\nAfter Qatar and Ukraine, Morocco became the third buyer of the Bayraktar TB2 from Turkey.",
    deals: [
      "TR>QA acquisition signed systems=bayraktar-tb2",
      "TR>UA acquisition signed systems=bayraktar-tb2",
      "TR>MA acquisition signed systems=bayraktar-tb2",
    ],
  },
  {
    name: "fr: earlier buyers listed before the clause that counts the buyer",
    text: "Drones\nLe Maroc a acquis 13 drones Bayraktar TB2. Après le Qatar, le Maroc sera le deuxième acheteur de ces drones.",
    deals: [
      "TR>MA acquisition signed systems=bayraktar-tb2 q=13",
      "TR>QA acquisition signed systems=bayraktar-tb2 q=null",
    ],
  },
  {
    name: "ar: earlier buyers listed before the clause that counts the buyer",
    text: "مسيرات\nبعد قطر وأوكرانيا، أصبح المغرب ثالث مشتر لمسيرات بيرقدار تي بي 2 التركية.",
    deals: [
      "TR>MA acquisition signed systems=bayraktar-tb2",
      "TR>QA acquisition signed systems=bayraktar-tb2",
      "TR>UA acquisition signed systems=bayraktar-tb2",
    ],
  },
  {
    name: "en: without an ordinal, a country after 'after' is no earlier buyer",
    text: "Drones\nAfter talks with Qatar, Morocco bought the Bayraktar TB2 from Turkey.",
    deals: ["TR>MA acquisition signed systems=bayraktar-tb2"],
  },
];

checkFrames(FRAMES);
