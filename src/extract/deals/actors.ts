/**
 * Which countries an article's list keeps: its actors. A country is one when it is a party to
 * a deal the article states, the origin of a system it names, named in the title or near a
 * deal's or a partner's word (a kind cue — bought, exercise, صفقة — or شركائه, cooperation, a
 * few words away), named as a system's maker ("developed by Pakistan and China"), or named more than once
 * as something other than a bystander. A country named once in passing elsewhere — a neighbour
 * helped in an earthquake, the war next door — is background, and the annotation leaves it out.
 */
import type { CueIndex, Mention } from "../mentions.js";
import { coordinated } from "./bystanders.js";
import type { Deal } from "./types.js";

export interface ActorEvidence {
  /** Mentions per country, bystanders left out. */
  counts: Map<string, number>;
  /** The country mentions that are not bystanders, in text order. */
  mentions: Mention[];
  cues: CueIndex;
  /** What coordination is judged on: the article's text and tokens. */
  text: Parameters<typeof coordinated>[0];
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

/**
 * The countries whose demonym describes equipment: right after a class noun (Arabic and French
 * order), right before one (English), or listed after such a demonym.
 */
function equipmentMakes(text: ActorEvidence["text"], cues: CueIndex, mentions: Mention[]): Set<string> {
  const makes = new Set<string>();
  let previous: Mention | undefined;
  for (const mention of mentions) {
    const describes =
      mention.alias.kind === "demonym" &&
      ((previous !== undefined && makes.has(previous.alias.id) && coordinated(text, previous, mention)) ||
        cues.classesAround(mention.first - 1, mention.last + 1).length > 0);
    if (describes) makes.add(mention.alias.id);
    previous = mention;
  }
  return makes;
}

export function actorCounts(evidence: ActorEvidence): Map<string, number> {
  const { counts, mentions, cues, deals, origins, titleCodes } = evidence;
  const actors = new Set<string>([
    ...deals.flatMap((deal) => deal.parties),
    ...origins.filter((origin): origin is string => origin !== null),
    ...titleCodes,
    ...equipmentMakes(evidence.text, cues, mentions),
  ]);
  const isActor = (code: string, count: number) =>
    actors.has(code) ||
    count >= SALIENT_MENTIONS ||
    mentions.some(
      (mention) => mention.alias.id === code && (nearDealWords(cues, mention) || namedAsMaker(cues, mention)),
    );
  return new Map([...counts].filter(([code, count]) => isActor(code, count)));
}
