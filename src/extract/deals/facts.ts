/**
 * What a span of tokens names that a deal needs: its countries (with the article's kingdom for
 * a bare المملكة and the article's pair for البلدين / "both countries"), its systems, and the
 * seats of the arms makers it names. A battlefield or an outlet's home is not a party (bystanders.ts).
 * A firm or agency stands for its country where the span names no second party otherwise:
 * «وافقت وزارة الخارجية الأمريكية على بيع … إلى الكويت», "Elbit won a contract from Morocco".
 */
import { lowerBound } from "../../text/search.js";
import type { Gazetteer } from "../gazetteer.js";
import type { Mention } from "../mentions.js";
import { bystanderMentions } from "./bystanders.js";
import { type DealInput, type SpanFacts, unique } from "./types.js";

/** The seat of an arms maker a mention names, if it is one. */
function makerSeat(gazetteer: Gazetteer, mention: Mention): string | null {
  if (mention.alias.type !== "organization" || !gazetteer.makers.has(mention.alias.id)) return null;
  return gazetteer.organizations.get(mention.alias.id)?.country ?? null;
}

export function factsIn(input: DealInput, from: number, to: number): SpanFacts {
  const countries: SpanFacts["countries"] = [];
  const systems: string[] = [];
  const makerSeats: string[] = [];
  const seats: Mention[] = [];
  const bystanders = bystanderMentions(input);
  for (
    let index = lowerBound(input.mentions, from, (mention) => mention.first);
    index < input.mentions.length;
    index += 1
  ) {
    const mention = input.mentions[index] as Mention;
    if (mention.first > to) break;
    if (mention.last > to) continue;
    if (mention.alias.type === "country" && !bystanders.has(mention.first)) {
      const demonym = mention.alias.kind === "demonym";
      countries.push({ code: mention.alias.id, first: mention.first, last: mention.last, demonym });
    }
    if (mention.alias.type === "system" && !systems.includes(mention.alias.id))
      systems.push(mention.alias.id);
    const seat = makerSeat(input.gazetteer, mention);
    if (seat) makerSeats.push(seat);
    if (mention.alias.type === "organization") seats.push(mention);
  }
  if (input.kingdom) {
    const refs = input.kingdomRefs;
    for (
      let at = lowerBound(refs, from, (ref) => ref);
      at < refs.length && (refs[at] as number) <= to;
      at += 1
    ) {
      const ref = refs[at] as number;
      countries.push({ code: input.kingdom, first: ref, last: ref, demonym: false });
    }
  }
  if (input.cues.has("pair", from, to)) {
    const at = input.cues.within("pair", from, to)[0]?.first ?? from;
    for (const code of input.pair) countries.push({ code, first: at, last: at, demonym: false });
  }
  if (seats.length > 0) withSeats(input, seats, countries, systems, makerSeats);
  return { countries: countries.sort((a, b) => a.first - b.first), systems, makerSeats };
}

/** How far a state's word may stand before its demonym ("le ministère de l'Intérieur ukrainien"). */
const STATE_BEFORE = 4;
/** How far after ("the Ukrainian Defence Ministry"). */
const STATE_AFTER = 2;

/**
 * A demonym that names a state's side: its minister, ministry, government or army ("le ministre
 * ukrainien", "the Ukrainian government", «وزارة الدفاع الأوكرانية») — not "the Qatari airline".
 */
function namesState(input: DealInput, country: SpanFacts["countries"][number]): boolean {
  return (
    !country.demonym ||
    input.cues.has("state", country.first - STATE_BEFORE, country.first - 1) ||
    input.cues.has("state", country.last + 1, country.last + STATE_AFTER)
  );
}

/**
 * The seats of the organizations named, as parties, when the span's own names give fewer than
 * two and name a country by its name or a state's side by its demonym.
 */
function withSeats(
  input: DealInput,
  seats: Mention[],
  countries: SpanFacts["countries"],
  systems: string[],
  makerSeats: string[],
): void {
  const { gazetteer } = input;
  const named = new Set([...countries.map((country) => country.code), ...originsOf(gazetteer, systems)]);
  // The other side named by its name: "the Qatari airline" beside Boeing is no buyer.
  if (named.size >= 2 || !countries.some((country) => namesState(input, country))) return;
  for (const mention of seats) {
    const code = gazetteer.organizations.get(mention.alias.id)?.country;
    if (!code || named.has(code)) continue;
    named.add(code);
    countries.push({ code, first: mention.first, last: mention.last, demonym: false });
    if (!makerSeats.includes(code)) makerSeats.push(code);
  }
}

/** The producing countries of the systems named. */
export function originsOf(gazetteer: Gazetteer, systems: string[]): string[] {
  return unique(systems.map((id) => gazetteer.systems.get(id)?.origin).filter(Boolean) as string[]);
}

/** How many parties a span names: its countries and its systems' origins. */
export function partyCount(input: DealInput, facts: SpanFacts): number {
  return unique([
    ...facts.countries.map((country) => country.code),
    ...originsOf(input.gazetteer, facts.systems),
  ]).length;
}
