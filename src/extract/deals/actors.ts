/**
 * Which countries an article's list keeps: its actors. A country is one when it is a party to
 * a deal the article states, the origin of a system it names, named in the title or near a
 * deal's or a partner's word (a kind cue — bought, exercise, صفقة — or شركائه, cooperation, a
 * few words away), named as a system's maker ("developed by Pakistan and China"), or named more than once
 * as something other than a bystander. A country named once in passing elsewhere — a neighbour
 * helped in an earthquake, the war next door — is background, and the annotation leaves it out.
 */
import type { CueIndex, Mention } from "../mentions.js";
import type { Deal } from "./types.js";

export interface ActorEvidence {
  /** Mentions per country, bystanders left out. */
  counts: Map<string, number>;
  /** The country mentions that are not bystanders, in text order. */
  mentions: Mention[];
  cues: CueIndex;
  deals: Deal[];
  /** Origins of the systems the article names. */
  origins: (string | null)[];
  titleCodes: string[];
}

/** How many mentions make a country one the article is about, with no other sign. */
const SALIENT_MENTIONS = 2;

/** How near a kind cue, in tokens, a country named once stands when the deal is about it. */
const DEAL_REACH = 8;

/** How far after a maker phrase, in tokens, the makers it lists stand ("developed by Pakistan and China"). */
const MAKER_REACH = 8;

/** Whether a country mention is one of the makers a maker phrase names: a producer, not a bystander. */
function namedAsMaker(cues: CueIndex, mention: Mention): boolean {
  return cues.has("maker", mention.first - MAKER_REACH, mention.first - 1);
}

/** Whether a country mention stands near a deal's kind cue or a partner's word. */
function nearDealWords(cues: CueIndex, mention: Mention): boolean {
  return cues.hasAny(["kind:", "partner"], mention.first - DEAL_REACH, mention.last + DEAL_REACH);
}

export function actorCounts(evidence: ActorEvidence): Map<string, number> {
  const { counts, mentions, cues, deals, origins, titleCodes } = evidence;
  const actors = new Set<string>([
    ...deals.flatMap((deal) => deal.parties),
    ...origins.filter((origin): origin is string => origin !== null),
    ...titleCodes,
  ]);
  const isActor = (code: string, count: number) =>
    actors.has(code) ||
    count >= SALIENT_MENTIONS ||
    mentions.some(
      (mention) => mention.alias.id === code && (nearDealWords(cues, mention) || namedAsMaker(cues, mention)),
    );
  return new Map([...counts].filter(([code, count]) => isActor(code, count)));
}
