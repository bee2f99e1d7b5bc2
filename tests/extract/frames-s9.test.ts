/**
 * Deal frames of real reporting read in session 9, each in the languages it occurs in; every
 * sentence is our own. Datelines and show venues name no party: the later places of a dateline
 * ("CITY, Country —", "CITY/CITY (Agency) -") and a capital before a show noun ("the Lima air
 * show") are where a story was filed or a show held.
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
