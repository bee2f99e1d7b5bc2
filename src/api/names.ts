/**
 * Names clients type, resolved the way extraction reads articles: the same normalization and
 * aliases, so المغرب, Morocco, Maroc, بالمغرب and الرباط all find MA, and إس-400 finds s-400.
 */
import type { Gazetteer } from "../extract/index.js";
import { tokenize } from "../text/tokens.js";

function wholeMatch(
  gazetteer: Gazetteer,
  text: string,
  type: "country" | "system" | "organization" | "source",
): string | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const match = gazetteer.entities
    .matchAt(tokens, 0)
    .find((candidate) => candidate.alias.type === type && candidate.last === tokens.length - 1);
  return match?.alias.id ?? null;
}

export function resolveCountryCode(gazetteer: Gazetteer, text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && gazetteer.countries.has(trimmed.toUpperCase()))
    return trimmed.toUpperCase();
  return wholeMatch(gazetteer, trimmed, "country");
}

export function resolveSystemId(gazetteer: Gazetteer, text: string): string | null {
  const trimmed = text.trim();
  if (gazetteer.systems.has(trimmed.toLowerCase())) return trimmed.toLowerCase();
  return wholeMatch(gazetteer, trimmed, "system");
}

export function resolveSourceId(gazetteer: Gazetteer, text: string): string | null {
  const trimmed = text.trim();
  if (gazetteer.sources.has(trimmed.toLowerCase())) return trimmed.toLowerCase();
  return wholeMatch(gazetteer, trimmed, "source") ?? (trimmed.startsWith("outlet:") ? trimmed : null);
}
