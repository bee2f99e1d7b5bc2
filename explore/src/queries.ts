/**
 * The GraphQL documents the page sends, and the shapes of their answers. Each is a plain
 * document (no introspection needed) sized well inside the API's request limits: the heaviest,
 * a system's deals with their parties, systems and reports, costs 190,813 of the default
 * 50,000,000 (src/api/limits/cost.ts; tests/explore/documents.test.ts checks every one).
 */
import { request } from "./api.js";

export type Status =
  | "RUMOURED"
  | "UNDER_NEGOTIATION"
  | "AGREED"
  | "SIGNED"
  | "DELIVERED"
  | "CANCELLED"
  | "DENIED"
  | "UNKNOWN";

export interface CountryRef {
  code: string;
  nameEn: string | null;
  nameAr: string | null;
}

export interface SystemRef {
  id: string;
  name: string;
  nameAr: string | null;
}

export interface SourceRef {
  id?: string;
  name: string;
  nameAr: string | null;
}

export interface DealSummary {
  id: string;
  kind: string;
  status: Status;
  firstReported: string | null;
  lastReported: string | null;
  reportCount: number | null;
  conflicts: string[] | null;
  parties: { role: "SUPPLIER" | "RECIPIENT" | "PARTNER"; country: CountryRef }[];
  systems: SystemRef[];
}

/** One report as the timeline draws it. */
export interface TimelineReport {
  publishedAt: string | null;
  status: Status;
  deal: { id: string };
  source: SourceRef | null;
  article: { id: string };
}

const DEAL_SUMMARY = `
  fragment DealSummary on Deal {
    id kind status firstReported lastReported reportCount conflicts
    parties { role country { code nameEn nameAr } }
    systems { id name nameAr }
  }`;

export type SearchEntity =
  | ({ __typename: "Country" } & CountryRef & { nameFr: string | null })
  | ({ __typename: "System" } & SystemRef & { category: string })
  | { __typename: "Deal"; id: string; kind: string; status: Status }
  | { __typename: "Article"; id: string; title: string | null; language: string | null; deals: DealLink[] }
  | ({ __typename: "Source" } & SourceRef & { deals: DealLink[] })
  | { __typename: "Organization" | "Person" };

export interface DealLink {
  id: string;
  kind: string;
  status: Status;
}

const SEARCH = `
  query Search($text: String!) {
    search(text: $text, first: 20) {
      score
      entity {
        __typename
        ... on Country { code nameEn nameAr nameFr }
        ... on System { id name nameAr category }
        ... on Deal { id kind status }
        ... on Article { id title language deals { id kind status } }
        ... on Source { id name nameAr deals { id kind status } }
      }
    }
  }`;

export function search(text: string) {
  return request<{ search: { score: number; entity: SearchEntity }[] }>(SEARCH, { text });
}

export interface CountryPage {
  country: (CountryRef & { nameFr: string | null; deals: DealSummary[] }) | null;
  timeline: TimelineReport[];
}

const COUNTRY = `
  query Country($code: String!) {
    country(code: $code) { code nameEn nameAr nameFr deals(first: 100) { ...DealSummary } }
    timeline(country: $code) { publishedAt status deal { id } source { id name nameAr } article { id } }
  }
  ${DEAL_SUMMARY}`;

export function countryPage(code: string) {
  return request<CountryPage>(COUNTRY, { code });
}

export interface SystemPage {
  system:
    | (SystemRef & {
        category: string;
        origin: CountryRef | null;
        family: SystemRef | null;
        deals: (DealSummary & { reports: Omit<TimelineReport, "deal">[] })[];
      })
    | null;
}

const SYSTEM = `
  query System($id: String!) {
    system(id: $id) {
      id name nameAr category
      origin { code nameEn nameAr }
      family { id name nameAr }
      deals { ...DealSummary reports { publishedAt status source { id name nameAr } article { id } } }
    }
  }
  ${DEAL_SUMMARY}`;

export function systemPage(id: string) {
  return request<SystemPage>(SYSTEM, { id });
}

export interface ReportSource {
  source: SourceRef | null;
  publishedAt: string | null;
  article: string;
}

export interface DealReport {
  status: Status;
  evidence: string;
  start: number;
  end: number;
  publishedAt: string | null;
  source: SourceRef | null;
  article: { id: string; title: string | null; language: string | null; url: string | null };
}

export interface DealDetail extends DealSummary {
  quantity: number | null;
  value: number | null;
  currency: string | null;
  year: number | null;
  nature: string | null;
  statusRegressed: boolean | null;
  figures: { field: string; value: string; reports: ReportSource[] }[];
  history: {
    status: Status;
    firstReported: string | null;
    lastReported: string | null;
    backwards: boolean;
    reports: ReportSource[];
  }[];
  reports: DealReport[];
}

const DEAL = `
  query Deal($id: String!) {
    deal(id: $id) {
      ...DealSummary
      quantity value currency year nature statusRegressed
      figures { field value reports { source { name nameAr } publishedAt article } }
      history { status firstReported lastReported backwards reports { source { name nameAr } publishedAt article } }
      reports {
        status evidence start end publishedAt
        source { id name nameAr }
        article { id title language url }
      }
    }
  }
  ${DEAL_SUMMARY}`;

export function dealPage(id: string) {
  return request<{ deal: DealDetail | null }>(DEAL, { id });
}

export interface ArticleText {
  id: string;
  text: string | null;
  bodyStart: number | null;
  bodyEnd: number | null;
  language: string | null;
}

const ARTICLE = `
  query Article($id: String!) { article(id: $id) { id text bodyStart bodyEnd language } }`;

export function articleText(id: string) {
  return request<{ article: ArticleText | null }>(ARTICLE, { id });
}

/** Every document the page sends, by name (tests/explore/documents.test.ts checks them against the schema and limits). */
export const DOCUMENTS = { search: SEARCH, country: COUNTRY, system: SYSTEM, deal: DEAL, article: ARTICLE };
