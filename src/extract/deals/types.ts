/**
 * The shapes deal extraction works with: the Deal it outputs, the article it reads
 * (DealInput), and the Candidate one clause proposes before candidates are merged.
 */
import type { Token } from "../../text/tokens.js";
import type { DealKind, DealStatus, Gazetteer } from "../gazetteer.js";
import type { CueIndex, Mention } from "../mentions.js";
import type { Segment } from "../segments.js";

export interface Money {
  amount: number;
  currency: string;
}

/** What a contract is, when the text says: a new order, a follow-on order, an upgrade. */
export type DealNature = "order" | "follow-on" | "upgrade";

export interface Deal {
  id: string;
  parties: string[];
  supplier: string | null;
  recipient: string | null;
  kind: DealKind;
  status: DealStatus;
  /** Canonical system names, as the contract shows them; ids in systemIds. */
  systems: string[];
  systemIds: string[];
  quantity: number | null;
  value: Money | null;
  /** The year of the order. */
  year: number | null;
  nature: DealNature | null;
  evidence: string;
  start: number;
  end: number;
}

export interface DealInput {
  text: string;
  tokens: Token[];
  cues: CueIndex;
  mentions: Mention[];
  gazetteer: Gazetteer;
  sentences: Segment[];
  /** The article's two main countries, for البلدين / "both countries". */
  pair: string[];
  /** Where the title ends; evidence from the body is preferred to the title's. */
  titleEnd: number;
  /** Token indexes (ascending) of a bare المملكة that stand for the article's kingdom, and that kingdom. */
  kingdomRefs: number[];
  kingdom: string | null;
}

export interface Candidate extends Omit<Deal, "status" | "systems"> {
  status: DealStatus | null;
  /**
   * The stage a clause implies without a stage word (the buyer an ordinal counts has bought):
   * the deal's status only when no other clause of the article states one for it.
   */
  impliedStatus?: DealStatus;
  /** How good the evidence is: 0 a body clause naming the parties itself, 1 the title, 2 widened clauses. */
  evidenceRank: number;
  /**
   * A framework contract ("framework agreement", "contrat-cadre", «اتفاقية إطارية»): the
   * executive contracts signed under it are other contracts, with figures of their own.
   */
  framework?: boolean;
}

export type Details = Pick<Candidate, "quantity" | "value" | "year">;

export interface SpanFacts {
  /** `demonym`: named by an adjective or demonym (روسية, Turkish), not by its name. */
  countries: { code: string; first: number; last: number; demonym: boolean }[];
  systems: string[];
  /** Countries of the arms makers named ("شركة ليوناردو الإيطالية"). */
  makerSeats: string[];
}

export const unique = <T>(items: T[]) => [...new Set(items)];
