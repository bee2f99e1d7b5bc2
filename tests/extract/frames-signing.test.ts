/**
 * Deal frames of real reporting that extraction missed (session 8): signing verbs beyond
 * "signed" (scellé, paraphé, inked, sealed), a signing told in a participle clause ("…, signing a
 * contract to purchase", "after concluding a deal with", "en signant un contrat"), a firm as the
 * counterpart standing for its country ("signed with Baykar for …"), and a future receipt or
 * delivery in the verb itself (livrera, ستتسلم, will receive). A future delivery keeps the
 * project's rule (tests/extract/frames.test.ts): a delivery to come is of a deal already signed —
 * never `delivered`. A signing to come (va signer, doit signer, signera) is `agreed`, a contract being
 * finalized (is finalizing, finalise) `under negotiation`; a refusal to
 * sign (refused to sign, a refusé de signer, رفضت توقيع) `cancelled` — not a refusal to buy, which
 * real copy mostly writes denied ("has not refused to buy"). Every sentence is our own.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "./own-text.js";

/** "SUPPLIER>RECIPIENT kind status systems q=N" of each deal, sorted. */
const shape = (text: string): string[] =>
  extractText("", text)
    .deals.map(
      (deal) =>
        `${deal.supplier ?? "?"}>${deal.recipient ?? "?"} ${deal.kind} ${deal.status} ${
          deal.systemIds.join("+") || "-"
        } q=${deal.quantity}`,
    )
    .sort();

type Case = [name: string, text: string, deals: string[]];

function check(cases: Case[]): void {
  it.each(cases)("%s", (_name, text, deals) => {
    expect(shape(text)).toEqual([...deals].sort());
  });
}

describe("signing verbs other than 'signed'", () => {
  check([
    [
      "fr: ont scellé un contrat",
      "Le Maroc et la France ont scellé un contrat pour l'acquisition de 12 hélicoptères Caracal.",
      ["FR>MA acquisition signed h225m q=12"],
    ],
    [
      "fr: a scellé un contrat avec",
      "Le Maroc a scellé mardi un contrat avec la France pour 12 hélicoptères H225M.",
      ["FR>MA acquisition signed h225m q=12"],
    ],
    [
      "fr: a paraphé avec une firme",
      "Le Brésil a paraphé avec Naval Group un contrat pour des sous-marins Scorpène.",
      ["FR>BR acquisition signed scorpene q=null"],
    ],
    [
      "fr: ont conclu un accord",
      "L'Inde et la France ont conclu un accord pour l'achat de 26 Rafale Marine.",
      ["FR>IN acquisition signed rafale-m q=26"],
    ],
    [
      "fr: a notifié une commande",
      "La Grèce a notifié une commande de six Rafale à la France.",
      ["FR>GR acquisition signed rafale q=6"],
    ],
    [
      "fr: a passé commande de",
      "Le Qatar a passé commande de 12 Rafale auprès de la France.",
      ["FR>QA acquisition signed rafale q=12"],
    ],
    [
      "en: sealed a contract",
      "Indonesia and France sealed a contract for 42 Rafale jets.",
      ["FR>ID acquisition signed rafale q=42"],
    ],
    [
      "en: inked a deal",
      "Egypt inked a deal with France for 30 Rafale jets.",
      ["FR>EG acquisition signed rafale q=30"],
    ],
  ]);
});

describe("a signing told in a participle clause", () => {
  check([
    [
      "en: …, signing a contract to purchase",
      "The ministry announced the plan on Monday, signing a contract to purchase 12 Rafale jets from France, Serbia said.",
      ["FR>RS acquisition signed rafale q=12"],
    ],
    [
      "en: after concluding a deal with",
      "Serbia expanded its air force after concluding a deal with France for 12 Rafale jets.",
      ["FR>RS acquisition signed rafale q=12"],
    ],
    [
      "fr: en signant un contrat pour l'achat de",
      "Le Maroc a renforcé sa flotte en signant un contrat pour l'achat de 12 hélicoptères H225M auprès de la France.",
      ["FR>MA acquisition signed h225m q=12"],
    ],
  ]);
});

