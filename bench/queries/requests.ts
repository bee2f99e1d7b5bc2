/**
 * The five benchmark requests, each written three ways for the same answer:
 * - `api`: our GraphQL API;
 * - `cypher`: the hand-written Cypher a Neo4j expert would send through the driver (the floor),
 *   one statement returning the whole nested answer;
 * - `peer`: the same data through @neo4j/graphql (bench/queries/peer-schema.ts): generated
 *   queries where the library can express the request, its @cypher fields where it cannot
 *   (search across types, shortest path, a flat timeline) — what its users would write.
 * `fingerprint` reduces each target's answer to the facts all three must agree on, checked
 * before any timing so that no target is fast because it answers less.
 */

export type Target = "api" | "cypher" | "peer";

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherRequest {
  statement: string;
  params: Record<string, unknown>;
}

export interface BenchRequest {
  name: string;
  api: GraphQLRequest;
  peer: GraphQLRequest;
  cypher: CypherRequest;
  /** The comparable core of a target's answer (`data` for GraphQL, `{rows}` for Cypher). */
  fingerprint(target: Target, answer: Record<string, unknown>): string;
}

/** The parameters: a country with many deals, a system reached from another country. */
export interface BenchSubjects {
  country: string;
  pathFrom: string;
  pathTo: string;
  searchText: string;
}

/** Present in every generated corpus: the most common buyer, a system reached from Pakistan. */
export const BENCH_SUBJECTS: BenchSubjects = {
  country: "MA",
  pathFrom: "PK",
  pathTo: "s-400",
  searchText: "Patriot",
};

// biome-ignore lint/suspicious/noExplicitAny: answers are untyped JSON walked by hand
type Json = any;

/** Enum values as stored ("under negotiation") and as our API spells them (UNDER_NEGOTIATION). */
const lower = (value: unknown) =>
  String(value ?? "")
    .toLowerCase()
    .replaceAll("_", " ");

function countryRequest({ country }: BenchSubjects): BenchRequest {
  return {
    name: "country with deals, systems and reports",
    api: {
      query: `query($code: String!) { country(code: $code) { code nameEn
        deals(first: 20) { id kind status systems { id name }
          reports { status evidence publishedAt source { name } } } } }`,
      variables: { code: country },
    },
    peer: {
      query: `query($code: String!) { countries(where: { code: { eq: $code } }) { code nameEn
        deals(limit: 20, sort: [{ lastReported: DESC }, { id: ASC }]) { id kind status
          systems(sort: [{ id: ASC }]) { id name }
          reportsConnection { edges { properties { status evidence } node { publishedAt source { name } } } } } } }`,
      variables: { code: country },
    },
    cypher: {
      statement: `MATCH (c:Country {code: $code})
        RETURN c {.code, .nameEn, deals: COLLECT {
          MATCH (c)-[:PARTY_TO]->(d:Deal)
          WITH d ORDER BY coalesce(d.lastReported, '') DESC, d.id LIMIT 20
          RETURN d {.id, .kind, .status,
            systems: COLLECT { MATCH (d)-[:INVOLVES]->(s:System) WITH s ORDER BY s.id RETURN s {.id, .name} },
            reports: COLLECT {
              MATCH (d)<-[r:REPORTS]-(a:Article)
              WITH r, a ORDER BY coalesce(a.publishedAt, '') ASC, r.start
              OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(source:Source)
              RETURN {status: r.status, evidence: r.evidence, publishedAt: a.publishedAt, source: source {.name}} } } } } AS country`,
      params: { code: country },
    },
    fingerprint(target, answer: Json) {
      const found = { api: answer.country, peer: answer.countries?.[0], cypher: answer.rows?.[0]?.country }[
        target
      ];
      const deals: Json[] = found.deals;
      const reports = deals.map((deal) =>
        target === "peer" ? deal.reportsConnection.edges.length : deal.reports.length,
      );
      return `${found.code} ${deals.map((deal) => `${deal.id}/${lower(deal.status)}/${deal.systems.length}`).join(",")} reports=${reports.join(",")}`;
    },
  };
}

function dealsRequest({ country }: BenchSubjects): BenchRequest {
  return {
    name: "filtered deal list, one page",
    api: {
      query: `query($party: String!) { deals(filter: { party: $party, kind: ACQUISITION }, first: 20, orderBy: ID_ASC) {
        totalCount edges { cursor node { id kind status lastReported parties { role country { code } } systems { id } } }
        pageInfo { endCursor hasNextPage } } }`,
      variables: { party: country },
    },
    peer: {
      query: `query($party: String!) { dealsConnection(where: { kind: { eq: "acquisition" }, parties: { some: { code: { eq: $party } } } },
        first: 20, sort: [{ id: ASC }]) {
        totalCount edges { cursor node { id kind status lastReported
          partiesConnection { edges { properties { role } node { code } } } systems { id } } }
        pageInfo { endCursor hasNextPage } } }`,
      variables: { party: country },
    },
    cypher: {
      statement: `CALL () {
          MATCH (:Country {code: $party})-[:PARTY_TO]->(d:Deal {kind: 'acquisition'}) RETURN count(d) AS totalCount }
        CALL () {
          MATCH (:Country {code: $party})-[:PARTY_TO]->(d:Deal {kind: 'acquisition'})
          WITH d ORDER BY d.id LIMIT 21
          RETURN collect(d {.id, .kind, .status, .lastReported,
            parties: COLLECT { MATCH (d)<-[p:PARTY_TO]-(c:Country) WITH p, c ORDER BY c.code RETURN {role: p.role, code: c.code} },
            systems: COLLECT { MATCH (d)-[:INVOLVES]->(s:System) WITH s ORDER BY s.id RETURN s.id } }) AS page }
        RETURN totalCount, page[0..20] AS page, size(page) > 20 AS hasNextPage`,
      params: { party: country },
    },
    fingerprint(target, answer: Json) {
      if (target === "cypher") {
        const [row] = answer.rows;
        return `${row.totalCount} ${row.page.map((deal: Json) => deal.id).join(",")} ${row.hasNextPage}`;
      }
      const page = target === "peer" ? answer.dealsConnection : answer.deals;
      return `${page.totalCount} ${page.edges.map((edge: Json) => edge.node.id).join(",")} ${page.pageInfo.hasNextPage}`;
    },
  };
}

