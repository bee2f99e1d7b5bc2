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
    let loader = this.nodes.get(label);
    if (!loader) {
      loader = new DataLoader((keys) => nodesByKey(this.reader, label, keys), { maxBatchSize: 1000 });
      this.nodes.set(label, loader);
    }
    return loader;
  }

  hop(name: HopName): DataLoader<string, Neighbour[]> {
    let loader = this.hops.get(name);
    if (!loader) {
      loader = new DataLoader((keys) => neighbours(this.reader, name, keys), { maxBatchSize: 1000 });
      this.hops.set(name, loader);
    }
    return loader;
  }
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
