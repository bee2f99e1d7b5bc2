/**
 * Extraction results flattened into the row lists the writer UNWINDs: one list per node label
 * and relationship type, so each becomes a single parameterised statement per batch.
 */
import type { Extraction, Gazetteer } from "../extract/index.js";
import type { Article } from "../parse/index.js";
import { reportOf, summaryFactsOf } from "../resolve/index.js";
import type { ReportFacts } from "../resolve/summary.js";
import { normalizeArabicWord, normalizeLatinWord } from "../text/tokens.js";

export interface ArticleToWrite {
  /** Where the article came from (file path, with #record for JSON records). */
  file: string;
  extraction: Extraction;
  /**
   * The article as parsed: its text and spans are kept on the Article node, so evidence can be
   * shown in context and `npm run reextract` can rebuild the graph without the files.
   */
  parsed: Article;
  /**
   * When this version was last changed: its file's mtime (the API: the time of ingestion).
   * Of two versions of one key the later wins (src/graph/versions.ts).
   */
  modifiedAt?: string | null;
}

type Props = Record<string, string | number | boolean | null>;

export interface Rows {
  articles: { id: string; key: string; props: Props }[];
  sources: { id: string; props: Props }[];
  publishedBy: { article: string; source: string }[];
  via: { article: string; source: string }[];
  cites: { article: string; source: string }[];
  countries: { code: string; props: Props }[];
  systems: { id: string; origin: string | null; maker: { id: string; props: Props } | null; props: Props }[];
  /** A variant and the family it belongs to (F-16 Block 70 → F-16). */
  variantOf: { variant: string; family: string }[];
  organizations: { id: string; country: string | null; props: Props }[];
  people: { id: string; props: Props }[];
  organizationMentions: { article: string; id: string; count: number }[];
  countryMentions: { article: string; code: string; count: number }[];
  systemMentions: { article: string; id: string; count: number }[];
  quoted: { article: string; person: string; role: string | null }[];
  wrote: { article: string; person: string }[];
  /** One row per report; the deal it belongs to is resolved by the writer, bucket by bucket. */
  reports: ReportRow[];
}

export interface ReportRow {
  article: string;
  bucket: string;
  signature: string;
  parties: string[];
  kind: string;
  /** What the deal's summary reads of the report (src/resolve/summary.ts). */
  facts: ReportFacts;
  /** What the REPORTS relationship keeps: everything the report stated, and its bucket and signature. */
  props: Record<string, string | number | boolean | null | string[]>;
}

export const emptyRows = (): Rows => ({
  articles: [],
  sources: [],
  publishedBy: [],
  via: [],
  cites: [],
  countries: [],
  systems: [],
  variantOf: [],
  organizations: [],
  people: [],
  organizationMentions: [],
  countryMentions: [],
  systemMentions: [],
  quoted: [],
  wrote: [],
  reports: [],
});

/** The key an article keeps across versions: its URL, else the file it was read from. */
export const articleKey = (item: ArticleToWrite) => item.extraction.article.url ?? `file:${item.file}`;

/** Id of an outlet the gazetteer does not know: its name, normalized. */
function outletId(name: string): string {
  const normalized = normalizeLatinWord(normalizeArabicWord(name)).replace(/\s+/g, "-");
  return `outlet:${normalized}`;
}

function sourceRow(gazetteer: Gazetteer, id: string | null, fallbackName: string): Rows["sources"][number] {
  const known = id ? gazetteer.sources.get(id) : undefined;
  if (known)
    return {
      id: known.id,
      props: { name: known.name, nameAr: known.nameAr, kind: known.kind, country: known.country },
    };
  return {
    id: outletId(fallbackName),
    props: { name: fallbackName, nameAr: null, kind: "outlet", country: null },
  };
}

function countryRow(gazetteer: Gazetteer, code: string): Rows["countries"][number] {
  const info = gazetteer.countries.get(code);
  return {
    code,
    props: {
      name: info?.nameEn ?? code,
      nameEn: info?.nameEn ?? null,
      nameAr: info?.nameAr ?? null,
      nameFr: info?.nameFr ?? null,
      continent: info?.continent ?? null,
    },
  };
}

function makerRow(gazetteer: Gazetteer, id: string | null): Rows["systems"][number]["maker"] {
  const maker = id ? gazetteer.organizations.get(id) : undefined;
  return maker
    ? { id: maker.id, props: { name: maker.name, nameAr: maker.nameAr, country: maker.country } }
    : null;
}

