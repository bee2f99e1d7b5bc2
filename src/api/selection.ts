/**
 * What a request selects below a field, as graphql-parse-resolve-info reads it: fragments
 * flattened, aliases kept as response keys, arguments coerced with their variables and
 * defaults. The projection compiler turns these trees into Cypher.
 */
import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

export type { ResolveTree };

/** Fields selected on one type, by response key. */
export type Fields = Record<string, ResolveTree>;

/** The selection of the field being resolved. */
export function selectionOf(info: GraphQLResolveInfo): ResolveTree {
  const tree = parseResolveInfo(info);
  if (!tree || !("fieldsByTypeName" in tree) || typeof tree.name !== "string") {
    throw new Error(`no selection for ${info.parentType.name}.${info.fieldName}`);
  }
  return tree as ResolveTree;
}

/**
 * The fields selected on `typeName` below every tree reached by walking `path` (field names,
 * each on its type): `edges` aliased twice with different `node` selections read as one.
 */
export function fieldsBelow(
  tree: ResolveTree,
  path: [typeName: string, field: string][],
  typeName: string,
): Fields {
  let level = [tree];
  for (const [onType, name] of path) {
    level = level.flatMap((parent) =>
      Object.values(parent.fieldsByTypeName[onType] ?? {}).filter((field) => field.name === name),
    );
  }
  return level.reduce<Fields>(
    (fields, parent) => mergeFields(fields, parent.fieldsByTypeName[typeName] ?? {}),
    {},
  );
}

/** Whether `field` is selected on `typeName` directly below `tree`. */
export const selects = (tree: ResolveTree, typeName: string, field: string): boolean =>
  Object.values(tree.fieldsByTypeName[typeName] ?? {}).some((selected) => selected.name === field);

/** Two selections of one type as one; a response key in both names the same field (GraphQL validates it). */
function mergeFields(a: Fields, b: Fields): Fields {
  const merged: Fields = { ...a };
  for (const [key, field] of Object.entries(b)) {
    const known = merged[key];
    merged[key] = known ? mergeTree(known, field) : field;
  }
  return merged;
}

function mergeTree(a: ResolveTree, b: ResolveTree): ResolveTree {
  const byType = { ...a.fieldsByTypeName };
  for (const [typeName, fields] of Object.entries(b.fieldsByTypeName)) {
    byType[typeName] = mergeFields(byType[typeName] ?? {}, fields);
  }
  return { ...a, fieldsByTypeName: byType };
}
