/**
 * The cost of a request: an upper bound on the values the projection can return for it, so that
 * a request whose answer could be huge is refused before any Cypher runs.
 *
 * It follows what projection.ts really does: every list of objects is read with a LIMIT — its
 * `first` (default LIST_DEFAULT) or, without the argument, the cap (LIST_MAX) — so a list costs
 * that many times its children, and nesting multiplies:
 * `systems(first: 100) { deals { systems { deals { id } } } }` costs about 100⁴ × 2. A connection
 * costs its page (`first`, unclamped: an absurd one is refused) and bounds its `edges`; a path's
 * length bounds its nodes and steps. Every other field costs 1.
 * Fragments and inline fragments are counted where they are spread (each branch of a union
 * counted in full: a bound, not an estimate); aliases count each time; introspection costs nothing.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { LIST_DEFAULT, LIST_MAX, MAX_HOPS } from "../nodes.js";

type Variables = Record<string, unknown>;

/** Lists the resolvers bound below the cap: a path has at most MAX_HOPS steps. */
const BOUNDED_LISTS: Record<string, number> = {
  "GraphPath.nodes": MAX_HOPS + 1,
  "GraphPath.steps": MAX_HOPS,
};

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

/** The cost of `operation` with these variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): number {
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost({ schema, fragments, variables }, operation.selectionSet, root, undefined);
}

/**
 * The selections' cost on `type`; `bound` is the page size a connection passes to its lists.
 * Fragment cycles were refused by validation, which runs first.
 */
function selectionCost(
  walk: Walk,
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  bound: number | undefined,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) cost += fieldCost(walk, selection, type, bound);
    else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition
        ? walk.schema.getType(fragment.typeCondition.name.value)
        : type;
      if (condition && isCompositeType(condition))
        cost += selectionCost(walk, fragment.selectionSet, condition, bound);
    }
  }
  return cost;
}

function fieldCost(
  walk: Walk,
  node: FieldNode,
  parent: GraphQLCompositeType,
  bound: number | undefined,
): number {
  // Introspection (__schema, __type, __typename) never reaches Neo4j.
  if (node.name.value.startsWith("__")) return 0;
  const field =
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (!field || !node.selectionSet) return 1;
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return 1;
  const first = pageSize(field, node, walk.variables, parent === walk.schema.getQueryType());
  if (isListType(getNullableType(field.type))) {
    const rows = first ?? bound ?? BOUNDED_LISTS[`${parent.name}.${field.name}`] ?? LIST_MAX;
    return rows * (1 + selectionCost(walk, node.selectionSet, named, undefined));
  }
  // A connection reads its page (`first` rows) even when only its totalCount is selected.
  return 1 + (first ?? 0) + selectionCost(walk, node.selectionSet, named, first);
}

/**
 * The field's `first`, or when omitted the page size the resolvers use (LIST_MAX at the root,
 * LIST_DEFAULT below it); undefined for a field without one. Not clamped to the cap, though the
 * resolvers clamp it: an absurd `first` is refused by its cost, not silently answered with 100.
 */
function pageSize(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Variables,
  root: boolean,
) {
  if (!field.args.some((arg) => arg.name === "first")) return undefined;
  let first: unknown;
  try {
    first = getArgumentValues(field, node, variables).first;
  } catch {
    // A bad argument value is refused later, when the field resolves; count it at the cap.
  }
  if (typeof first === "number") return Math.max(Math.trunc(first), 0);
  return root ? LIST_MAX : LIST_DEFAULT;
}

/** The refusal, before any Cypher runs: the cost and the limit in the message. */
export function costRefusal(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `Query cost ${cost.toLocaleString("en")} is over the limit of ${limit.toLocaleString("en")}. ` +
      `A list without \`first\` counts as ${LIST_MAX} items, and nested lists multiply: ` +
      "ask for fewer items (first: N) or fewer nested lists.",
    { extensions: { code: "QUERY_TOO_EXPENSIVE", cost, maxCost: limit, http: { status: 400 } } },
  );
}

/** Refuses, after validation and before execution, an operation whose cost is over `maxCost`. */
export function costLimit(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost > maxCost) throw costRefusal(cost, maxCost);
        },
      };
    },
  };
}
