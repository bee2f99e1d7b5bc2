/**
 * GraphQL enums over the vocabularies of DESIGN.md. Deal kinds, statuses and system categories
 * come from the extract stage's lists (one source of truth); GraphQL names are those values in
 * capitals (co-production → CO_PRODUCTION), and the values are the strings stored in the graph.
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

function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase().replace(/[ -]/g, "_"), value]));
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

registerEnumType(DealKind, { name: "DealKind", description: "What a deal is about." });
registerEnumType(DealStatus, { name: "DealStatus", description: "How far a deal has gone, as reported." });
registerEnumType(SystemCategory, { name: "SystemCategory" });
registerEnumType(PartyRole, { name: "PartyRole", description: "A country's part in a deal." });
