/**
 * What every resolver receives for one request: the graph reader, per-request DataLoaders (so
 * what the selection compiler does not reach costs one Cypher query per level, not per item),
 * the gazetteer for resolving names, and whether the caller presented the API token.
 */
import DataLoader from "dataloader";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { Gazetteer } from "../extract/index.js";
import {
  type DealReportRow,
  type GraphReader,
  type HopName,
  type Neighbour,
  type NodeLabel,
  neighbours,
  nodesByKey,
  type PartnerRow,
  type Props,
  partnersOf,
  reportsOfDeals,
} from "../graph/index.js";
import { LIST_MAX } from "./nodes.js";
import { readRelation } from "./projection.js";
import { TYPE_PLANS, type TypeName } from "./relations.js";
import { selectionOf } from "./selection.js";

export class Loaders {
  private readonly nodes = new Map<NodeLabel, DataLoader<string, Props | undefined>>();
  private readonly hops = new Map<string, DataLoader<string, Neighbour[]>>();
  private readonly aggregates = new Map<string, DataLoader<string, PartnerRow[]>>();
  private readonly dealReports = new Map<string, DataLoader<string, DealReportRow[]>>();
  private readonly relations = new Map<FieldNode, Map<string, DataLoader<Props, unknown>>>();

  constructor(private readonly reader: GraphReader) {}

  node(label: NodeLabel): DataLoader<string, Props | undefined> {
    return memo(this.nodes, label, (keys) => nodesByKey(this.reader, label, keys));
  }

  /** Neighbours along a hop (an article's mentions), at most a list's cap. */
  hop(name: HopName): DataLoader<string, Neighbour[]> {
    return memo(this.hops, name, (keys) => neighbours(this.reader, name, keys, LIST_MAX));
  }

  /**
   * A relation field for parents that came without it (path nodes, partners, mentions): its
   * whole selected subtree compiled once and read for every parent of the level in one statement.
   * One loader per field of the query document and parent type.
   */
  relation(info: GraphQLResolveInfo): DataLoader<Props, unknown> {
    const type = info.parentType.name as TypeName;
    const node = info.fieldNodes[0] as FieldNode;
    let byType = this.relations.get(node);
    if (!byType) {
      byType = new Map();
      this.relations.set(node, byType);
    }
    let loader = byType.get(type);
    if (!loader) {
      const field = selectionOf(info);
      loader = new DataLoader((parents) => readRelation(this.reader, type, field, parents), {
        maxBatchSize: 1000,
        cacheKeyFn: (parent) => JSON.stringify(TYPE_PLANS[type].keyOf(parent)),
      });
      byType.set(type, loader);
    }
    return loader;
  }

  /** Each country's partners (at most a list's cap), aggregated in Cypher; their Country nodes primed. */
  partners(): DataLoader<string, PartnerRow[]> {
    return memo(this.aggregates, "partners", async (codes) => {
      const found = await partnersOf(this.reader, codes, LIST_MAX);
      this.prime(
        "Country",
        found.flat().map((row) => ({ key: row.partner, props: row.props })),
      );
      return found;
    });
  }

  /** Each deal's reports with their dates and outlets, for its figures and history. */
  reportsOfDeal(): DataLoader<string, DealReportRow[]> {
    return memo(this.dealReports, "reports", (ids) => reportsOfDeals(this.reader, ids));
  }

  /** Records nodes already read whole, by key, for this request. */
  private prime(label: NodeLabel, nodes: { key: string; props: Props }[]): void {
    const loader = this.node(label);
    for (const node of nodes) loader.prime(node.key, node.props);
  }
}

/** The request's one loader per label or hop, created on first use. */
function memo<K, V>(
  loaders: Map<K, DataLoader<string, V>>,
  key: K,
  batch: DataLoader.BatchLoadFn<string, V>,
): DataLoader<string, V> {
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(batch, { maxBatchSize: 1000 });
    loaders.set(key, loader);
  }
  return loader;
}

export interface GraphContext {
  reader: GraphReader;
  loaders: Loaders;
  gazetteer: Gazetteer;
  /** The request carried `Authorization: Bearer <API_TOKEN>` (compared in constant time). */
  authorized: boolean;
  /** Mutations are enabled only when an API_TOKEN is configured. */
  mutationsEnabled: boolean;
}
