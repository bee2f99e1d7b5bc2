/**
 * The extract stage's public face: an Article in, the facts it states out — countries,
 * systems, organizations, people, cited sources and deals with evidence — in the shape of the
 * `extract` JSON contract. Pure: no I/O beyond the gazetteer, which the caller loads once.
 * Systems are the catalogue's (`catalogued: true`) and the designations it lacks that the text
 * names (designations.ts, `catalogued: false`); deals see both through one systems lookup.
 */
import type { Article } from "../parse/index.js";
import { type Token, tokenize } from "../text/tokens.js";
import { withoutPlaces } from "./datelines.js";
import { actorCounts, bystanderMentions, type Deal, extractDeals } from "./deals/index.js";
import { findDesignations } from "./designations.js";
import { defaultGazetteer, type Gazetteer, type SystemInfo } from "./gazetteer.js";
import { analyze, CueIndex, type Mention, type Span } from "./mentions.js";
import { extractPeople, type Person } from "./people.js";
import { sentences } from "./segments.js";
import { withStandards } from "./standards.js";
import { specificSystems } from "./variants.js";

export type { Deal, Money } from "./deals/index.js";
export { dealId } from "./deals/index.js";
export {
  DEAL_KINDS,
  DEAL_STATUSES,
  type DealKind,
  type DealStatus,
  defaultGazetteer,
  type Gazetteer,
  loadGazetteer,
  SYSTEM_CATEGORIES,
  type SystemCategory,
  type SystemInfo,
} from "./gazetteer.js";
export type { Person } from "./people.js";

export interface ArticleFacts {
  id: string;
  title: string | null;
  outlet: string | null;
  outletEn: string | null;
  /** Known source id of the outlet, when the gazetteer knows it. */
  sourceId: string | null;
  aggregator: string | null;
  publishedAt: string | null;
  headerDate: string | null;
  byline: string | null;
  language: Article["language"];
  url: string | null;
  format: Article["format"];
}

export interface Extraction {
  article: ArticleFacts;
  countries: { code: string; mentions: number; nameEn: string; nameAr: string }[];
  systems: {
    id: string;
    name: string;
    nameAr: string | null;
    category: string;
    /** ISO code; null for an uncatalogued system whose text states no origin. */
    origin: string | null;
    maker: string | null;
    /** The family's id for a catalogued variant (F-16 Block 70 → f-16), else null. */
    family: string | null;
    /** False for a designation the catalogue lacks (id `uncatalogued:<slug>`). */
    catalogued: boolean;
    mentions: number;
  }[];
  organizations: {
    id: string;
    name: string;
    nameAr: string | null;
    country: string | null;
    mentions: number;
  }[];
  people: Person[];
  citedSources: { id: string; name: string; nameAr: string | null; kind: string }[];
  deals: Deal[];
}

function countBy(mentions: Mention[], type: Mention["alias"]["type"]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.alias.type === type) counts.set(mention.alias.id, (counts.get(mention.alias.id) ?? 0) + 1);
  }
  return counts;
}

/**
 * A maker whose name states its country ("Israel Aerospace Industries", «الصناعات الجوية
 * الإسرائيلية», "Korea Aerospace Industries") names that country, as producer, when it is the
 * origin of a system the article names: the country's mention is inside the firm's longer name.
 */
function withMakerCountries(
  gazetteer: Gazetteer,
  tokens: Token[],
  mentions: Mention[],
  origins: (string | null)[],
  counts: Map<string, number>,
): Map<string, number> {
  const withMakers = new Map(counts);
  for (const mention of mentions) {
    const country =
      mention.alias.type === "organization"
        ? gazetteer.organizations.get(mention.alias.id)?.country
        : undefined;
    if (!country || !origins.includes(country)) continue;
    const name = tokens.slice(mention.first, mention.last + 1);
    const named = name.some((_, index) =>
      gazetteer.entities
        .matchAt(name, index)
        .some((candidate) => candidate.alias.type === "country" && candidate.alias.id === country),
    );
    if (named) withMakers.set(country, (withMakers.get(country) ?? 0) + 1);
  }
  return withMakers;
}