describe("a firm as the counterpart stands for its country", () => {
  check([
    [
      "en: signed with Baykar for",
      "Poland signed with Baykar for 24 Bayraktar TB2 drones.",
      ["TR>PL acquisition signed bayraktar-tb2 q=24"],
    ],
    [
      "en: a contract with Rheinmetall",
      "Hungary signed a contract with Rheinmetall for 218 armoured vehicles.",
      ["DE>HU acquisition signed - q=218"],
    ],
    [
      "fr: a signé avec Baykar un contrat",
      "La Pologne a signé avec Baykar un contrat pour 24 drones Bayraktar TB2.",
      ["TR>PL acquisition signed bayraktar-tb2 q=24"],
    ],
    [
      "ar: وقع مع شركة بايكار",
      "وقع المغرب مع شركة بايكار عقدا لشراء 13 طائرة مسيرة.",
      ["TR>MA acquisition signed - q=13"],
    ],
  ]);
});

describe("a receipt or delivery to come", () => {
  check([
    [
      "en: will receive … from",
      "Egypt will receive 30 Rafale jets from France.",
      ["FR>EG acquisition signed rafale q=30"],
    ],
    [
      "fr: livrera … au (not delivered: the verb's ending is the future)",
      "La France livrera 12 hélicoptères Caracal au Maroc.",
      ["FR>MA acquisition signed h225m q=12"],
    ],
    [
      "fr: recevra … de",
      "Le Maroc recevra 12 hélicoptères H225M de la France.",
      ["FR>MA acquisition signed h225m q=12"],
    ],
    ["ar: ستتسلم … من", "ستتسلم مصر 30 طائرة رافال من فرنسا.", ["FR>EG acquisition signed rafale q=30"]],
  ]);
});

describe("no deal from words that only resemble a signing", () => {
  check([
    ["en: two countries and no deal", "Morocco and France discussed regional security on Monday.", []],
    ["en: sealed a friendship", "Morocco and France sealed their friendship during a visit to Rabat.", []],
    ["fr: scellé une amitié", "Le Maroc et la France ont scellé leur amitié lors d'une visite à Rabat.", []],
    ["en: signed with a firm, nothing bought", "Hungary signed with Rheinmetall last year.", []],
  ]);
});

describe("a receipt to come under a decision is agreed; under a signed contract, signed", () => {
  check([
    [
      "en: will receive … under a decision",
      "Egypt will receive 30 Rafale jets from France under a decision of the French government.",
      ["FR>EG acquisition agreed rafale q=30"],
    ],
    [
      "en: will receive … under the approved sale",
      "Egypt will receive 30 Rafale jets from France under the approved sale.",
      ["FR>EG acquisition agreed rafale q=30"],
    ],
    [
      "en: will receive … under a contract signed",
      "Egypt will receive 30 Rafale jets from France under the contract approved and signed in 2015.",
      ["FR>EG acquisition signed rafale q=30"],
    ],
    [
      "fr: recevra … en vertu d'une décision",
      "Le Maroc recevra 12 hélicoptères H225M de la France en vertu d'une décision du gouvernement.",
      ["FR>MA acquisition agreed h225m q=12"],
    ],
    [
      "ar: ستتسلم … بموجب قرار",
      "ستتسلم مصر 30 طائرة رافال من فرنسا بموجب قرار الحكومة الفرنسية.",
      ["FR>EG acquisition agreed rafale q=30"],
    ],
    [
      "ar: وستحصل … في إطار الصفقة الموقعة",
      "وستحصل مصر قريبا على أول دفعة من طائرات رافال في إطار الصفقة الموقعة مع فرنسا.",
      ["FR>EG acquisition signed rafale q=null"],
    ],
    [
      "en: a past receipt under a decision is still delivered",
      "Egypt received 30 Rafale jets from France under a decision of the French government.",
      ["FR>EG acquisition delivered rafale q=30"],
    ],
  ]);
});

