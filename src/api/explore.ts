/**
 * Exploring across types: `search` (names through the gazetteer, then the Arabic/English
 * fulltext indexes, Lucene syntax escaped), `path` (the shortest connection between two
 * entities, at most 4 hops) and `timeline` (a country's deal reports in date order).
 */
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { cypherInt, KEY_OF, type NodeLabel, type Props, read } from "../graph/index.js";
import { Article } from "./article.js";
import type { GraphContext } from "./context.js";
import { Country } from "./country.js";
import { Deal } from "./deal.js";
import { Entity, Report } from "./edges.js";
import { resolveCountryCode, resolveSourceId, resolveSystemId } from "./names.js";
import {
  type Constructor,
  capped,
  firstDescription,
  hydrate,
  LIST_DEFAULT,
  LIST_MAX,
  MAX_HOPS,
  projectedList,
} from "./nodes.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { CypherBuilder, projectEntity } from "./projection.js";
import { fieldsBelow, selectionOf } from "./selection.js";
import { Source } from "./source.js";
import { System } from "./system.js";

const TYPES: Record<NodeLabel, Constructor<object>> = {
  Country,
  Deal,
  System,
  Organization,
  Person,
  Source,
  Article,
};
/** Score of an exact name match, above any fulltext relevance. */
const EXACT_SCORE = 1000;
/** Longer than any name or headline phrase; bounds the work a single request can ask of Lucene. */
const MAX_TEXT = 300;
const ENDPOINT = `An entity: a country's code or name, a system's id or alias, a source's name, or a deal, organization, person or article id (at most ${MAX_TEXT} characters).`;

