/**
 * GraphQL enums over the vocabularies of DESIGN.md. Deal kinds, statuses and system categories
 * come from the extract stage's lists (one source of truth); GraphQL names are those values in
 * capitals (co-production → CO_PRODUCTION), and the values are the strings stored in the graph.
 * Each value's description is the vocabulary's meaning (the annotation conventions of
 * ../shared/evaluation/README.md), shown by Apollo Sandbox; a value without one is a type error.
 */
import { registerEnumType } from "type-graphql";
import {
  DEAL_KINDS,
  DEAL_STATUSES,
  type DealKind as DealKindValue,
  type DealStatus as DealStatusValue,
  SYSTEM_CATEGORIES,
  type SystemCategory as SystemCategoryValue,
} from "../extract/index.js";

const graphqlName = (value: string) => value.toUpperCase().replace(/[ -]/g, "_");

function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((value) => [graphqlName(value), value]));
}

/** type-graphql's valuesConfig, keyed by GraphQL name, from descriptions keyed by stored value. */
function valuesConfig<T extends string>(descriptions: Record<T, string>) {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [graphqlName(value), { description }]),
  );
}

export const DealKind = enumOf(DEAL_KINDS);
export type DealKind = DealKindValue;
export const DealStatus = enumOf(DEAL_STATUSES);
export type DealStatus = DealStatusValue;
export const SystemCategory = enumOf(SYSTEM_CATEGORIES);
export type SystemCategory = SystemCategoryValue;

export enum PartyRole {
  SUPPLIER = "supplier",
  RECIPIENT = "recipient",
  PARTNER = "partner",
}

const DEAL_KIND_MEANINGS: Record<DealKind, string> = {
  acquisition: "A purchase or order of equipment by the recipient from the supplier.",
  "co-production":
    "Joint or licensed manufacture: a supplier's system built, assembled or developed in the recipient's country.",
  "cooperation agreement":
    "A framework or memorandum of military cooperation between the parties, without a named purchase; no supplier or recipient.",
  training: "Training of one party's forces or personnel by the other.",
  transfer: "Equipment or technology handed over (a donation, a technology transfer) rather than sold.",
  investment: "A defence firm of one party investing or setting up industry in the other party's country.",
  exercise: "A joint military exercise or manoeuvre; no supplier or recipient.",
  other: "A defence deal that fits none of the other kinds.",
};

const DEAL_STATUS_MEANINGS: Record<DealStatus, string> = {
  rumoured: "Only a possibility, an intention or an accusation: the report does not say talks are under way.",
  "under negotiation":
    "Talks under way, a formal request made, or interest acknowledged by a party; nothing approved yet.",
  agreed:
    "Approved or decided but not yet signed: a government approval, a decision to buy, a signing scheduled.",
  signed: "Concluded or signed, or a purchase the report speaks of as done.",
  delivered: "Received by the recipient (for training: the training took place).",
  cancelled: "Called off: an order, agreement or plan a party cancelled or abandoned.",
  denied: "A party denies that the deal exists or is planned.",
  unknown: "The report names the deal but no clear stage of it.",
};

const SYSTEM_CATEGORY_MEANINGS: Record<SystemCategory, string> = {
  "air defence": "Surface-to-air missile and anti-aircraft systems (S-400, Patriot).",
  "fighter aircraft": "Combat jets: fighters, fighter-bombers, attack aircraft (F-16, Rafale, JF-17).",
  drone: "Unmanned aerial vehicles, armed or for reconnaissance (Bayraktar TB2, Wing Loong).",
  tank: "Main battle tanks (M1 Abrams, T-90).",
  "armoured vehicle": "Armoured personnel carriers, infantry fighting and other armoured vehicles.",
  missile: "Missiles other than air defence: anti-ship, cruise, ballistic, air-to-air, anti-tank.",
  artillery: "Guns, howitzers and rocket launchers, towed or self-propelled.",
  helicopter: "Attack, transport and naval helicopters (AH-64 Apache, Mi-35).",
  ship: "Surface warships and patrol vessels: frigates, corvettes, patrol boats.",
  submarine: "Submarines (Type 209, Kilo class).",
  radar: "Radars and surveillance sensors.",
  "transport aircraft": "Military transport and tanker aircraft.",
  "trainer aircraft": "Training and light attack aircraft.",
  truck: "Military trucks and logistic vehicles.",
  "small arms": "Rifles, machine guns and other infantry weapons.",
  other: "Equipment of any other kind (communications, electronic warfare, ammunition …).",
};

registerEnumType(DealKind, {
  name: "DealKind",
  description: "What a deal is about, as its reports describe it.",
  valuesConfig: valuesConfig(DEAL_KIND_MEANINGS),
});
registerEnumType(DealStatus, {
  name: "DealStatus",
  description:
    "How far a deal has gone according to a report; reports are read in their own words, even where a fact is wrong.",
  valuesConfig: valuesConfig(DEAL_STATUS_MEANINGS),
});
registerEnumType(SystemCategory, {
  name: "SystemCategory",
  description: "The kind of equipment a weapon system is, from the systems catalogue.",
  valuesConfig: valuesConfig(SYSTEM_CATEGORY_MEANINGS),
});
registerEnumType(PartyRole, {
  name: "PartyRole",
  description: "A country's part in a deal, as its reports state it or the system's origin shows.",
  valuesConfig: {
    SUPPLIER: { description: "The country that sells, supplies or transfers the equipment." },
    RECIPIENT: { description: "The country that buys or receives the equipment." },
    PARTNER: {
      description:
        "A party with neither role: both sides of a cooperation agreement or exercise, or a party whose role no report states.",
    },
  },
});
