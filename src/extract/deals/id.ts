/** A deal's id within an article: its parties, kind and systems (cross-article identity is resolved later). */
import type { DealKind } from "../gazetteer.js";

export function dealId(parties: string[], kind: DealKind, systemIds: string[]): string {
  const systems = [...systemIds].sort().join("+");
  return `${[...parties].sort().join("-")}:${kind.replace(/ /g, "-")}${systems ? `:${systems}` : ""}`;
}
