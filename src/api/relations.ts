/**
 * How each GraphQL object type reads from the graph — the one table the projection compiler
 * (projection.ts) works from. A type is read from a frame of Cypher variables: its node, and for
 * the edge types (Report, DealParty) also the relationship and the deal it leads to. Fields not
 * listed as relations, computed or resolved are stored properties of the same name.
 */
import { cypherInt, HOPS, type HopName, hopCypher, KEY_OF, type NodeLabel } from "../graph/index.js";
import { capped, LIST_MAX } from "./nodes.js";

export type TypeName = NodeLabel | "Report" | "DealParty";

/** The Cypher variables an object is read from. */
export interface Frame {
  node: string;
  rel: string;
  /** The parent's node, for edge types: a report's or a party's deal. */
  from: string;
}

/** Binds a value as a fresh query parameter, giving its `$name`. */
export type Bind = (value: unknown) => string;

export type Args = Record<string, unknown>;

export interface Relation {
  type: TypeName;
  /** One object or null, not a list. */
  single?: true;
  /** The child is a variable of the parent's own frame (a report's article): no subquery. */
  inline?: (parent: Frame) => Frame;
  /** Cypher from MATCH to LIMIT binding the child frame's variables, in the list's order. */
  rows?: (parent: Frame, child: Frame, args: Args, bind: Bind) => string;
}

export interface TypePlan {
  /** Always projected, whatever is selected: what resolvers and `rebind` need. */
  keys: (frame: Frame) => Record<string, string>;
  /** The variable stored fields are read from. */
  stored: (frame: Frame) => string;
  /** Fields computed in TypeScript, with the stored properties they read. */
  computed?: Record<string, string[]>;
  /** Fields answered by their own resolver from the keys (aggregates, unions). */
  resolved?: string[];
  relations: Record<string, Relation>;
  /** A MATCH binding `frame` again from the keys held in the Cypher variable `key`. */
  rebind: (frame: Frame, key: string) => string;
  /** The keys of an object of this type, as `rebind` reads them. */
  keyOf: (value: Record<string, unknown>) => unknown;
}

interface HopOptions {
  /** The list takes `first` (default and cap in nodes.ts); any other list stops at the cap. */
  paged?: true;
  /** A type other than the hop's end label (edge types). */
  as?: TypeName;
  /** A filter over the child frame from the arguments. */
  where?: (child: Frame, args: Args, bind: Bind) => string | undefined;
}

/**
 * Neighbours along one of the graph's hops, in the hop's order; every list has a LIMIT, which is
 * what the request cost (limits/cost.ts) counts.
 */
function hop(name: HopName, options: HopOptions = {}): Relation {
  return {
    type: options.as ?? HOPS[name].to,
    rows: (parent, child, args, bind) => {
      const { pattern, order } = hopCypher(name, parent.node, child.rel, child.node);
      const where = options.where?.(child, args, bind);
      const limit = options.paged ? capped(args.first as number | null) : LIST_MAX;
      return `MATCH ${pattern}${where ? ` WHERE ${where}` : ""} WITH ${child.node}, ${child.rel} ORDER BY ${order} LIMIT ${bind(cypherInt(limit))}`;
    },
  };
}

const one = (relation: Relation): Relation => ({ ...relation, single: true });

/** Distinct nodes two steps away, by key: `path` joins the parent's node to the child's. */
function distinct(type: NodeLabel, path: (parent: string, child: string) => string): Relation {
  return {
    type,
    rows: (parent, child) =>
      `MATCH ${path(parent.node, child.node)} WITH DISTINCT ${child.node} ORDER BY ${child.node}.${KEY_OF[type]} LIMIT ${LIST_MAX}`,
  };
}

/** The country a deal names in one of its properties (supplier, recipient). */
const countryNamedBy = (property: string): Relation =>
  one({
    type: "Country",
    rows: (parent, child) => `MATCH (${child.node}:Country {code: ${parent.node}.${property}})`,
  });

const systemsInRole = (role: string) =>
  distinct(
    "System",
    (country, system) =>
      `(${country})-[:PARTY_TO {role: '${role}'}]->(:Deal)-[:INVOLVES]->(${system}:System)`,
  );