/** The known source an outlet string names exactly (الصحيفة → Assahifa), ignoring context rules. */
function resolveSource(gazetteer: Gazetteer, outlet: string | null): string | null {
  if (!outlet) return null;
  const tokens = tokenize(outlet);
  const match = gazetteer.entities
    .matchAt(tokens, 0)
    .find((candidate) => candidate.alias.type === "source" && candidate.last === tokens.length - 1);
  return match?.alias.id ?? null;
}

/** Bare المملكة / "the Kingdom" not inside a longer name: the article's own kingdom. */
function kingdomReferences(tokens: ReturnType<typeof tokenize>, mentions: Mention[]): number[] {
  const covered = new Set(
    mentions.flatMap((mention) =>
      Array.from({ length: mention.last - mention.first + 1 }, (_, i) => mention.first + i),
    ),
  );
  const refs: number[] = [];
  for (const [index, token] of tokens.entries()) {
    if (covered.has(index)) continue;
    if (
      /^[وفبل]?(ال|لل)?مملك(ه|تها|ته)$/.test(token.norm) ||
      (token.norm === "kingdom" && tokens[index - 1]?.norm === "the")
    )
      refs.push(index);
  }
  return refs;
}

/**
 * The catalogue's systems plus one article's uncatalogued ones, for lookups by id (what deal
 * extraction does): the catalogue is consulted, never copied.
 */
class ArticleSystems extends Map<string, SystemInfo> {
  constructor(
    private readonly catalogue: Map<string, SystemInfo>,
    uncatalogued: Map<string, SystemInfo>,
  ) {
    super(uncatalogued);
  }

  override get(id: string): SystemInfo | undefined {
    return this.catalogue.get(id) ?? super.get(id);
  }

  override has(id: string): boolean {
    return this.catalogue.has(id) || super.has(id);
  }
}

/** The two countries the article is about: title countries first, then the most mentioned. */
function mainPair(titleCodes: string[], counts: Map<string, number>): string[] {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  return [...new Set([...titleCodes, ...ranked])].slice(0, 2);
}

