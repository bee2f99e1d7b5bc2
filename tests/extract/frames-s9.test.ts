/**
 * Deal frames of real reporting read in session 9, each in the languages it occurs in; every
 * sentence is our own. Datelines and show venues name no party: the later places of a dateline
 * ("CITY, Country —", "CITY/CITY (Agency) -") and a capital before a show noun ("the Lima air
 * show") are where a story was filed or a show held. An agreement of a purchase's parties that
 * names no system and no cooperation ("signed this treaty", a headline's «إبرام اتفاق») is that
 * purchase's paperwork, and its figures are the purchase's; a cooperation agreement says so. A
 * country pressing a buyer ("the United States exerted pressure on", "ont fait pression sur",
 * «ضغطت الولايات المتحدة على») is a backdrop, never the seller's customer; so are two countries on
 * a war footing ("sont sur le pied de guerre", «على شفا الحرب») and a country feared ("inquiète des
 * ambitions de la Russie", "wary of Russia").
 *
 * Stages: a delivery a contract provides for ("a contract for the delivery of", «عقد تسليم»,
 * "prévoyant la livraison") is no delivery; a negated stage is not that stage (a contract never
 * cancelled stands, one not yet signed is still negotiated); an announced contract or sale ("a
 * annoncé la vente") is signed, a signing intended ("entend signer") agreed, an intention to buy
 * ("son intention d'acheter", "its intention to buy") under negotiation, as "intends to" is; a delivery to come
 * after its noun ("les livraisons devraient débuter", "deliveries should begin") or coordinated
 * with a future verb ("will be built … and delivered") is of a contract, not a delivery made. A range of counts ("de 6 à 14",
 * "between 6 and 14", «بين 6 و14») states no one quantity: a wrong figure is worse than none;
 * بليون (Levantine and Gulf copy) is a billion.
 * Earlier buyers in a clause of their own after an ordinal ("the third country to buy …, after
 * the United Arab Emirates and Saudi Arabia") are buyers too, an article before a name or not.
 */
import { checkFrames, type Frame } from "./frame-harness.js";

const DATELINES: Frame[] = [
  {
    name: "en: a dateline's country after its city",
    text: "Jakarta keeps its order\nKUALA LUMPUR, Malaysia — Indonesia signed a contract with Russia for 11 Su-35 fighters.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
    notCountries: ["MY"],
  },
  {
    name: "fr: a dateline's second city is no missile",
    text: "Doha commande des hélicoptères\nPARIS/MILAN (Reuters) - Le Qatar a signé un contrat avec la France pour 28 hélicoptères NH90.",
    deals: ["FR>QA acquisition signed systems=nh90 q=28"],
    notCountries: ["IT"],
  },
  {
    name: "ar: a dateline's country after its city",
    text: "جاكرتا تتمسك بالصفقة\nكوالالمبور، ماليزيا - وقعت إندونيسيا عقدا مع روسيا لشراء 11 مقاتلة سو-35.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
    notCountries: ["MY"],
  },
  {
    name: "en: a capital before a show noun is the venue",
    text: "Talks at the show\nAt the Lima air show, Malaysia signed a contract with Turkey for three Anka drones.",
    deals: ["TR>MY acquisition signed systems=anka q=3"],
    notCountries: ["PE"],
  },
  {
    name: "en: a capital opening a sentence, not a dateline, is still its country",
    text: "Russian missiles for Delhi\nMoscow, which makes the S-400, signed a contract with India for five systems.",
    deals: ["RU>IN acquisition signed systems=s-400 q=5"],
  },
];

checkFrames(DATELINES);

