/**
 * Selection-aware Cypher: what a request selects, compiled into one Cypher map projection, so
 * that a nested request (a country, its deals, their systems and reports with their sources) is
 * one statement that returns only the selected properties — not one query per level, each
 * unpacking whole nodes. Nested COLLECT subqueries keep each list's order and page.
 *
 * A relation field's value travels with its parent under `@<response key>`; its resolver takes
 * it from there (`related`). A parent read some other way (a path's node, a partner, a mention)
 * has no such entry: the field's whole subtree is then compiled once and read for all parents of that
 * level together (`readRelation`, batched by `Loaders.relation`).
 * How each type maps onto the graph: relations.ts.
 */
import type { GraphQLResolveInfo } from "graphql";
import { type GraphReader, type NodeLabel, read } from "../graph/index.js";
import { type Args, type Frame, type Relation, TYPE_PLANS, type TypeName } from "./relations.js";
import type { Fields, ResolveTree } from "./selection.js";

/** Parameters and fresh variable names for one statement. */
export class CypherBuilder {
  readonly params: Record<string, unknown> = {};
  private count = 0;

  /** Binds `value` as a new parameter; gives its `$name`. */
  readonly bind = (value: unknown): string => {
    const name = `p${this.count++}`;
    this.params[name] = value;
    return `$${name}`;
  };

  /** Variable names no other part of the statement uses. */
  frame(from = `f${this.count}`): Frame {
    const n = this.count++;
    return { node: `v${n}`, rel: `e${n}`, from };
  }
}

/** A Cypher map of the selected fields of `type`, read from `frame`. */
export function project(type: TypeName, frame: Frame, fields: Fields, cypher: CypherBuilder): string {
  const plan = TYPE_PLANS[type];
  const entries = new Map(Object.entries(plan.keys(frame)));
  const stored = plan.stored(frame);
  for (const field of Object.values(fields)) {
    const relation = plan.relations[field.name];
    if (relation) entries.set(`@${field.alias}`, relate(relation, frame, field, cypher));
    else if (!field.name.startsWith("__") && !plan.resolved?.includes(field.name)) {
      for (const property of plan.computed?.[field.name] ?? [field.name]) {
        entries.set(property, `${stored}.\`${property}\``);
      }
    }
  }
  return `{${[...entries].map(([key, value]) => `\`${key}\`: ${value}`).join(", ")}}`;
}

/** Labels of the nodes a union (`Entity`) may hold. */
const ENTITY_LABELS: NodeLabel[] = [
  "Country",
  "Deal",
  "System",
  "Organization",
  "Person",
  "Source",
  "Article",
];

/** Whichever node `frame.node` is, as the selection's fragments on its type select it. */
export function projectEntity(
  frame: Frame,
  fieldsOn: (label: NodeLabel) => Fields,
  cypher: CypherBuilder,
): string {
  const cases = ENTITY_LABELS.map(
    (label) => `WHEN ${frame.node}:${label} THEN ${project(label, frame, fieldsOn(label), cypher)}`,
  );
  return `CASE ${cases.join(" ")} END`;
}

/** The value of one relation field below `parent`: a nested map, a list of them, or null. */
function relate(relation: Relation, parent: Frame, field: ResolveTree, cypher: CypherBuilder): string {
  const fields = field.fieldsByTypeName[relation.type] ?? {};
  if (relation.inline) return project(relation.type, relation.inline(parent), fields, cypher);
  const child = cypher.frame(parent.node);
  if (!relation.rows) throw new Error(`a relation to ${relation.type} with neither rows nor inline`);
  const rows = relation.rows(parent, child, field.args as Args, cypher.bind);
  const list = `COLLECT { ${rows} RETURN ${project(relation.type, child, fields, cypher)} }`;
  return relation.single ? `head(${list})` : list;
}

/**
 * Objects of `type` as selected: `match` binds the frame's variables (and may order and cut
 * the rows: their order is kept).
 */
export async function readProjected(
  reader: GraphReader,
  type: TypeName,
  fields: Fields,
  match: (frame: Frame) => string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const cypher = new CypherBuilder();
  const frame = cypher.frame();
  const value = project(type, frame, fields, cypher);
  const rows = await read(reader, `${match(frame)} RETURN ${value} AS value`, {
    ...params,
    ...cypher.params,
  });
  return rows.map((row) => row.value as Record<string, unknown>);
}

/** One relation field for many parents of `type`, in one statement; in the parents' order. */
export async function readRelation(
  reader: GraphReader,
  type: TypeName,
  field: ResolveTree,
  parents: readonly Record<string, unknown>[],
): Promise<unknown[]> {
  const plan = TYPE_PLANS[type];
  const relation = plan.relations[field.name];
  if (!relation) throw new Error(`${type}.${field.name} is not a relation`);
  const cypher = new CypherBuilder();
  const frame = cypher.frame();
  const value = relate(relation, frame, field, cypher);
  const rows = await read(
    reader,
    `UNWIND range(0, size($parents) - 1) AS index WITH index, $parents[index] AS key
     ${plan.rebind(frame, "key")} RETURN index, ${value} AS value`,
    { ...cypher.params, parents: parents.map(plan.keyOf) },
  );
  const byIndex = new Map(rows.map((row) => [row.index as number, row.value]));
  return parents.map((_, index) => byIndex.get(index) ?? (relation.single ? null : []));
}

/** The response key under which a relation's value travels with its parent. */
export const projectedKey = (info: GraphQLResolveInfo): string => `@${info.path.key}`;
