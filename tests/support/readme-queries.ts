/** The README's numbered GraphQL examples (`### N. Title` then a graphql block), as tests run them. */
import { readFile } from "node:fs/promises";

const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");

export const README_QUERIES = [...readme.matchAll(/^### (\d+)\. (.+)\n\n```graphql\n([\s\S]+?)```/gm)].map(
  (match) => ({ title: match[2] ?? "", query: match[3] ?? "" }),
);