const PAPERWORK: Frame[] = [
  {
    name: "en: 'signed this treaty' after a purchase is its paperwork",
    text: 'Jakarta and Moscow\nIndonesia has suspended a contract to buy Su-35 fighters from Russia and waits for better times, its envoy said. "Indeed, some years ago Russia and Indonesia signed this treaty. It was put on hold," he said.',
    deals: ["RU>ID acquisition cancelled systems=su-35"],
  },
  {
    name: "fr: the intergovernmental agreement of an order, and its amount",
    text: "L'Inde signe\nLa commande de 26 Rafale Marine est enfin paraphée par l'Inde. Il fallait aussi que l'accord intergouvernemental entre la France et l'Inde soit signé. Le montant de la commande atteint 6,5 milliards d'euros.",
    deals: ["FR>IN acquisition signed systems=rafale-m q=26 v=6500000000"],
  },
  {
    name: "ar: a headline's agreement of the body's purchase",
    text: "إبرام اتفاق بين طهران وموسكو\nوقعت إيران عقدا مع روسيا لشراء مقاتلات سو-35.",
    deals: ["RU>IR acquisition signed systems=su-35"],
  },
  {
    name: "ar: a cooperation agreement stays one",
    text: "الرباط وواشنطن\nوقع المغرب والولايات المتحدة اتفاقية تعاون عسكري العام الماضي. وفي مايو وقع المغرب عقدا مع الولايات المتحدة لشراء 24 مقاتلة إف-16.",
    deals: ["?>? cooperation agreement signed", "US>MA acquisition signed systems=f-16 q=24"],
  },
  {
    name: "en: a cooperation agreement stays one",
    text: "Rabat and Washington\nMorocco and the United States signed a military cooperation agreement last year. In May, Morocco signed a contract with the United States for 24 F-16 jets.",
    deals: ["?>? cooperation agreement signed", "US>MA acquisition signed systems=f-16 q=24"],
  },
];

checkFrames(PAPERWORK);

const PRESSURE: Frame[] = [
  {
    name: "en: the country exerting pressure is no party",
    text: "Jakarta resists\nThe United States exerted pressure on Indonesia to abandon its talks with Russia for the purchase of 11 Su-35 fighters.",
    deals: ["RU>ID acquisition under negotiation systems=su-35 q=11"],
    notCountries: ["US"],
  },
  {
    name: "fr: the country exerting pressure is no party",
    text: "Jakarta résiste\nLes États-Unis ont fait pression sur l'Indonésie pour qu'elle renonce à ses négociations avec la Russie sur l'achat de 11 Su-35.",
    deals: ["RU>ID acquisition under negotiation systems=su-35 q=11"],
    notCountries: ["US"],
  },
  {
    name: "ar: the country exerting pressure is no party",
    text: "جاكرتا تقاوم\nوقعت إندونيسيا عقدا مع روسيا لشراء 11 مقاتلة سو-35، وضغطت الولايات المتحدة على جاكرتا للتخلي عنه.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
    notCountries: ["US"],
  },
  {
    name: "ar: a country pressing after its name is no party",
    text: "جاكرتا تقاوم\nوقعت إندونيسيا عقدا مع روسيا لشراء 11 مقاتلة سو-35 رغم أن الولايات المتحدة تضغط على جاكرتا.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
    notCountries: ["US"],
  },
  {
    name: "fr: two countries on a war footing are no deal",
    text: "Delhi commande\nLa France et l'Inde ont signé la commande de 26 Rafale Marine. Cette commande arrive alors que l'Inde et le Pakistan sont sur le pied de guerre.",
    deals: ["FR>IN acquisition signed systems=rafale-m q=26"],
    notCountries: ["PK"],
  },
  {
    name: "en: two countries on a war footing are no deal",
    text: "Delhi orders\nFrance and India signed the order for 26 Rafale Marine jets. The order comes as India and Pakistan are on a war footing.",
    deals: ["FR>IN acquisition signed systems=rafale-m q=26"],
    notCountries: ["PK"],
  },
  {
    name: "ar: two countries on a war footing are no deal",
    text: "نيودلهي تطلب\nوقعت فرنسا والهند صفقة 26 مقاتلة رافال مارين. وتأتي الصفقة بينما الهند وباكستان على شفا الحرب.",
    deals: ["FR>IN acquisition signed systems=rafale-m q=26"],
    notCountries: ["PK"],
  },
  {
    name: "fr: a country feared is no party",
    text: "Varsovie veut des Caracal\nLa Pologne, inquiète des ambitions de la Russie, a annoncé son intention d'acquérir 50 hélicoptères Caracal.",
    deals: ["FR>PL acquisition under negotiation systems=h225m q=50"],
    notCountries: ["RU"],
  },
  {
    name: "en: a country feared is no party",
    text: "Warsaw wants Caracals\nPoland, wary of Russia, announced its intention to buy 50 Caracal helicopters.",
    deals: ["FR>PL acquisition under negotiation systems=h225m q=50"],
    notCountries: ["RU"],
  },
];

