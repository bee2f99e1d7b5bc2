/**
 * The breaking-change check CI runs (tools/schema-check.ts): on the real emitted SDL, edited the
 * way a careless change would edit it, and end to end on a throwaway git history.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type FieldDefinitionNode, Kind, parse, parseType, print, visit } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unannouncedBreakingChanges } from "../../tools/schema-check.js";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const TOOL = join(root, "tools/schema-check.ts");
const TSX = join(root, "node_modules/.bin/tsx");

let sdl: string;
beforeAll(async () => {
  sdl = await readFile(join(root, "schema/schema.graphql"), "utf8");
});

/** The SDL with one field of `type Owner` changed by `edit`, or removed when it returns null. */
function editField(
  source: string,
  owner: string,
  field: string,
  edit: (node: FieldDefinitionNode) => FieldDefinitionNode | null,
): string {
  let found = false;
  const edited = visit(parse(source), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== owner) return undefined;
      const fields = (node.fields ?? []).flatMap((candidate) => {
        if (candidate.name.value !== field) return [candidate];
        found = true;
        return edit(candidate) ?? [];
      });
      return { ...node, fields };
    },
  });
  expect(found).toBe(true);
  return print(edited);
}

const removed = () => null;
const retyped = (type: string) => (node: FieldDefinitionNode) => ({ ...node, type: parseType(type) });
/** The field with `@deprecated(reason: …)` added, the directive taken from a parsed snippet. */
const deprecated = (node: FieldDefinitionNode): FieldDefinitionNode => {
  const snippet = parse('type T { f: Int @deprecated(reason: "Going away.") }').definitions[0];
  const directives = snippet?.kind === Kind.OBJECT_TYPE_DEFINITION ? snippet.fields?.[0]?.directives : [];
  return { ...node, directives: [...(node.directives ?? []), ...(directives ?? [])] };
};

describe("tools/schema-check.ts", () => {
  it("finds nothing between the emitted SDL and itself", async () => {
    await expect(unannouncedBreakingChanges(sdl, sdl)).resolves.toEqual([]);
  });

  it("fails a removed field and a retyped one", async () => {
    const withoutOrigin = editField(sdl, "System", "origin", removed);
    expect((await unannouncedBreakingChanges(sdl, withoutOrigin)).map((change) => change.path)).toEqual([
      "System.origin",
    ]);
    const floatQuantity = editField(sdl, "Deal", "quantity", retyped("Float"));
    expect((await unannouncedBreakingChanges(sdl, floatQuantity)).map((change) => change.path)).toEqual([
      "Deal.quantity",
    ]);
  });

  it("lets a field go, or change type, that the earlier schema deprecated", async () => {
    const announced = editField(sdl, "System", "origin", deprecated);
    const gone = editField(sdl, "System", "origin", removed);
    await expect(unannouncedBreakingChanges(announced, gone)).resolves.toEqual([]);
    const retypedAnyway = editField(sdl, "System", "origin", retyped("String"));
    await expect(unannouncedBreakingChanges(announced, retypedAnyway)).resolves.toEqual([]);
  });

  describe("on a git history", () => {
    let repo: string;
    const git = (...args: string[]) =>
      run("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: repo });
    const commitSdl = async (text: string) => {
      await writeFile(join(repo, "schema/schema.graphql"), text);
      await git("add", "-A");
      await git("commit", "-qm", "schema");
    };
    const check = () =>
      run(TSX, [TOOL], { cwd: repo }).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
      );

    beforeAll(async () => {
      repo = await mkdtemp(join(tmpdir(), "schema-check-"));
      await mkdir(join(repo, "schema"));
      await git("init", "-q");
    });
    afterAll(() => rm(repo, { recursive: true, force: true }));

    it("skips with a message on a first commit, then fails a removal against the previous commit", async () => {
      await commitSdl(sdl);
      await expect(check()).resolves.toMatchObject({ code: 0, output: expect.stringMatching(/skipped/) });
      await commitSdl(editField(sdl, "Report", "evidence", removed));
      const failed = await check();
      expect(failed.code).toBe(1);
      expect(failed.output).toMatch(/Report\.evidence/);
    }, 60_000);
  });
});
