/** GraphQL enums over the vocabularies of DESIGN.md; their values are the strings in the graph. */
import { registerEnumType } from "type-graphql";

export enum DealKind {
  ACQUISITION = "acquisition",
  CO_PRODUCTION = "co-production",
  COOPERATION_AGREEMENT = "cooperation agreement",
  TRAINING = "training",
  TRANSFER = "transfer",
  INVESTMENT = "investment",
  EXERCISE = "exercise",
  OTHER = "other",
}

export enum DealStatus {
  RUMOURED = "rumoured",
  UNDER_NEGOTIATION = "under negotiation",
  AGREED = "agreed",
  SIGNED = "signed",
  DELIVERED = "delivered",
  CANCELLED = "cancelled",
  DENIED = "denied",
  UNKNOWN = "unknown",
}

export enum SystemCategory {
  AIR_DEFENCE = "air defence",
  FIGHTER_AIRCRAFT = "fighter aircraft",
  DRONE = "drone",
  TANK = "tank",
  ARMOURED_VEHICLE = "armoured vehicle",
  MISSILE = "missile",
  ARTILLERY = "artillery",
  HELICOPTER = "helicopter",
  SHIP = "ship",
  RADAR = "radar",
  SMALL_ARMS = "small arms",
  OTHER = "other",
}

export enum PartyRole {
  SUPPLIER = "supplier",
  RECIPIENT = "recipient",
  PARTNER = "partner",
}

registerEnumType(DealKind, { name: "DealKind", description: "What a deal is about." });
registerEnumType(DealStatus, { name: "DealStatus", description: "How far a deal has gone, as reported." });
registerEnumType(SystemCategory, { name: "SystemCategory" });
registerEnumType(PartyRole, { name: "PartyRole", description: "A country's part in a deal." });
