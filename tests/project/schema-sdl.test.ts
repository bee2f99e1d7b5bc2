import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { printApiSchema } from "../../src/api/index.js";

describe("schema/schema.graphql", () => {
  it("is the SDL the code builds (run `npm run schema:emit` after changing the API)", async () => {
    const committed = await readFile(new URL("../../schema/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(await printApiSchema());
  });
});
