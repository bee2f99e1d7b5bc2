/**
 * The worst nesting of every list field of the schema, found by walking it (so a field added
 * later is attacked too): the field is reached from the query root by the shortest path, then
 * nested inside itself — through the shortest way back from its items to its own type — as deep
 * as the depth limit allows, every list left without `first` (its cap). Required arguments get
 * placeholder values: these queries must be refused (or bounded) whatever they name. Also the
 * shapes of issue #13, and the cost of a query as the API counts it.
 */
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { operationCost } from "../../src/api/limits/cost.js";

/** `levels` times `deals { systems { … } }` below 100 systems: 1 is issue #13's first request, 3 its four-level one. */
export const nestedSystems = (levels: number) =>
  `{ systems(first: 100) { ${"deals { systems { ".repeat(levels)}deals { id }${" } }".repeat(levels)} } }`;

/** The request cost of a query's first operation. */
export function costOf(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> = {},
): number {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error("no operation");
  return operationCost(schema, document, operation, variables);
}

export interface WorstQuery {
  field: string;
  query: string;
}

/** One step down: a field (with placeholder arguments), or a fragment on a union's member. */
type Step = { text: string; type: GraphQLNamedType };

function args(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const values = required.map((arg) => {
    const named = getNamedType(arg.type);
    const value = named.name === "Int" ? "1" : named.name === "String" ? '"x"' : undefined;
    return value === undefined ? undefined : `${arg.name}: ${value}`;
  });
  if (values.includes(undefined)) return "!"; // an input object we cannot fake: not walked
  return values.length ? `(${values.join(", ")})` : "";
}

function stepsFrom(type: GraphQLNamedType, schema: GraphQLSchema): Step[] {
  if (isUnionType(type))
    return type.getTypes().map((member) => ({ text: `... on ${member.name}`, type: member }));
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    const given = args(field);
    if (given === "!" || !(isObjectType(named) || isUnionType(named)) || named === schema.getMutationType())
      return [];
    return [{ text: `${field.name}${given}`, type: named }];
  });
}

/** The shortest chain of steps from `from` to `to` (breadth first), or undefined. */
function pathBetween(
  schema: GraphQLSchema,
  from: GraphQLNamedType,
  to: GraphQLNamedType,
): Step[] | undefined {
  const seen = new Set([from.name]);
  let level: Step[][] = [[]];
  while (level.length) {
    const next: Step[][] = [];
    for (const path of level) {
      const at = path.at(-1)?.type ?? from;
      if (at === to && path.length) return path;
      for (const step of stepsFrom(at, schema)) {
        if (step.type === to) return [...path, step];
        if (seen.has(step.type.name)) continue;
        seen.add(step.type.name);
        next.push([...path, step]);
      }
    }
    level = next;
  }
  return undefined;
}

/** A field every object type can close a selection with. */
function leaf(type: GraphQLNamedType): string {
  if (isUnionType(type)) return "__typename";
  if (!isObjectType(type)) return "";
  const scalar = Object.values(type.getFields()).find(
    (field) => !isObjectType(getNamedType(field.type)) && !isUnionType(getNamedType(field.type)),
  );
  return scalar?.name ?? "__typename";
}

/** Each step opens one level of depth (a fragment opens none). */
const depthOf = (steps: Step[]) => steps.filter((step) => !step.text.startsWith("...")).length;

function wrap(steps: Step[], inner: string): string {
  return steps.reduceRight((body, step) => `${step.text} { ${body} }`, inner);
}

/** Every list-of-objects field of every type reachable from Query, with its worst nesting. */
export function worstQueries(schema: GraphQLSchema, maxDepth: number): WorstQuery[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const found: WorstQuery[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const items = getNamedType(field.type);
      if (!isListType(getNullableType(field.type)) || !(isObjectType(items) || isUnionType(items))) continue;
      const given = args(field);
      if (given === "!") continue;
      const reach = type === query ? [] : pathBetween(schema, query, type);
      if (!reach) continue;
      const self: Step = { text: `${field.name}${given}`, type: items };
      const back = pathBetween(schema, items, type) ?? [];
      // reach, then self (back self)* while the depth allows; the leaf adds one level.
      const chain = [...reach, self];
      while (back.length && depthOf(chain) + depthOf(back) + 1 < maxDepth) chain.push(...back, self);
      found.push({ field: `${type.name}.${field.name}`, query: `{ ${wrap(chain, leaf(items))} }` });
    }
  }
  return found;
}
