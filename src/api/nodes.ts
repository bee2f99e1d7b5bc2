/**
 * Turning graph rows into the API's objects. Root fields read their objects with the request's
 * selection compiled into Cypher (`projectedNode`, `projectedList`); relation fields take their
 * value from the projected parent (`related`). Nodes reached outside the projection (path
 * nodes, partners, mentions, what a mutation wrote) come whole through the request's loaders (`loadNode`).
 */
import type { GraphQLResolveInfo } from "graphql";
import { KEY_OF, type NodeLabel, type Props } from "../graph/index.js";
import type { GraphContext } from "./context.js";
import { projectedKey, readProjected } from "./projection.js";
import type { Frame, TypeName } from "./relations.js";
import { fieldsBelow, selectionOf } from "./selection.js";

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

/** The node of `label` with this key, read as the request selects it (one statement, nested lists included). */
export async function projectedNode<T>(
  ctx: GraphContext,
  info: GraphQLResolveInfo,
  label: NodeLabel,
  key: string | null | undefined,
): Promise<T | null> {
  if (!key) return null;
  const match = (frame: Frame) => `MATCH (${frame.node}:${label} {${KEY_OF[label]}: $key})`;
  const [node] = await projectedList<T>(ctx, info, label, match, { key });
  return node ?? null;
}

/** Objects of `type` bound by `match` (which may order and cut them), read as the request selects them. */
export async function projectedList<T>(
  ctx: GraphContext,
  info: GraphQLResolveInfo,
  type: TypeName,
  match: (frame: Frame) => string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const fields = fieldsBelow(selectionOf(info), [], type);
  return (await readProjected(ctx.reader, type, fields, match, params)) as T[];
}

/** A value now, or later when it must be read. */
export type Related<T> = T | Promise<T>;

/**
 * A relation field's value: projected with its parent (returned as is, not as a promise, so
 * GraphQL completes the subtree without a turn of the event loop), else read for all parents
 * of the level at once.
 */
export function related<T>(parent: object, ctx: GraphContext, info: GraphQLResolveInfo): Related<T> {
  const projected = (parent as Record<string, unknown>)[projectedKey(info)];
  if (projected !== undefined) return projected as T;
  return ctx.loaders.relation(info).load(parent as Record<string, unknown>) as Promise<T>;
}

/** Page sizes of nested lists: a default, and a cap no client can raise. */
export const LIST_DEFAULT = 50;
export const LIST_MAX = 100;
export const capped = (first: number | null | undefined) =>
  Math.min(Math.max(first ?? LIST_DEFAULT, 0), LIST_MAX);

/** The description of a list's `first` argument, with the default its resolver applies. */
export const firstDescription = (byDefault: number = LIST_DEFAULT) =>
  `How many to return at most: ${byDefault} when absent, never more than ${LIST_MAX}.`;

/** The longest path `path` looks for. */
export const MAX_HOPS = 4;