/** A node type: its key projected, its stored fields read from the node, found again by key. */
function nodeType(label: NodeLabel, plan: Pick<TypePlan, "relations" | "computed" | "resolved">): TypePlan {
  const key = KEY_OF[label];
  return {
    keys: (frame) => ({ [key]: `${frame.node}.${key}` }),
    stored: (frame) => frame.node,
    rebind: (frame, value) => `MATCH (${frame.node}:${label} {${key}: ${value}})`,
    keyOf: (value) => value[key],
    ...plan,
  };
}

export const TYPE_PLANS: Record<TypeName, TypePlan> = {
  Country: nodeType("Country", {
    // Aggregated by its own resolver: inside a projection Neo4j 5.26 refuses aggregating
    // functions, and counting per partner instead costs 3.4x the Neo4j time (15 vs 4.4 ms, MA at 10k).
    resolved: ["partners"],
    relations: {
      deals: hop("dealsOfCountry", {
        paged: true,
        where: (child, args, bind) => (args.role ? `${child.rel}.role = ${bind(args.role)}` : undefined),
      }),
      systemsAcquired: systemsInRole("recipient"),
      systemsSupplied: systemsInRole("supplier"),
      mentionedIn: hop("articlesMentioningCountry", { paged: true }),
    },
  }),
  Deal: nodeType("Deal", {
    resolved: ["figures", "history"],
    relations: {
      parties: hop("partiesOfDeal", { as: "DealParty" }),
      supplier: countryNamedBy("supplier"),
      recipient: countryNamedBy("recipient"),
      systems: hop("systemsOfDeal"),
      reports: hop("reportsOfDeal", { as: "Report" }),
    },
  }),
  System: nodeType("System", {
    computed: { aliases: ["aliasText"] },
    relations: {
      origin: one(hop("originOfSystem")),
      family: one(hop("familyOfSystem")),
      variants: hop("variantsOfSystem"),
      manufacturers: hop("makersOfSystem"),
      deals: hop("dealsOfSystem"),
    },
  }),
  Organization: nodeType("Organization", { relations: { country: one(hop("seatOfOrganization")) } }),
  Person: nodeType("Person", { relations: { quotedIn: hop("articlesQuotingPerson", { paged: true }) } }),
  Source: nodeType("Source", {
    relations: {
      articles: hop("articlesOfSource", { paged: true }),
      deals: distinct(
        "Deal",
        (source, deal) => `(${source})<-[:PUBLISHED_BY]-(:Article)-[:REPORTS]->(${deal}:Deal)`,
      ),
    },
  }),
  Article: nodeType("Article", {
    resolved: ["mentions"],
    relations: {
      source: one(hop("sourceOfArticle")),
      aggregator: one(hop("aggregatorOfArticle")),
      citedSources: hop("citedByArticle"),
      deals: hop("dealsOfArticle"),
    },
  }),
  // A report is the REPORTS relationship from its article (the frame's node) to its deal.
  Report: {
    keys: (frame) => ({ articleId: `${frame.node}.id`, dealId: `${frame.from}.id` }),
    stored: (frame) => frame.rel,
    relations: {
      article: { type: "Article", inline: (frame) => frame },
      deal: { type: "Deal", inline: (frame) => ({ ...frame, node: frame.from }) },
      source: one(hop("sourceOfArticle")),
    },
    rebind: (frame, key) =>
      `MATCH (${frame.node}:Article {id: ${key}.articleId})-[${frame.rel}:REPORTS]->(${frame.from}:Deal {id: ${key}.dealId})`,
    keyOf: (value) => ({ articleId: value.articleId, dealId: value.dealId }),
  },
  // A party is the PARTY_TO relationship from its country (the frame's node) to its deal.
  DealParty: {
    keys: (frame) => ({ code: `${frame.node}.code`, dealId: `${frame.from}.id` }),
    stored: (frame) => frame.rel,
    relations: { country: { type: "Country", inline: (frame) => frame } },
    rebind: (frame, key) =>
      `MATCH (${frame.node}:Country {code: ${key}.code})-[${frame.rel}:PARTY_TO]->(${frame.from}:Deal {id: ${key}.dealId})`,
    keyOf: (value) => ({ code: value.code, dealId: value.dealId }),
  },
};