checkFrames(PRESSURE);

const STAGES: Frame[] = [
  {
    name: "en: a contract for the delivery, to be signed",
    text: "Jets for Jakarta\nA contract for the delivery of ten Su-35 fighters to Indonesia will be signed next month, Russia said.",
    deals: ["RU>ID acquisition agreed systems=su-35 q=10"],
  },
  {
    name: "fr: an announced contract providing for a delivery",
    text: "Des hélicoptères pour Doha\nAirbus Helicopters a annoncé un contrat avec le Qatar prévoyant la livraison de 28 hélicoptères NH90.",
    deals: ["FR>QA acquisition signed systems=nh90 q=28"],
  },
  {
    name: "ar: a delivery contract to be signed",
    text: "مقاتلات لجاكرتا\nقالت روسيا إن عقد تسليم عشر مقاتلات سو-35 إلى إندونيسيا سيوقع الشهر المقبل.",
    deals: ["RU>ID acquisition agreed systems=su-35 q=10"],
  },
  {
    name: "fr: a contract providing for a delivery, no other stage",
    text: "Des hélicoptères pour Doha\nAirbus Helicopters a présenté mercredi un contrat avec le Qatar prévoyant la livraison de 28 hélicoptères NH90.",
    deals: ["FR>QA acquisition signed systems=nh90 q=28"],
  },
  {
    name: "en: a contract for the delivery, no other stage",
    text: "Jets for Jakarta\nRussia and Indonesia have a contract for the delivery of 11 Su-35 fighters.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
  },
  {
    name: "fr: an intention to buy is negotiated",
    text: "Delhi veut des Rafale\nL'Inde a confirmé son intention d'acheter 26 Rafale Marine et trois sous-marins Scorpène à la France.",
    deals: ["FR>IN acquisition under negotiation systems=rafale-m+scorpene q=26"],
  },
  {
    name: "en: an intention to buy is negotiated",
    text: "Delhi wants Rafales\nIndia confirmed its intention to buy 26 Rafale Marine jets and three Scorpene submarines from France.",
    deals: ["FR>IN acquisition under negotiation systems=rafale-m+scorpene"],
  },
  {
    name: "fr: a signing intended is to come",
    text: "Des sous-marins pour Alger\nL'Algérie entend signer cette année avec la Russie un contrat pour deux sous-marins Kilo 636.",
    deals: ["RU>DZ acquisition agreed systems=kilo-636"],
  },
  {
    name: "fr: an announced sale",
    text: "Airbus vend au Koweït\nAirbus Helicopters a annoncé la vente de 24 hélicoptères H225 Caracal au Koweït.",
    deals: ["FR>KW acquisition signed systems=h225m q=24"],
  },
  {
    name: "en: a contract never cancelled stands",
    text: "Jakarta keeps its order\nIndonesia has never cancelled its contract to buy 11 Su-35 fighters from Russia.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
  },
  {
    name: "fr: a contract never cancelled stands",
    text: "Jakarta garde sa commande\nL'Indonésie n'a jamais annulé son contrat d'achat de 11 Su-35 à la Russie.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
  },
  {
    name: "ar: a negation governs the first stage only",
    text: "جاكرتا تحافظ على الصفقة\nأكدت إندونيسيا أنه لم يتم إلغاء العقد الموقع مع روسيا لشراء 11 مقاتلة سو-35.",
    deals: ["RU>ID acquisition signed systems=su-35 q=11"],
  },
  {
    name: "en: not yet signed",
    text: "Not yet signed\nEgypt has not yet signed the contract for 24 Rafale jets with France.",
    deals: ["FR>EG acquisition under negotiation systems=rafale q=24"],
  },
  {
    name: "fr: pas encore signé",
    text: "Pas encore signé\nL'Égypte n'a pas encore signé le contrat pour 24 Rafale avec la France.",
    deals: ["FR>EG acquisition under negotiation systems=rafale q=24"],
  },
  {
    name: "ar: لم يتم توقيع",
    text: "لم يوقع بعد\nلم يتم توقيع عقد شراء 24 مقاتلة رافال بين مصر وفرنسا حتى الآن.",
    deals: ["FR>EG acquisition under negotiation systems=rafale q=24"],
  },
  {
    name: "fr: deliveries to come after their noun",
    text: "Alger attend ses chasseurs\nLes livraisons devraient débuter fin 2027 pour les 14 Su-57 russes de l'Algérie.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=14"],
  },
  {
    name: "en: deliveries to come after their noun",
    text: "Algiers awaits its jets\nDeliveries should begin in 2027 for the 14 Russian Su-57 fighters of Algeria.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=14"],
  },
  {
    name: "en: a participle coordinated with a future verb",
    text: "Ships for Karachi\nThe four MILGEM corvettes for Pakistan would be built by a state shipyard in Turkey and delivered in 2027.",
    deals: ["TR>PK acquisition signed systems=milgem q=4"],
  },
];

