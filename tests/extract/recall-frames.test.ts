/**
 * Recall frames: deals real reporting states in ways the extractor first missed — a company
 * winning a contract from its customer, a purchase named as a noun with its buyer ("l'achat par",
 * "the purchase by"), a confirmed acquisition, the French present "achète", a signature noun, a
 * down payment, entry into service, a request to obtain, and a purchase whose system the next
 * sentence names. Each construction in the languages it occurs in, in sentences written for this
 * suite; the negative frames keep what must stay out (a neighbour's system from another maker).
 */
import { checkFrames, type Frame } from "./frame-harness.js";

const FRAMES: Frame[] = [
  {
    name: "fr: une entreprise remporte un contrat de son client",
    text: "Sous-marins pour Bucarest\nNaval Group a remporté un contrat de la Roumanie pour la fourniture de sous-marins Scorpène.",
    deals: ["FR>RO acquisition signed systems=scorpene"],
  },
  {
    name: "fr: a country wins a contract with its buyer",
    text: "Rafale pour Delhi\nLa France remporte un contrat avec l'Inde pour 26 Rafale Marine.",
    deals: ["FR>IN acquisition signed q=26"],
  },
  {
    name: "fr: a confirmed acquisition is signed",
    text: "Alger achète\nL'Algérie vient de confirmer l'acquisition de 14 chasseurs Su-57.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=14"],
  },
  {
    name: "en: a confirmed order is signed",
    text: "Cairo buys\nEgypt confirmed the order for 30 more Rafale jets.",
    deals: ["FR>EG acquisition signed systems=rafale q=30"],
  },
  {
    name: "fr: the present achète is a purchase made",
    text: "Doha achète\nLe Qatar achète 24 Rafale pour 6,3 milliards d'euros.",
    deals: ["FR>QA acquisition signed systems=rafale q=24 v=6300000000"],
  },
  {
    name: "fr: the signature of the agreement is its signing, a planned one is not",
    text: "Accord\nLa signature de l'accord portant sur l'achat de 26 Rafale Marine par l'Inde a été confirmée lundi.\nLa signature prévue du contrat de 12 hélicoptères Caracal avec l'Irak aura lieu en mai.",
    deals: ["FR>IN acquisition signed q=26", "FR>IQ acquisition agreed q=12"],
  },
  {
    name: "en: entering service is delivery",
    text: "Submarine\nThe Indian Navy commissioned its first Scorpene submarine bought from France.",
    deals: ["FR>IN acquisition delivered systems=scorpene"],
  },
  {
    name: "fr: la mise en service est une livraison",
    text: "Frégate\nLa frégate FREMM commandée par l'Égypte à la France est entrée en service en 2017.",
    deals: ["FR>EG acquisition delivered systems=fremm"],
  },
  {
    name: "ar: a concluded deal (عقد صفقة) is signed",
    text: "صفقة\nتم عقد صفقة شراء 12 مقاتلة سو-35 من روسيا لصالح مصر.",
    deals: ["RU>EG acquisition signed systems=su-35 q=12"],
  },
  {
    name: "ar: what a party gets under an agreement (بموجبه) is signed",
    text: "غواصات\nهذه هي الصفقة التي حصلت بموجبها مصر على 24 مقاتلة رافال من فرنسا.",
    deals: ["FR>EG acquisition signed systems=rafale q=24"],
  },
  {
    name: "ar: a request to obtain is under negotiation",
    text: "طلب\nقدم العراق طلب الحصول على 12 مقاتلة رافال من فرنسا.",
    deals: ["FR>IQ acquisition under negotiation systems=rafale q=12"],
  },
  {
    name: "en: the system of a purchase in the next sentence",
    text: "Iraq buys jets\nIraq has signed an agreement to buy 18 fighter jets from the United States. An adviser said Iraq has made a first payment for the F-16 jets.",
    deals: ["US>IQ acquisition signed systems=f-16 q=18"],
  },
  {
    name: "en: the next sentence names the system and so the supplier",
    text: "Warsaw buys\nPoland signed a contract with South Korea for 48 light combat aircraft. The FA-50 jets will arrive from 2023.",
    deals: ["KR>PL acquisition signed systems=fa-50"],
  },
  {
    name: "fr: the system later in the same sentence",
    text: "Drones\nLa Turquie et la Pologne ont signé un accord pour la vente de drones turcs, la Pologne devenant le premier pays de l'OTAN à recevoir le Bayraktar TB2.",
    deals: ["TR>PL acquisition signed systems=bayraktar-tb2"],
  },
  {
    name: "en: a neighbour's system from another maker is not carried over",
    text: "Deal\nIraq signed a contract with the United States for 18 fighter jets. Its air force also flies the Russian Su-25.",
    deals: ["?>? acquisition signed systems="],
  },
  {
    name: "en: a neighbour naming a third country keeps its system",
    text: "Deal\nIraq signed a contract with the United States for 18 fighter jets. Jordan flies the F-16 too.",
    deals: ["?>? acquisition signed systems="],
  },
  {
    name: "en: digit groups are one number, a number before a scale word is money",
    text: "Vehicles\nThe United States approved a $1 billion sale of 2,747 Joint Light Tactical Vehicles to the United Kingdom.",
    deals: ["US>GB acquisition agreed systems=jltv q=2747 v=1000000000"],
  },
  {
    name: "fr: a number in spaced groups is one number",
    text: "Blindés\nLe Maroc a acheté 1 200 blindés Humvee aux États-Unis.",
    deals: ["US>MA acquisition signed systems=humvee q=1200"],
  },
  {
    name: "en: the count of a title is not read from its price",
    text: "Kuwait deal\nUS approves $2 billion Abrams deal for Kuwait",
    deals: ["US>KW acquisition agreed systems=m1-abrams q=null v=2000000000"],
  },
  {
    name: "ar: asides between the approving subject and the purchase",
    text: "موافقة\nوافقت الحكومة المغربية، بشكل نهائي، أمس، على شراء 24 مروحية أمريكية من طراز أباتشي.",
    deals: ["US>MA acquisition agreed systems=ah-64 q=24"],
  },
  {
    name: "ar: a future purchase with the conjunction is decided, not signed",
    text: "شراء\nوستشتري مصر 12 مقاتلة رافال من فرنسا.",
    deals: ["FR>EG acquisition agreed systems=rafale q=12"],
  },
  {
    name: "en: the first of an order is a batch, not the order's size",
    text: "Jets\nJordan has signed a contract to buy 12 F-16 jets from the United States. Jordan's first three F-16 jets will arrive in 2027.",
    deals: ["US>JO acquisition signed systems=f-16 q=12"],
  },
  {
    name: "ar: the first of an order is a batch, not the order's size",
    text: "مروحيات\nتستعد تونس لاستقبال أول أربع مروحيات بلاك هوك من الولايات المتحدة ضمن صفقة تشمل 8 وحدات.",
    deals: ["US>TN acquisition signed q=8"],
  },
  {
    name: "en: a purchase dated in the past is a purchase made",
    text: "Jets\nThe new contract follows Greece's purchase in 2021 of 18 Rafale jets.",
    deals: ["FR>GR acquisition signed systems=rafale q=18 y=2021"],
  },
  {
    name: "en: a dated purchase that is a schedule is not made",
    text: "Jets\nGreece's purchase of Rafale jets from France is expected in 2027.",
    deals: [],
  },
  {
    name: "ar: a future export to a buyer is decided",
    text: "مسيرات\nأعلنت تركيا أنها ستصدر 12 مسيرة بيرقدار تي بي 2 إلى رومانيا.",
    deals: ["TR>RO acquisition agreed systems=bayraktar-tb2 q=12"],
  },
  {
    name: "ar: what a buyer will get is decided",
    text: "صواريخ\nأما قطر، فستحصل على 300 صاروخ باتريوت من الولايات المتحدة.",
    deals: ["US>QA acquisition agreed systems=patriot q=300"],
  },
  {
    name: "ar: both sides discussing a purchase, an intention to buy",
    text: "مباحثات\nيبحثان شراء العراق 10 مروحيات مي-28 من روسيا.\nوأعربت الكويت عن نيتها شراء معدات عسكرية أخرى من فرنسا.",
    deals: ["RU>IQ acquisition under negotiation systems=mi-28", "FR>KW acquisition under negotiation"],
  },
  {
    name: "en: buyers listed after countries including",
    text: "Drones\nThe Bayraktar TB2 has been sold to countries including Ukraine, Qatar and Poland.",
    deals: [
      "TR>UA acquisition signed systems=bayraktar-tb2",
      "TR>QA acquisition signed systems=bayraktar-tb2",
      "TR>PL acquisition signed systems=bayraktar-tb2",
    ],
  },
  {
    name: "fr: pilots in training abroad is training given (the trainer is not told from the trainee)",
    text: "Formation\nDes pilotes marocains sont en formation aux États-Unis.",
    deals: ["?>? training delivered"],
  },
];

checkFrames(FRAMES);
