/**
 * Turning graph rows into the API's object types, through the request's loaders: one node by
 * key, or the neighbours along a hop. Every type's field resolvers use these two.
 */
import type { HopName, NodeLabel, Props } from "../graph/index.js";
import type { GraphContext } from "./context.js";

export type Constructor<T> = new () => T;

export function hydrate<T extends object>(type: Constructor<T>, props: Props): T {
  return Object.assign(new type(), props);
}

export async function loadNode<T extends object>(
  ctx: GraphContext,
  label: NodeLabel,
  type: Constructor<T>,
  key: string | null | undefined,
): Promise<T | null> {
  if (!key) return null;
  const props = await ctx.loaders.node(label).load(key);
  return props ? hydrate(type, props) : null;
}

export async function loadHop<T extends object>(
  ctx: GraphContext,
  hop: HopName,
  type: Constructor<T>,
  key: string,
  limit?: number,
): Promise<T[]> {
  const found = await ctx.loaders.hop(hop, limit).load(key);
  return found.map((neighbour) => hydrate(type, neighbour.props));
}

/** Page sizes of nested lists: a default, and a cap no client can raise. */
export const LIST_DEFAULT = 50;
export const LIST_MAX = 100;
export const capped = (first: number | undefined) => Math.min(Math.max(first ?? LIST_DEFAULT, 0), LIST_MAX);