describe("a firm beside a state's side named by its demonym", () => {
  check([
    [
      "en: the Ukrainian government and Baykar",
      "The Ukrainian government signed a contract with Baykar for 24 drones.",
      ["TR>UA acquisition signed - q=24"],
    ],
    [
      "fr: le ministre ukrainien et le PDG d'Airbus Helicopters",
      "Le ministre ukrainien de la Défense et le PDG d'Airbus Helicopters ont signé le contrat pour l'achat de 55 hélicoptères.",
      ["FR>UA acquisition signed - q=55"],
    ],
    [
      "ar: وزارة الدفاع الأوكرانية وبايكار",
      "وقعت وزارة الدفاع الأوكرانية عقدا مع شركة بايكار لشراء 24 طائرة مسيرة.",
      ["TR>UA acquisition signed - q=24"],
    ],
    ["en: an airline is no state", "The Qatari airline signed a contract with Boeing for 20 aircraft.", []],
    [
      "fr: une compagnie n'est pas un État",
      "La compagnie qatarie a signé un contrat avec Airbus pour 20 avions.",
      [],
    ],
    ["en: an analyst is no state", "A Ukrainian analyst said the contract with Baykar covers 24 drones.", []],
  ]);
});

describe("no party borrowed from a neighbouring clause that states a deal of its own", () => {
  check([
    [
      "fr: après la vente à la Hongrie, un contrat avec le ministère ukrainien",
      "Après la vente de 20 hélicoptères H145 à la Hongrie en juin, le constructeur a signé samedi un contrat avec le ministère ukrainien de l'Intérieur pour la vente de 55 hélicoptères.",
      [],
    ],
    [
      "en: after the sale to Hungary, a contract with the Ukrainian ministry",
      "After the sale of 20 H145 helicopters to Hungary in June, the manufacturer signed a contract with the Ukrainian interior ministry for 55 helicopters.",
      [],
    ],
    [
      "ar: بعد بيع مروحيات إلى المجر، عقد مع وزارة الداخلية الأوكرانية",
      "بعد بيع 20 مروحية إتش 145 إلى المجر في يونيو، وقعت الشركة عقدا مع وزارة الداخلية الأوكرانية لبيع 55 مروحية.",
      [],
    ],
    [
      "en: two deals of two clauses stay two",
      "Morocco ordered 12 H225M helicopters from France, after Hungary bought H145 helicopters.",
      ["FR>MA acquisition signed h225m q=12", "DE>HU acquisition signed h145 q=null"],
    ],
  ]);
});

describe("a signing to come, and a refusal to sign", () => {
  check([
    [
      "fr: va signer",
      "L'Indonésie va signer un contrat avec la France pour 18 avions Rafale.",
      ["FR>ID acquisition agreed rafale q=18"],
    ],
    [
      "fr: doit signer … la semaine prochaine",
      "La Pologne doit signer la semaine prochaine un contrat avec la Corée du Sud pour 96 obusiers K9.",
      ["KR>PL acquisition agreed k9 q=96"],
    ],
    [
      "fr: signera",
      "La Grèce signera en mars un contrat avec la France pour trois frégates FDI.",
      ["FR>GR acquisition agreed fdi q=3"],
    ],
    [
      "en: is finalizing a contract",
      "Poland is finalizing a contract with South Korea for 96 K9 howitzers.",
      ["KR>PL acquisition under negotiation k9 q=96"],
    ],
    [
      "fr: finalise un contrat",
      "La Pologne finalise un contrat avec la Corée du Sud pour 96 obusiers K9.",
      ["KR>PL acquisition under negotiation k9 q=96"],
    ],
    [
      "en: refused to sign",
      "Morocco refused to sign a contract with Russia for Su-35 jets.",
      ["RU>MA acquisition cancelled su-35 q=null"],
    ],
    [
      "fr: a refusé de signer",
      "Le Maroc a refusé de signer un contrat avec la Russie pour des Su-35.",
      ["RU>MA acquisition cancelled su-35 q=null"],
    ],
    [
      "ar: رفضت توقيع",
      "وكانت الجزائر قد رفضت توقيع عقد مع روسيا لشراء مقاتلات سو-57.",
      ["RU>DZ acquisition cancelled su-57 q=null"],
    ],
  ]);
});