export function extractArticle(article: Article, gazetteer: Gazetteer = defaultGazetteer()): Extraction {
  const { titleSpan, bodySpan } = article;
  const spans: Span[] = titleSpan && titleSpan.end <= bodySpan.start ? [titleSpan, bodySpan] : [bodySpan];
  const analyzed = analyze(gazetteer, article.text, spans);
  const { tokens } = analyzed;
  const designations = findDesignations(article.text, tokens, analyzed.cues, analyzed.mentions, gazetteer);
  const cues = new CueIndex(analyzed.cues);
  const stated = withStandards(gazetteer, article.text, tokens, cues, designations.mentions);
  const mentions = withoutPlaces(article.text, tokens, cues, stated, bodySpan.start);
  const withDesignations: Gazetteer =
    designations.systems.size === 0
      ? gazetteer
      : { ...gazetteer, systems: new ArticleSystems(gazetteer.systems, designations.systems) };
  // A country named only as a battlefield or an outlet's home is not one of the article's countries.
  const bystanders = bystanderMentions({ text: article.text, tokens, cues, mentions });
  const actorMentions = mentions.filter(
    (mention) => mention.alias.type === "country" && !bystanders.has(mention.first),
  );
  const countryCounts = countBy(actorMentions, "country");
  const titleEnd = titleSpan?.end ?? -1;
  // A title names actors too, but not a country it names only as a bystander ("… à une ennemie d'Israël").
  const titleCodes = actorMentions.filter((m) => m.end <= titleEnd).map((m) => m.alias.id);
  const pair = mainPair(titleCodes, countryCounts);
  const focus = pair[0] ? gazetteer.countries.get(pair[0]) : undefined;
  const kingdom = focus?.kingdom ? focus.code : null;
  const kingdomRefs = kingdom ? kingdomReferences(tokens, mentions) : [];
  if (kingdom && kingdomRefs.length > 0)
    countryCounts.set(kingdom, (countryCounts.get(kingdom) ?? 0) + kingdomRefs.length);

  const sourceId = resolveSource(gazetteer, article.outlet);
  const aggregatorId = resolveSource(gazetteer, article.aggregator);
  const source = sourceId ? gazetteer.sources.get(sourceId) : undefined;
  const systemsNamed = specificSystems(countBy(mentions, "system"), withDesignations.systems);
  const origins = [...systemsNamed.counts.keys()].map(
    (id) => withDesignations.systems.get(id)?.origin ?? null,
  );
  // Deals see a family's mentions as the one variant the article names.
  const specificMentions = mentions.map((mention) => {
    const id = mention.alias.type === "system" ? systemsNamed.specific(mention.alias.id) : mention.alias.id;
    return id === mention.alias.id ? mention : { ...mention, alias: { ...mention.alias, id } };
  });
  const articleSentences = sentences(article.text, spans, tokens);
  const deals = extractDeals({
    text: article.text,
    tokens,
    cues,
    mentions: specificMentions,
    gazetteer: withDesignations,
    sentences: articleSentences,
    pair,
    titleEnd: titleSpan?.end ?? -1,
    kingdomRefs,
    kingdom,
  });
  const people = extractPeople({
    text: article.text,
    tokens,
    cues,
    mentions,
    gazetteer,
    byline: article.byline,
  });

  const byCount = <T>(
    counts: Map<string, number>,
    describe: (id: string, count: number) => T | undefined,
  ): T[] =>
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([id, count]) => describe(id, count))
      .filter((item): item is T => item !== undefined);

  return {
    article: {
      id: article.id,
      title: article.title,
      outlet: article.outlet,
      outletEn: source?.name ?? null,
      sourceId,
      aggregator: article.aggregator,
      publishedAt: article.publishedAt,
      headerDate: article.headerDate,
      byline: article.byline,
      language: article.language,
      url: article.url,
      format: article.format,
    },
    countries: byCount(
      actorCounts({
        counts: withMakerCountries(gazetteer, tokens, mentions, origins, countryCounts),
        mentions: actorMentions,
        cues,
        text: { text: article.text, tokens, cues, mentions },
        deals,
        origins,
        titleCodes,
      }),
      (code, count) => {
        const info = gazetteer.countries.get(code);
        return info && { code, mentions: count, nameEn: info.nameEn, nameAr: info.nameAr };
      },
    ),
    systems: byCount(systemsNamed.counts, (id, count) => {
      const info = withDesignations.systems.get(id);
      return (
        info && {
          id,
          name: info.name,
          nameAr: info.nameAr,
          category: info.category,
          origin: info.origin,
          maker: info.maker,
          family: info.family,
          catalogued: info.catalogued,
          mentions: count,
        }
      );
    }),
    organizations: byCount(countBy(mentions, "organization"), (id, count) => {
      const info = gazetteer.organizations.get(id);
      return info && { id, name: info.name, nameAr: info.nameAr, country: info.country, mentions: count };
    }),
    people,
    citedSources: byCount(countBy(mentions, "source"), (id) => {
      const info = gazetteer.sources.get(id);
      if (!info || id === sourceId || id === aggregatorId) return undefined;
      return { id, name: info.name, nameAr: info.nameAr, kind: info.kind };
    }),
    deals: deals.map((deal) => {
      const systemIds = systemsNamed.forDeal(deal.systemIds);
      return systemIds.join() === deal.systemIds.join()
        ? deal
        : {
            ...deal,
            systemIds,
            systems: systemIds.map((id) => withDesignations.systems.get(id)?.name ?? id),
          };
    }),
  };
}
