/**
 * Our graph described for @neo4j/graphql (v7), the peer most users would pick: node types with
 * @relationship fields for what the library generates, @cypher fields for what it cannot
 * (search across types, shortest path, a flat timeline) — the same Cypher our floor sends.
 */
import { PEER_CYPHER } from "./requests.js";

const cypherField = (statement: string, column: string) =>
  `@cypher(statement: """${statement}""", columnName: "${column}")`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Country @node {
    code: String!
    nameEn: String
    nameAr: String
    nameFr: String
    continent: String
    deals: [Deal!]! @relationship(type: "PARTY_TO", direction: OUT, properties: "PartyTo")
  }

  type PartyTo @relationshipProperties {
    role: String
  }

  type Deal @node {
    id: String!
    kind: String
    status: String
    lastReported: String
    firstReported: String
    parties: [Country!]! @relationship(type: "PARTY_TO", direction: IN, properties: "PartyTo")
    systems: [System!]! @relationship(type: "INVOLVES", direction: OUT)
    reports: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Report")
  }

  type Report @relationshipProperties {
    status: String
    evidence: String
    start: Int
    end: Int
  }

  type System @node {
    id: String!
    name: String
    category: String
  }

  type Source @node {
    id: String!
    name: String
  }

  type Article @node {
    id: String!
    title: String
    publishedAt: String
    source: Source @relationship(type: "PUBLISHED_BY", direction: OUT)
  }

  type SearchHit {
    type: String
    key: String
    name: String
    score: Float
  }

  type PathNode {
    type: String
    key: String
  }

  type GraphPath {
    length: Int
    nodes: [PathNode!]
    steps: [String!]
  }

  type TimelineDeal {
    id: String
    kind: String
  }

  type TimelineSource {
    name: String
  }

  type TimelineEntry {
    publishedAt: String
    status: String
    evidence: String
    deal: TimelineDeal
    source: TimelineSource
  }

  type Query {
    search(text: String!, limit: Int!): [SearchHit!]! ${cypherField(PEER_CYPHER.search, "hit")}
    path(from: String!, to: String!): GraphPath ${cypherField(PEER_CYPHER.path, "path")}
    timeline(code: String!, limit: Int!): [TimelineEntry!]! ${cypherField(PEER_CYPHER.timeline, "entry")}
  }
`;