checkFrames(STAGES);

const RANGES: Frame[] = [
  {
    name: "ar: بليون is a billion",
    text: "صفقة مقاتلات\nوقعت إسرائيل عقدا مع الولايات المتحدة بقيمة 2.75 بليون دولار لشراء 20 مقاتلة إف-35.",
    deals: ["US>IL acquisition signed systems=f-35 q=20 v=2750000000"],
  },
  {
    name: "fr: a range of counts is no quantity",
    text: "Alger commande\nL'Algérie a commandé de 6 à 14 Su-57 auprès de la Russie.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=null"],
  },
  {
    name: "en: a range of counts is no quantity",
    text: "Algiers orders\nAlgeria has ordered between 6 and 14 Su-57 fighters from Russia.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=null"],
  },
  {
    name: "ar: a range of counts is no quantity",
    text: "الجزائر تشتري\nاشترت الجزائر من روسيا ما بين 6 و14 مقاتلة سو-57.",
    deals: ["RU>DZ acquisition signed systems=su-57 q=null"],
  },
  {
    name: "en: two counts of two systems are no range",
    text: "Algiers orders\nAlgeria ordered 14 Su-57 fighters and 12 Su-35 fighters from Russia in one contract.",
    deals: ["RU>DZ acquisition signed systems=su-57+su-35 q=null"],
  },
];

checkFrames(RANGES);

