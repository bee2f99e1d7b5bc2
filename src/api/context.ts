/**
 * What every resolver receives for one request: the graph reader, per-request DataLoaders (so
 * a nested query costs one Cypher query per level, not per item), the gazetteer for resolving
 * names, and whether the caller presented the API token.
 */
import DataLoader from "dataloader";
import type { Gazetteer } from "../extract/index.js";
import {
  type GraphReader,
  HOPS,
  type HopName,
  type Neighbour,
  type NodeLabel,
  neighbours,
  nodesByKey,
  type PartnerRow,
  type Props,
  partnersOf,
} from "../graph/index.js";

export class Loaders {
  private readonly nodes = new Map<NodeLabel, DataLoader<string, Props | undefined>>();
  private readonly hops = new Map<string, DataLoader<string, Neighbour[]>>();
  private readonly aggregates = new Map<string, DataLoader<string, PartnerRow[]>>();

  constructor(private readonly reader: GraphReader) {}

  node(label: NodeLabel): DataLoader<string, Props | undefined> {
    return memo(this.nodes, label, (keys) => nodesByKey(this.reader, label, keys));
  }

  /**
   * Neighbours along a hop; with `limit`, at most that many per key (one loader per limit). The
   * neighbours' properties also fill the node loader of their label, so resolving them by key
   * afterwards (a party's country, a report's deal) costs no second query.
   */
  hop(name: HopName, limit?: number): DataLoader<string, Neighbour[]> {
    return memo(this.hops, `${name}/${limit ?? "all"}`, async (keys) => {
      const found = await neighbours(this.reader, name, keys, limit);
      this.prime(HOPS[name].to, found.flat());
      return found;
    });
  }

  /** Each country's partners, aggregated in Cypher; their Country nodes primed. */
  partners(): DataLoader<string, PartnerRow[]> {
    return memo(this.aggregates, "partners", async (codes) => {
      const found = await partnersOf(this.reader, codes);
      this.prime(
        "Country",
        found.flat().map((row) => ({ key: row.partner, props: row.props })),
      );
      return found;
    });
  }

  /** Records nodes already read whole, by key, for this request. */
  prime(label: NodeLabel, nodes: { key: string; props: Props }[]): void {
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
