/**
 * What the page calls things: each status's words and colour (one palette for the network, the
 * timeline and the badges: Okabe and Ito's colour-blind-safe set, text always beside the colour),
 * a deal's short label, a country's names.
 */
import type { CountryRef, DealSummary, Status } from "./queries.js";

export const STATUSES: { status: Status; label: string; colour: string }[] = [
  { status: "RUMOURED", label: "rumoured", colour: "#b3b3b3" },
  { status: "UNDER_NEGOTIATION", label: "under negotiation", colour: "#e69f00" },
  { status: "AGREED", label: "agreed", colour: "#56b4e9" },
  { status: "SIGNED", label: "signed", colour: "#0072b2" },
  { status: "DELIVERED", label: "delivered", colour: "#009e73" },
  { status: "CANCELLED", label: "cancelled", colour: "#d55e00" },
  { status: "DENIED", label: "denied", colour: "#cc79a7" },
  { status: "UNKNOWN", label: "unknown", colour: "#6b6b6b" },
];

const BY_STATUS = new Map(STATUSES.map((entry) => [entry.status, entry]));

export const statusLabel = (status: Status) => BY_STATUS.get(status)?.label ?? status.toLowerCase();
export const statusColour = (status: Status) => BY_STATUS.get(status)?.colour ?? "#6b6b6b";

/** CO_PRODUCTION → co-production. */
export const kindLabel = (kind: string) =>
  kind.toLowerCase().replace(/_/g, " ").replace("co production", "co-production");

export const countryName = (country: CountryRef) => country.nameEn ?? country.code;

/** "S-400 · MA–RU": the systems (else the kind) and the parties' codes. */
export function dealLabel(deal: Pick<DealSummary, "id" | "kind" | "systems" | "parties">): string {
  const what =
    deal.systems.length > 0 ? deal.systems.map((system) => system.name).join(", ") : kindLabel(deal.kind);
  const parties = deal.parties.map((party) => party.country.code).join("–");
  return parties ? `${what} · ${parties}` : what;
}

/** 2025-10-03 → 3 Oct 2025 (English, UTC: dates are days, not instants). */
export function dateLabel(date: string | null): string {
  if (!date) return "undated";
  return new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