const EARLIER_BUYERS: Frame[] = [
  {
    name: "en: earlier buyers after a comma, with an article",
    text: "Baghdad buys\nIraq will be the third country to sign a deal to buy the Cheongung-II system, after the United Arab Emirates and Saudi Arabia.",
    deals: [
      "KR>IQ acquisition agreed systems=cheongung-ii",
      "KR>AE acquisition signed systems=cheongung-ii",
      "KR>SA acquisition signed systems=cheongung-ii",
    ],
  },
  {
    // "India" is also a given name: a country after it is a surname only with nothing between.
    name: "en: a long customer list, with a country that is also a given name",
    text: "Guns for Bucharest\nRomania became the ninth country to buy the K9 howitzer, after Australia, Egypt, India, Norway, Estonia, Turkey, Poland and Finland.",
    deals: ["RO", "AU", "EG", "IN", "NO", "EE", "TR", "PL", "FI"].map(
      (code) => `KR>${code} acquisition signed`,
    ),
  },
  {
    name: "ar: a long customer list after a feminine ordinal",
    text: "مدافع لبوخارست\nأصبحت رومانيا الدولة التاسعة التي تشتري مدفع K9 بعد أستراليا ومصر والهند والنرويج وإستونيا وتركيا وبولندا وفنلندا.",
    deals: ["RO", "AU", "EG", "IN", "NO", "EE", "TR", "PL", "FI"].map(
      (code) => `KR>${code} acquisition signed`,
    ),
  },
  {
    name: "en: the buyer an ordinal counts, still to come",
    text: "Guns for Bucharest\nRomania will become the ninth country to buy the K9 howitzer, after Australia, Egypt and India.",
    deals: [
      "KR>RO acquisition agreed",
      "KR>AU acquisition signed",
      "KR>EG acquisition signed",
      "KR>IN acquisition signed",
    ],
  },
  {
    name: "fr: a long customer list",
    text: "Des canons pour Bucarest\nLa Roumanie devient le neuvième pays à acheter l'obusier K9, après l'Australie, l'Égypte, l'Inde, la Norvège, l'Estonie, la Turquie, la Pologne et la Finlande.",
    deals: ["RO", "AU", "EG", "IN", "NO", "EE", "TR", "PL", "FI"].map(
      (code) => `KR>${code} acquisition signed`,
    ),
  },
];

checkFrames(EARLIER_BUYERS);

const FIRST_PERSON_SIGNING: Frame[] = [
  {
    name: "ar: a minister's 'we signed' is a signing",
    text: "طائرات للعراق\nوقال وزير الدفاع العراقي: وقعنا عقدا مع كوريا الجنوبية لشراء 24 طائرة T-50.",
    deals: ["KR>IQ acquisition signed q=24"],
  },
  {
    name: "en: a minister's 'we signed' is a signing",
    text: 'Jets for Baghdad\n"We signed a contract with South Korea for 24 T-50 jets," the Iraqi defence minister said.',
    deals: ["KR>IQ acquisition signed q=24"],
  },
  {
    name: "fr: a minister's 'nous avons signé' is a signing",
    text: "Des avions pour Bagdad\n« Nous avons signé un contrat avec la Corée du Sud pour 24 avions T-50 », a déclaré le ministre irakien de la Défense.",
    deals: ["KR>IQ acquisition signed q=24"],
  },
];

checkFrames(FIRST_PERSON_SIGNING);

const CONTEXTUAL_AGAIN: Frame[] = [
  {
    name: "en: a contextual name given with its noun once is that system again",
    text: "Guns\nRomania signed a contract with South Korea for 54 K9 howitzers, becoming the fifth country to buy the K9 after Australia, Egypt, Norway and Finland.",
    deals: ["RO", "AU", "EG", "NO", "FI"].map((code) => `KR>${code} acquisition signed systems=k9`),
  },
  {
    name: "en: a contextual name never given with its noun stays unread",
    text: "Police\nThe K9 unit of the Moroccan police received new dogs from France.",
    deals: [],
  },
];

checkFrames(CONTEXTUAL_AGAIN);

const PAST_PERFECT: Frame[] = [
  {
    name: "ar: «كانت قد وقعت» (had signed) is a past signing, not a possibility",
    text: "دبابات لقطر\nوهذه الصفقة ليست الأولى لقطر هذا العام، إذ كانت قد وقعت عقدا مع فرنسا لشراء 12 مقاتلة رافال.",
    deals: ["FR>QA acquisition signed q=12"],
  },
];

checkFrames(PAST_PERFECT);
