/**
 * The register's filter as text parameters — a download's query string (`?country=MA&status=SIGNED`)
 * or the export command's options — read into the DealFilter that `deals(filter)` takes, with
 * `country` for a party in any role. Every value is checked before anything is read: an unknown
 * parameter, kind, status, order, date, country, system or source is a RegisterInputError that
 * names the parameter as the user wrote it.
 */
// Before any type-graphql class (DealFilter) is declared.
import "reflect-metadata";
import { GraphQLError } from "graphql";
import { DealFilter, DealOrder, filterClauses } from "../api/deal.js";
import { DealKind, DealStatus } from "../api/enums.js";
import { resolveSourceId } from "../api/names.js";
import type { Gazetteer } from "../extract/index.js";
import type { RegisterQuery } from "./register-read.js";

export class RegisterInputError extends Error {
  override name = "RegisterInputError";
  constructor(
    readonly parameter: string,
    readonly detail: string,
  ) {
    super(`${parameter}: ${detail}`);
  }
}

type TextField = "party" | "supplier" | "recipient" | "system" | "source" | "reportedFrom" | "reportedTo";

/** Each parameter and the DealFilter field it sets; `country` is `party`, as the explore page links it. */
const TEXT_PARAMETERS: Record<string, TextField> = {
  country: "party",
  party: "party",
  supplier: "supplier",
  recipient: "recipient",
  system: "system",
  source: "source",
  reportedFrom: "reportedFrom",
  reportedTo: "reportedTo",
};

export const REGISTER_PARAMETERS = [
  ...Object.keys(TEXT_PARAMETERS),
  "kind",
  "status",
  "conflicting",
  "orderBy",
];

/** An enum value by its GraphQL name or its stored value, in any case (SIGNED, signed, under-negotiation). */
function enumValue<T extends string>(values: Record<string, T>, parameter: string, text: string): T {
  const name = text.trim().toUpperCase().replace(/[ -]/g, "_");
  const value = values[name];
  if (value === undefined)
    throw new RegisterInputError(parameter, `"${text}" is not one of ${Object.keys(values).join(", ")}`);
  return value;
}

function booleanValue(parameter: string, text: string): boolean {
  if (/^(true|1|yes)$/i.test(text.trim())) return true;
  if (/^(false|0|no)$/i.test(text.trim())) return false;
  throw new RegisterInputError(parameter, `"${text}" is not true or false`);
}

/**
 * The register query of these parameters. A parameter given twice is refused (a URL's `?a=1&a=2`
 * arrives as a list): which one was meant cannot be told.
 */
export function registerQueryOf(
  gazetteer: Gazetteer,
  parameters: Record<string, string | string[] | undefined>,
): RegisterQuery {
  const filter = new DealFilter();
  const usedName = new Map<keyof DealFilter, string>();
  let orderBy = DealOrder.ID_ASC;
  for (const [parameter, given] of Object.entries(parameters)) {
    if (given === undefined) continue;
    if (Array.isArray(given)) throw new RegisterInputError(parameter, "given more than once");
    const field = TEXT_PARAMETERS[parameter];
    if (field) {
      if (filter[field] !== undefined)
        throw new RegisterInputError(
          parameter,
          `the same filter as ${usedName.get(field)}; give one of them`,
        );
      filter[field] = given;
      usedName.set(field, parameter);
    } else if (parameter === "kind") filter.kind = enumValue(DealKind, parameter, given);
    else if (parameter === "status") filter.status = enumValue(DealStatus, parameter, given);
    else if (parameter === "conflicting") filter.conflicting = booleanValue(parameter, given);
    else if (parameter === "orderBy") orderBy = enumValue(DealOrder, parameter, given);
    else throw new RegisterInputError(parameter, `not a register filter (${REGISTER_PARAMETERS.join(", ")})`);
  }
  if (filter.source !== undefined && !resolveSourceId(gazetteer, filter.source))
    throw new RegisterInputError(usedName.get("source") ?? "source", `no source called "${filter.source}"`);
  // deals(filter)'s own checks (countries, systems, dates), named by the parameter as given.
  try {
    filterClauses({ gazetteer }, filter);
  } catch (error) {
    const field = error instanceof GraphQLError && /^filter\.(\w+): (.*)$/s.exec(error.message);
    if (!field) throw error;
    const [, name = "", message = ""] = field;
    throw new RegisterInputError(usedName.get(name as keyof DealFilter) ?? name, message);
  }
  return { filter, orderBy };
}
