/**
 * One register row from what register-read.ts reads of a deal: the graph's values typed (Neo4j
 * keeps some integers as floats), absent values null, lists sorted, and the comments written
 * from the facts SIPRI keeps there (the value, the nature of the contract) and from what our
 * reports add (disagreements, a status reported going back).
 */
import type { DealKind, DealStatus } from "../extract/index.js";
import type { RegisterRow } from "./register-columns.js";

/** A deal as the register query returns it (see register-read.ts). */
export interface RegisterRecord {
  deal: {
    id: string;
    kind: DealKind;
    status: DealStatus;
    supplier: string | null;
    recipient: string | null;
    value: number | null;
    currency: string | null;
    nature: string | null;
    statusRegressed: boolean | null;
    conflicts: string[] | null;
    firstReported: string | null;
    lastReported: string | null;
    reportCount: number | null;
  };
  supplierName: string | null;
  recipientName: string | null;
  parties: string[];
  systems: { name: string; nameAr: string | null; category: string | null }[];
  yearOfOrder: number | null;
  numberOrdered: number | null;
  numberDelivered: number | null;
  deliveryYears: (number | null)[];
  sources: string[];
}

const whole = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : Math.trunc(value);

function commentsOf(deal: RegisterRecord["deal"]): string | null {
  const parts: string[] = [];
  if (deal.value !== null) parts.push(`value ${deal.value} ${deal.currency ?? ""}`.trim());
  if (deal.nature) parts.push(`contract: ${deal.nature}`);
  const conflicts = deal.conflicts ?? [];
  if (conflicts.length > 0) parts.push(`reports disagree on ${conflicts.join(", ")}`);
  if (deal.statusRegressed) parts.push("a later report gives an earlier stage");
  return parts.length > 0 ? parts.join("; ") : null;
}

export function registerRow(record: RegisterRecord): RegisterRow {
  const { deal } = record;
  return {
    supplier: record.supplierName,
    recipient: record.recipientName,
    yearOfOrder: whole(record.yearOfOrder),
    numberOrdered: whole(record.numberOrdered),
    designation: record.systems.map((system) => system.name),
    description: record.systems.map((system) => system.category ?? ""),
    numberDelivered: whole(record.numberDelivered),
    yearsOfDelivery: [
      ...new Set(record.deliveryYears.filter((year): year is number => year !== null).map(Math.trunc)),
    ].sort((a, b) => a - b),
    status: deal.status,
    comments: commentsOf(deal),
    dealId: deal.id,
    kind: deal.kind,
    supplierCode: deal.supplier,
    recipientCode: deal.recipient,
    parties: record.parties,
    designationAr: record.systems.map((system) => system.nameAr ?? ""),
    value: deal.value,
    currency: deal.value === null ? null : deal.currency,
    firstReported: deal.firstReported,
    lastReported: deal.lastReported,
    reportCount: deal.reportCount ?? 0,
    sources: [...record.sources].sort((a, b) => a.localeCompare(b)),
    conflictingFields: deal.conflicts ?? [],
  };
}