const SEARCH_STATEMENT = `CALL () {
    CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: toInteger($limit)}) YIELD node, score RETURN node, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('article_titles', $text, {limit: toInteger($limit)}) YIELD node, score RETURN node, score }
  WITH node, score ORDER BY score DESC LIMIT toInteger($limit)
  RETURN {type: labels(node)[0], key: coalesce(node.code, node.id), name: coalesce(node.name, node.title), score: score} AS hit`;

function searchRequest({ searchText }: BenchSubjects): BenchRequest {
  return {
    name: "search",
    api: {
      query: `query($text: String!) { search(text: $text, first: 10) { score entity { __typename
        ... on Country { code nameEn } ... on System { id name } ... on Article { id title }
        ... on Organization { id name } ... on Source { id name } ... on Person { id name } } } }`,
      variables: { text: searchText },
    },
    peer: {
      query: `query($text: String!) { search(text: $text, limit: 10) { type key name score } }`,
      variables: { text: searchText },
    },
    cypher: { statement: SEARCH_STATEMENT, params: { text: searchText, limit: 10 } },
    fingerprint(target, answer: Json) {
      const hits: Json[] = target === "cypher" ? answer.rows : answer.search;
      return `${hits.length} hits`;
    },
  };
}

const PATH_STATEMENT = `MATCH (a:Country {code: $from}), (b:System {id: $to})
  MATCH p = shortestPath((a)-[*..4]-(b))
  RETURN {length: length(p),
    nodes: [n IN nodes(p) | {type: labels(n)[0], key: coalesce(n.code, n.id)}],
    steps: [r IN relationships(p) | type(r)]} AS path`;

function pathRequest({ pathFrom, pathTo }: BenchSubjects): BenchRequest {
  return {
    name: "path",
    api: {
      query: `query($from: String!, $to: String!) { path(from: $from, to: $to) { length steps { type from to }
        nodes { __typename ... on Country { code } ... on Deal { id } ... on System { id } ... on Article { id }
          ... on Source { id } ... on Organization { id } ... on Person { id } } } }`,
      variables: { from: pathFrom, to: pathTo },
    },
    peer: {
      query: `query($from: String!, $to: String!) { path(from: $from, to: $to) { length nodes { type key } steps } }`,
      variables: { from: pathFrom, to: pathTo },
    },
    cypher: { statement: PATH_STATEMENT, params: { from: pathFrom, to: pathTo } },
    fingerprint(_target, answer: Json) {
      return `length ${(answer.rows?.[0] ?? answer).path.length}`;
    },
  };
}

const TIMELINE_STATEMENT = `MATCH (:Country {code: $code})-[:PARTY_TO]->(d:Deal)<-[r:REPORTS]-(a:Article)
  WITH d, r, a ORDER BY coalesce(a.publishedAt, '9999') ASC, a.id, r.start LIMIT toInteger($limit)
  RETURN {publishedAt: a.publishedAt, status: r.status, evidence: r.evidence, deal: d {.id, .kind},
    source: head(COLLECT { MATCH (a)-[:PUBLISHED_BY]->(s:Source) RETURN s {.name} })} AS entry`;

function timelineRequest({ country }: BenchSubjects): BenchRequest {
  return {
    name: "timeline",
    api: {
      query: `query($country: String!) { timeline(country: $country, first: 50) {
        publishedAt status evidence deal { id kind } source { name } } }`,
      variables: { country },
    },
    peer: {
      query: `query($country: String!) { timeline(code: $country, limit: 50) {
        publishedAt status evidence deal { id kind } source { name } } }`,
      variables: { country },
    },
    cypher: { statement: TIMELINE_STATEMENT, params: { code: country, limit: 50 } },
    fingerprint(_target, answer: Json) {
      const entries: Json[] = answer.rows?.map((row: Json) => row.entry) ?? answer.timeline;
      return `${entries.length} ${entries.map((entry) => entry.deal.id).join(",")}`;
    },
  };
}

export function benchRequests(subjects: BenchSubjects): BenchRequest[] {
  return [
    countryRequest(subjects),
    dealsRequest(subjects),
    searchRequest(subjects),
    pathRequest(subjects),
    timelineRequest(subjects),
  ];
}

/** Statements the @neo4j/graphql schema reuses in its @cypher fields, so both run the same Cypher. */
export const PEER_CYPHER = { search: SEARCH_STATEMENT, path: PATH_STATEMENT, timeline: TIMELINE_STATEMENT };
