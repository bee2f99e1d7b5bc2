/**
 * Breaking-change check of the emitted SDL (schema/schema.graphql) against an earlier commit's
 * (default the previous commit, HEAD~1; `--against <ref>` for a release tag), with
 * @graphql-inspector/core. A breaking change — a field, argument, enum value or type removed or
 * retyped — fails the check unless the earlier schema already marked it `@deprecated(reason:)`:
 * clients get a deprecation before a removal, never a silent break. Without an earlier schema
 * (first commit, shallow clone, file not yet there) it says so and passes.
 *
 *   npx tsx tools/schema-check.ts [--against <ref>]     exit 1 on an unannounced breaking change
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import {
  buildSchema,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from "graphql";

export const SDL_PATH = "schema/schema.graphql";

/** Whether the schema marks the element at an inspector path (Type.field[.argument]) deprecated. */
function deprecatedIn(schema: GraphQLSchema, path: string): boolean {
  const [typeName = "", member, argument] = path.split(".");
  const type = schema.getType(typeName);
  if (!member || !type) return false;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason != null;
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return false;
  const field = type.getFields()[member];
  if (!field) return false;
  if (field.deprecationReason != null) return true;
  if (argument === undefined || !("args" in field)) return false;
  return field.args.find((arg) => arg.name === argument)?.deprecationReason != null;
}

/** The breaking changes from one SDL to the next that no earlier @deprecated announced. */
export async function unannouncedBreakingChanges(previousSdl: string, currentSdl: string): Promise<Change[]> {
  const previous = buildSchema(previousSdl);
  const changes = await diff(previous, buildSchema(currentSdl));
  return changes.filter(
    (change) =>
      change.criticality.level === CriticalityLevel.Breaking &&
      !(change.path !== undefined && deprecatedIn(previous, change.path)),
  );
}

/** The SDL as committed at `ref`, or null when git has no such commit or file. */
function sdlAt(ref: string): string | null {
  try {
    return execFileSync("git", ["show", `${ref}:${SDL_PATH}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

async function main(args: string[]): Promise<number> {
  const flag = args.indexOf("--against");
  const ref = flag >= 0 ? args[flag + 1] : "HEAD~1";
  if (!ref) {
    console.error("--against needs a git ref (a commit or tag)");
    return 2;
  }
  const previous = sdlAt(ref);
  if (previous === null) {
    console.log(
      `schema check skipped: no ${SDL_PATH} at ${ref} (a first commit, a shallow clone, or a new file)`,
    );
    return 0;
  }
  const breaking = await unannouncedBreakingChanges(previous, readFileSync(SDL_PATH, "utf8"));
  if (breaking.length === 0) {
    console.log(`schema check: no unannounced breaking change against ${ref}`);
    return 0;
  }
  console.error(
    `schema check: ${breaking.length} breaking change(s) against ${ref} without a prior @deprecated:`,
  );
  for (const change of breaking) console.error(`  ${change.path ?? "(schema)"}: ${change.message}`);
  console.error(
    "Deprecate first (@deprecated(reason: …) in the decorator's deprecationReason), remove later.",
  );
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