/** Refuses a text argument longer than MAX_TEXT characters, naming the argument. */
function bounded(text: string, argument: string): string {
  if (text.length > MAX_TEXT) {
    throw new GraphQLError(`${argument}: at most ${MAX_TEXT} characters`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return text;
}

function entityOf(labels: string[], props: Props): typeof Entity {
  const label = labels.find((candidate): candidate is NodeLabel => candidate in TYPES);
  if (!label) throw new Error(`unexpected node labels ${labels.join(",")}`);
  return hydrate(TYPES[label], props) as typeof Entity;
}

/** Lucene query syntax escaped, so search text is only ever text. */
export function escapeLucene(text: string): string {
  return text.replace(/[+\-!(){}[\]^"~*?:\\/]|&&|\|\|/g, (special) => `\\${special}`);
}

@ObjectType({ description: "One entity a search found, with how well it matches." })
export class SearchHit {
  @Field(() => Entity, { description: "The entity found." })
  entity!: typeof Entity;

  @Field(() => Float, {
    description: `Relevance: ${EXACT_SCORE} for an exact name (through the gazetteer), else the fulltext index's Lucene score; higher ranks first.`,
  })
  score!: number;
}

@ObjectType({ description: "One relationship on a path, between two of its nodes." })
export class PathStep {
  @Field(() => String, {
    description:
      "The graph's relationship type (PARTY_TO, INVOLVES, REPORTS, MENTIONS …), as in the README's graph model.",
  })
  type!: string;

  @Field(() => Int, { description: "Index in GraphPath.nodes of the node the relationship starts from." })
  from!: number;

  @Field(() => Int, { description: "Index in GraphPath.nodes of the node the relationship points to." })
  to!: number;
}

@ObjectType({
  description: "The shortest connection between two entities in the graph, in either direction.",
})
export class GraphPath {
  @Field(() => Int, { description: "Number of relationships on the path." })
  length!: number;

  @Field(() => [Entity], { description: "The nodes along the path, from the first entity to the second." })
  nodes!: (typeof Entity)[];

  @Field(() => [PathStep], {
    description: "The relationships along the path, in order, each between two of nodes.",
  })
  steps!: PathStep[];
}

interface NodeRef {
  label: NodeLabel;
  key: string;
}

/** An entity named by code, id or any name, tried as country, system, source, then plain ids. */
async function findNode(ctx: GraphContext, text: string, argument: string): Promise<NodeRef> {
  const country = resolveCountryCode(ctx.gazetteer, text);
  if (country) return { label: "Country", key: country };
  const system = resolveSystemId(ctx.gazetteer, text);
  if (system) return { label: "System", key: system };
  const source = resolveSourceId(ctx.gazetteer, text);
  if (source) return { label: "Source", key: source };
  for (const label of ["Deal", "Organization", "Person", "Article"] as const) {
    if (await ctx.loaders.node(label).load(text)) return { label, key: text };
  }
  throw new GraphQLError(`${argument}: nothing in the graph is called "${text}"`, {
    extensions: { code: "BAD_USER_INPUT" },
  });
}

@Resolver()
export class ExploreResolver {
  @Query(() => [SearchHit], {
    description:
      "Countries, systems, organizations, people, sources and articles whose names or titles match the text, in Arabic, English or French; best first.",
  })
  async search(
    @Arg("text", () => String, {
      description: `Words to look for, at most ${MAX_TEXT} characters; Lucene syntax is taken literally.`,
    })
    text: string,
    @Arg("first", () => Int, { nullable: true, description: firstDescription(LIST_DEFAULT) }) first:
      | number
      | null,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    const limit = capped(first ?? undefined);
    if (bounded(text, "text").trim() === "" || limit === 0) return [];
    const tree = selectionOf(info);
    const cypher = new CypherBuilder();
    const frame = cypher.frame();
    const entity = projectEntity(
      frame,
      (label) => fieldsBelow(tree, [["SearchHit", "entity"]], label),
      cypher,
    );
    // Exact names (through the gazetteer) and both fulltext indexes in one statement; a node
    // found twice keeps its best score, so an exact match ranks first and appears once.
    const rows = await read(
      ctx.reader,
      `CALL () {
         MATCH (node:Country {code: $country}) RETURN node, $exact AS score
         UNION ALL
         MATCH (node:System {id: $system}) RETURN node, $exact AS score
         UNION ALL
         CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score RETURN node, score
         UNION ALL
         CALL db.index.fulltext.queryNodes('article_titles', $query, {limit: $limit}) YIELD node, score RETURN node, score
       }
       WITH node AS ${frame.node}, max(score) AS score
       ORDER BY score DESC, labels(${frame.node})[0], coalesce(${frame.node}.code, ${frame.node}.id) LIMIT $limit
       RETURN labels(${frame.node}) AS labels, ${entity} AS props, score`,
      {
        ...cypher.params,
        country: resolveCountryCode(ctx.gazetteer, text) ?? null,
        system: resolveSystemId(ctx.gazetteer, text) ?? null,
        exact: EXACT_SCORE,
        query: escapeLucene(text.trim()),
        limit: cypherInt(limit),
      },
    );
    return rows.map((row) =>
      Object.assign(new SearchHit(), {
        entity: entityOf(row.labels as string[], row.props as Props),
        score: row.score as number,
      }),
    );
  }

  @Query(() => GraphPath, {
    nullable: true,
    description: `The shortest connection between two entities (codes, ids or names), at most ${MAX_HOPS} hops; null when there is none.`,
  })
  async path(
    @Arg("from", () => String, { description: ENDPOINT }) from: string,
    @Arg("to", () => String, { description: ENDPOINT }) to: string,
    @Arg("maxHops", () => Int, {
      defaultValue: MAX_HOPS,
      description: `Longest path to look for, in relationships: 1 to ${MAX_HOPS}.`,
    })
    maxHops: number,
    @Ctx() ctx: GraphContext,
  ): Promise<GraphPath | null> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw new GraphQLError(`maxHops: between 1 and ${MAX_HOPS}`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    const [a, b] = await Promise.all([
      findNode(ctx, bounded(from, "from"), "from"),
      findNode(ctx, bounded(to, "to"), "to"),
    ]);
    // Labels, keys and the hop bound come from our own constants and a checked integer.
    const rows = await read(
      ctx.reader,
      `MATCH (a:${a.label} {${KEY_OF[a.label]}: $a}), (b:${b.label} {${KEY_OF[b.label]}: $b})
       MATCH p = shortestPath((a)-[*..${maxHops}]-(b))
       RETURN [n IN nodes(p) | {labels: labels(n), props: properties(n), id: elementId(n)}] AS nodes,
              [r IN relationships(p) | {type: type(r), start: elementId(startNode(r)), end: elementId(endNode(r))}] AS rels`,
      { a: a.key, b: b.key },
    );
    const row = rows[0];
    if (!row) return null;
    const nodes = row.nodes as { labels: string[]; props: Props; id: string }[];
    const index = new Map(nodes.map((node, position) => [node.id, position]));
    const steps = (row.rels as { type: string; start: string; end: string }[]).map((rel) =>
      Object.assign(new PathStep(), {
        type: rel.type,
        from: index.get(rel.start) ?? -1,
        to: index.get(rel.end) ?? -1,
      }),
    );
    return Object.assign(new GraphPath(), {
      length: steps.length,
      nodes: nodes.map((node) => entityOf(node.labels, node.props)),
      steps,
    });
  }

  @Query(() => [Report], {
    description: "Every report of the deals a country is party to, oldest article first (undated last).",
  })
  timeline(
    @Arg("country", () => String, {
      description: "ISO 3166-1 alpha-2 code or any name in Arabic, English or French (MA, المغرب, Maroc).",
    })
    country: string,
    @Arg("first", () => Int, { defaultValue: LIST_MAX, description: firstDescription(LIST_MAX) })
    first: number,
    @Ctx() ctx: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Report[]> {
    const code = resolveCountryCode(ctx.gazetteer, country);
    if (!code)
      throw new GraphQLError(`country: no country called "${country}"`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    return projectedList(
      ctx,
      info,
      "Report",
      ({ node, rel, from }) =>
        `MATCH (:Country {code: $code})-[:PARTY_TO]->(${from}:Deal)<-[${rel}:REPORTS]-(${node}:Article)
         WITH ${node}, ${rel}, ${from} ORDER BY coalesce(${node}.publishedAt, '9999') ASC, ${node}.id, ${rel}.start
         LIMIT $limit`,
      { code, limit: cypherInt(capped(first)) },
    );
  }
}