/** A System node's row: the catalogue's facts, or what the article gave for an uncatalogued one. */
function systemRow(
  gazetteer: Gazetteer,
  system: Pick<
    Extraction["systems"][number],
    "id" | "name" | "nameAr" | "category" | "origin" | "maker" | "catalogued"
  >,
): Rows["systems"][number] {
  const aliases = (gazetteer.systems.get(system.id) as { aliases?: string[] } | undefined)?.aliases ?? [];
  return {
    id: system.id,
    origin: system.origin,
    maker: makerRow(gazetteer, system.maker),
    props: {
      name: system.name,
      nameAr: system.nameAr,
      category: system.category,
      catalogued: system.catalogued,
      aliasText: aliases.map((alias) => alias.replace(/^[~^!]/, "")).join(" | "),
    },
  };
}

/** Appends the rows of one article (whose id is new to the graph) to `rows`. */
export function addArticleRows(rows: Rows, item: ArticleToWrite, gazetteer: Gazetteer): void {
  const { article, countries, systems, organizations, people, citedSources, deals } = item.extraction;
  const id = article.id;
  rows.articles.push({
    id,
    key: articleKey(item),
    props: {
      key: articleKey(item),
      title: article.title,
      publishedAt: article.publishedAt,
      headerDate: article.headerDate,
      language: article.language,
      url: article.url,
      byline: article.byline,
      outlet: article.outlet,
      format: article.format,
      file: item.file,
      modifiedAt: item.modifiedAt ?? null,
      aggregator: article.aggregator,
      text: item.parsed.text,
      titleStart: item.parsed.titleSpan?.start ?? null,
      titleEnd: item.parsed.titleSpan?.end ?? null,
      bodyStart: item.parsed.bodySpan.start,
      bodyEnd: item.parsed.bodySpan.end,
    },
  });
  if (article.outlet) {
    const source = sourceRow(gazetteer, article.sourceId, article.outlet);
    rows.sources.push(source);
    rows.publishedBy.push({ article: id, source: source.id });
  }
  if (article.aggregator) {
    const aggregator = sourceRow(gazetteer, article.aggregator.toLowerCase(), article.aggregator);
    aggregator.props.kind = "aggregator";
    rows.sources.push(aggregator);
    rows.via.push({ article: id, source: aggregator.id });
  }
  for (const cited of citedSources) {
    rows.sources.push(sourceRow(gazetteer, cited.id, cited.name));
    rows.cites.push({ article: id, source: cited.id });
  }
  for (const country of countries) {
    rows.countries.push(countryRow(gazetteer, country.code));
    rows.countryMentions.push({ article: id, code: country.code, count: country.mentions });
  }
  // Countries reached only as a system's origin, a deal's party or a firm's seat get their names too.
  const referenced = [
    ...systems.map((system) => system.origin),
    ...deals.flatMap((deal) => deal.parties),
    ...organizations.map((org) => org.country),
  ];
  for (const code of new Set(referenced)) if (code) rows.countries.push(countryRow(gazetteer, code));
  for (const system of systems) {
    rows.systems.push(systemRow(gazetteer, system));
    const family = system.family ? gazetteer.systems.get(system.family) : undefined;
    if (family) {
      rows.systems.push(systemRow(gazetteer, { ...family, catalogued: true }));
      rows.variantOf.push({ variant: system.id, family: family.id });
    }
    rows.systemMentions.push({ article: id, id: system.id, count: system.mentions });
  }
  for (const organization of organizations) {
    rows.organizations.push({
      id: organization.id,
      country: organization.country,
      props: { name: organization.name, nameAr: organization.nameAr },
    });
    rows.organizationMentions.push({ article: id, id: organization.id, count: organization.mentions });
  }
  for (const person of people) {
    rows.people.push({ id: person.id, props: { name: person.name } });
    if (person.role === "author") rows.wrote.push({ article: id, person: person.id });
    else rows.quoted.push({ article: id, person: person.id, role: person.role });
  }
  for (const deal of deals) {
    const { facts: contract, signature } = reportOf(deal, gazetteer);
    const { article: _article, ...facts } = summaryFactsOf(deal, contract, id, article.publishedAt);
    rows.reports.push({
      article: id,
      bucket: contract.bucket,
      signature,
      parties: [...deal.parties].sort(),
      kind: deal.kind,
      facts: { article: id, ...facts },
      props: {
        ...facts,
        bucket: contract.bucket,
        signature,
        kind: deal.kind,
        parties: [...deal.parties].sort(),
        evidence: deal.evidence,
        end: deal.end,
      },
    });
  }
}
