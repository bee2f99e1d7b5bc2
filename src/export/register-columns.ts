/**
 * What one row of the trade register holds, and its columns in order: first SIPRI's trade
 * register (supplier, recipient, year of order, number ordered, weapon designation, weapon
 * description, number delivered, year(s) of delivery, status, comments — the order of SIPRI's
 * register laid out by supplier), then ours (deal id, parties, first and last report, report
 * count, outlets, conflicting fields …). One row per deal: a deal naming several systems lists
 * their designations (and descriptions, in the same order) together.
 * Each column's description is shared by the GraphQL type (src/api/register.ts) and the README.
 */
import type { DealKind, DealStatus } from "../extract/index.js";

export interface RegisterRow {
  supplier: string | null;
  recipient: string | null;
  yearOfOrder: number | null;
  numberOrdered: number | null;
  designation: string[];
  description: string[];
  numberDelivered: number | null;
  yearsOfDelivery: number[];
  status: DealStatus;
  comments: string | null;
  dealId: string;
  kind: DealKind;
  supplierCode: string | null;
  recipientCode: string | null;
  parties: string[];
  designationAr: string[];
  value: number | null;
  currency: string | null;
  firstReported: string | null;
  lastReported: string | null;
  reportCount: number;
  sources: string[];
  conflictingFields: string[];
}

export interface RegisterColumn {
  key: keyof RegisterRow;
  /** The CSV heading: SIPRI's wording for SIPRI's columns. */
  header: string;
  description: string;
}

/** Every column, in the order of the CSV and of each JSON Lines object. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  {
    key: "supplier",
    header: "Supplier",
    description: "The supplying country's English name; empty when no report tells.",
  },
  {
    key: "recipient",
    header: "Recipient",
    description: "The receiving country's English name; empty when no report tells.",
  },
  {
    key: "yearOfOrder",
    header: "Year of order",
    description:
      "Year of the order or agreement, as the latest report before delivery states it; empty when none does.",
  },
  {
    key: "numberOrdered",
    header: "Number ordered",
    description: "Units ordered, as the latest report before delivery states it; empty when none does.",
  },
  {
    key: "designation",
    header: "Weapon designation",
    description:
      'Each system\'s name (S-400, JF-17 Thunder); a family is left out when a variant of it is named. Joined by "; " in CSV.',
  },
  {
    key: "description",
    header: "Weapon description",
    description:
      'Each system\'s category (air defence, fighter aircraft), in the order of designation. Joined by "; " in CSV.',
  },
  {
    key: "numberDelivered",
    header: "Number delivered",
    description:
      "The largest number of units a delivery report states (reports of one batch by several outlets are not added up); empty when none states one.",
  },
  {
    key: "yearsOfDelivery",
    header: "Year(s) of delivery",
    description:
      'Years of the delivery reports: the year a report states, else the year of its article; empty without a delivery report. Joined by "; " in CSV.',
  },
  {
    key: "status",
    header: "Status",
    description:
      "How far the deal has gone (rumoured … signed, delivered, cancelled, denied): our deal status, not SIPRI's new / second-hand.",
  },
  {
    key: "comments",
    header: "Comments",
    description:
      "The stated value, the nature of the contract, and where reports disagree or go back, in words.",
  },
  {
    key: "dealId",
    header: "Deal id",
    description: "The deal's id in the graph and the API (MA-RU:acquisition:s-400).",
  },
  {
    key: "kind",
    header: "Kind",
    description: "What the deal is about: acquisition, co-production, training …",
  },
  { key: "supplierCode", header: "Supplier code", description: "The supplier's ISO 3166-1 alpha-2 code." },
  { key: "recipientCode", header: "Recipient code", description: "The recipient's ISO 3166-1 alpha-2 code." },
  {
    key: "parties",
    header: "Parties",
    description:
      'Every party\'s ISO 3166-1 alpha-2 code, sorted: also the partners of agreements and exercises. Joined by "; " in CSV.',
  },
  {
    key: "designationAr",
    header: "Weapon designation (Arabic)",
    description:
      'Each system\'s Arabic name where the catalogue has one, in the order of designation. Joined by "; " in CSV.',
  },
  {
    key: "value",
    header: "Value",
    description:
      "The latest stated value in units of currency (1.5 billion is 1500000000); see conflictingFields.",
  },
  { key: "currency", header: "Currency", description: "ISO 4217 code of value's currency." },
  {
    key: "firstReported",
    header: "First reported",
    description: "Date of the earliest article reporting the deal, YYYY-MM-DD.",
  },
  {
    key: "lastReported",
    header: "Last reported",
    description: "Date of the latest article reporting the deal, YYYY-MM-DD.",
  },
  { key: "reportCount", header: "Report count", description: "How many articles report the deal." },
  {
    key: "sources",
    header: "Sources",
    description: 'The names of the outlets that reported the deal, sorted. Joined by "; " in CSV.',
  },
  {
    key: "conflictingFields",
    header: "Conflicting fields",
    description:
      'Fields whose reports disagree (value, quantity, year, supplier, recipient). Joined by "; " in CSV.',
  },
];

/** A column's description, for the GraphQL field of the same name. */
export function columnDescription(key: keyof RegisterRow): string {
  const column = REGISTER_COLUMNS.find((candidate) => candidate.key === key);
  if (!column) throw new Error(`no register column ${key}`);
  return column.description;
}
