/**
 * What every resolver receives for one request: the graph reader, per-request DataLoaders (so
 * a nested query costs one Cypher query per level, not per item), the gazetteer for resolving
 * names, and whether the caller presented the API token.
 */
import DataLoader from "dataloader";
import type { Gazetteer } from "../extract/index.js";
import {
  type GraphReader,
  type HopName,
  type Neighbour,
  type NodeLabel,
  neighbours,
  nodesByKey,
  type Props,
} from "../graph/index.js";

export class Loaders {
  private readonly nodes = new Map<NodeLabel, DataLoader<string, Props | undefined>>();
  private readonly hops = new Map<HopName, DataLoader<string, Neighbour[]>>();

  constructor(private readonly reader: GraphReader) {}

  node(label: NodeLabel): DataLoader<string, Props | undefined> {
    return memo(this.nodes, label, (keys) => nodesByKey(this.reader, label, keys));
  }

  hop(name: HopName): DataLoader<string, Neighbour[]> {
    return memo(this.hops, name, (keys) => neighbours(this.reader, name, keys));
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
