/**
 * Deal frames of real reporting read in session 9, each in the languages it occurs in; every
 * sentence is our own. Datelines and show venues name no party: the later places of a dateline
 * ("CITY, Country —", "CITY/CITY (Agency) -") and a capital before a show noun ("the Lima air
 * show") are where a story was filed or a show held. An agreement of a purchase's parties that
 * names no system and no cooperation ("signed this treaty", a headline's «إبرام اتفاق») is that
 * purchase's paperwork, and its figures are the purchase's; a cooperation agreement says so. A
 * country pressing a buyer ("the United States exerted pressure on", "ont fait pression sur",
 * «ضغطت الولايات المتحدة على») is a backdrop, never the seller's customer.
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
];

checkFrames(PRESSURE);
