/**
 * The trade register end to end, against a real Neo4j loaded with the seeds and our own
 * articles: the GraphQL `register` query, the /register.csv and /register.jsonl downloads over
 * real HTTP, and the `export` command run as a process. Which deals a filter gives, and what
 * their rows hold, are computed from the `deals(filter)` answer of the same server — never
 * written into the test.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import express from "express";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../../src/api/index.js";
import { registerRoutes } from "../../src/api/register.js";
import { REGISTER_COLUMNS } from "../../src/export/register-columns.js";
import { registerQueryOf } from "../../src/export/register-params.js";
import { registerPages } from "../../src/export/register-read.js";
import { defaultGazetteer } from "../../src/extract/index.js";
import { type GraphQLResponse, postGraphQL, startTestApi } from "../support/api.js";
import { clearGraph, TEST_DATABASE, testDriver } from "../support/graph.js";
import { ARABIC_OUTLET, COMMA_OUTLET, FORMULA_OUTLET, loadRegisterGraph } from "./register-graph.js";

const root = new URL("../../", import.meta.url).pathname;

/** SIPRI's trade register columns, in its order (the register laid out by supplier). */
const SIPRI_COLUMNS = [
  "Supplier",
  "Recipient",
  "Year of order",
  "Number ordered",
  "Weapon designation",
  "Weapon description",
  "Number delivered",
  "Year(s) of delivery",
  "Status",
  "Comments",
];

interface DealAnswer {
  id: string;
  kind: string;
  status: string;
  firstReported: string | null;
  lastReported: string | null;
  reportCount: number;
  conflicts: string[];
  supplier: { code: string; nameEn: string } | null;
  recipient: { code: string; nameEn: string } | null;
  parties: { country: { code: string } }[];
  systems: {
    id: string;
    name: string;
    nameAr: string | null;
    category: string;
    family: { id: string } | null;
  }[];
  reports: { status: string; quantity: number | null; source: { name: string } | null }[];
}

const DEALS = `query ($filter: DealFilter) {
  deals(filter: $filter, orderBy: ID_ASC, first: 100) {
    totalCount
    edges { node {
      id kind status firstReported lastReported reportCount conflicts
      supplier { code nameEn } recipient { code nameEn } parties { country { code } }
      systems { id name nameAr category family { id } }
      reports { status quantity source { name } }
    } }
  }
}`;

const REGISTER_FIELDS = REGISTER_COLUMNS.map((column) => column.key).join(" ");
const REGISTER = `query ($filter: DealFilter, $first: Int, $after: String) {
  register(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { ${REGISTER_FIELDS} } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** What a deal's register row must say, from the deal as `deals` answers it. */
function expectedRow(deal: DealAnswer) {
  const families = new Set(deal.systems.map((system) => system.family?.id).filter(Boolean));
  const named = deal.systems
    .filter((system) => !families.has(system.id))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const delivered = deal.reports
    .filter((report) => report.status === "DELIVERED" && report.quantity !== null)
    .map((report) => report.quantity as number);
  return {
    dealId: deal.id,
    kind: deal.kind,
    status: deal.status,
    supplier: deal.supplier?.nameEn ?? null,
    recipient: deal.recipient?.nameEn ?? null,
    supplierCode: deal.supplier?.code ?? null,
    recipientCode: deal.recipient?.code ?? null,
    parties: deal.parties.map((party) => party.country.code).sort(),
    designation: named.map((system) => system.name),
    designationAr: named.map((system) => system.nameAr ?? ""),
    numberDelivered: delivered.length > 0 ? Math.max(...delivered) : null,
    firstReported: deal.firstReported,
    lastReported: deal.lastReported,
    reportCount: deal.reportCount,
    sources: [...new Set(deal.reports.flatMap((report) => (report.source ? [report.source.name] : [])))].sort(
      (a, b) => a.localeCompare(b),
    ),
    conflictingFields: deal.conflicts,
  };
}

type Row = Record<string, unknown>;
interface Page {
  register: {
    edges: { node: Row }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
  };
}
const pick = (row: Row, keys: string[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));

/** Filters, by the GraphQL input and by the download's query parameters. */
const FILTERS: { graphql: Record<string, unknown>; query: string }[] = [
  { graphql: {}, query: "" },
  { graphql: { party: "MA" }, query: "country=MA" },
  { graphql: { party: "المغرب" }, query: `country=${encodeURIComponent("المغرب")}` },
  { graphql: { system: "patriot" }, query: "system=patriot" },
  {
    graphql: { supplier: "روسيا", status: "UNDER_NEGOTIATION" },
    query: "supplier=RU&status=under%20negotiation",
  },
  { graphql: { kind: "ACQUISITION", conflicting: true }, query: "kind=acquisition&conflicting=true" },
  { graphql: { status: "SIGNED" }, query: "status=SIGNED" },
  {
    graphql: { reportedFrom: "2025-03-01", recipient: "EG" },
    query: "reportedFrom=2025-03-01&recipient=Egypt",
  },
  { graphql: { source: "Hespress" }, query: "source=hespress" },
];

// Each filter is a Cypher statement of its own, planned on first use: minutes on a loaded machine.
describe("the trade register", { timeout: 300_000 }, () => {
  let driver: Driver;
  let api: RunningApi;
  const dealsOf = async (filter: Record<string, unknown>) => {
    const answer = await postGraphQL<{ deals: { totalCount: number; edges: { node: DealAnswer }[] } }>(
      api.url,
      DEALS,
      { filter },
    );
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data?.deals.edges.map((edge) => edge.node) ?? [];
  };
  const download = (path: string) => fetch(new URL(path, api.url));

  beforeAll(async () => {
    driver = testDriver();
    await loadRegisterGraph(driver);
    api = await startTestApi(driver);
  });
  afterAll(async () => {
    await api.stop();
    await clearGraph(driver);
    await driver.close();
  });

  it("has the deals of deals(filter) for every filter, each row saying what its deal's reports say", async () => {
    const all = await dealsOf({});
    expect(all.length).toBeGreaterThan(8);
    const sizes = new Set<number>();
    for (const { graphql } of FILTERS) {
      const deals = await dealsOf(graphql);
      const answer = await postGraphQL<{ register: { totalCount: number; edges: { node: Row }[] } }>(
        api.url,
        REGISTER,
        { filter: graphql, first: 100 },
      );
      expect(answer.body.errors, JSON.stringify(graphql)).toBeUndefined();
      const register = answer.body.data?.register;
      const rows = register?.edges.map((edge) => edge.node) ?? [];
      expect(register?.totalCount).toBe(deals.length);
      const expected = deals.map(expectedRow);
      const keys = Object.keys(expected[0] ?? {});
      expect(
        rows.map((row) => pick(row, keys)),
        JSON.stringify(graphql),
      ).toEqual(expected);
      sizes.add(deals.length);
    }
    // The filters do cut: neither all of the register nor nothing for each of them.
    expect([...sizes].some((size) => size > 0 && size < all.length)).toBe(true);
  });

  it("gives what the articles state: orders, deliveries with their years, disagreements, outlets in Arabic", async () => {
    const answer = await postGraphQL<{ register: { edges: { node: Row }[] } }>(api.url, REGISTER, {
      filter: { party: "EG", system: "rafale" },
    });
    const rows = answer.body.data?.register.edges.map((edge) => edge.node) ?? [];
    const order = rows.find((row) => row.status === "SIGNED");
    const delivery = rows.find((row) => row.status === "DELIVERED");
    expect(
      pick(order ?? {}, ["yearOfOrder", "numberOrdered", "numberDelivered", "yearsOfDelivery", "sources"]),
    ).toEqual({
      yearOfOrder: 2021,
      numberOrdered: 30,
      numberDelivered: null,
      yearsOfDelivery: [],
      sources: [ARABIC_OUTLET],
    });
    expect(pick(delivery ?? {}, ["numberDelivered", "yearsOfDelivery", "sources"])).toEqual({
      numberDelivered: 6,
      yearsOfDelivery: [2024],
      sources: [COMMA_OUTLET],
    });
    // Algeria's Su-57: ordered in 2019 (two prices), received as an Arabic outlet reports
    // without a year: the year of delivery is its article's.
    const su57 = await postGraphQL<{ register: { edges: { node: Row }[] } }>(api.url, REGISTER, {
      filter: { party: "DZ", conflicting: true },
    });
    const [contract] = su57.body.data?.register.edges.map((edge) => edge.node) ?? [];
    expect(
      pick(contract ?? {}, ["yearOfOrder", "numberOrdered", "yearsOfDelivery", "conflictingFields"]),
    ).toEqual({
      yearOfOrder: 2019,
      numberOrdered: 14,
      yearsOfDelivery: [2025],
      conflictingFields: ["value"],
    });
    expect(contract?.comments).toMatch(/reports disagree on value/);
  });

  it("pages with first and after through the same rows, in the same order", async () => {
    const whole = await postGraphQL<{ register: { edges: { node: Row }[] } }>(api.url, REGISTER, {
      first: 100,
    });
    const ids = whole.body.data?.register.edges.map((edge) => edge.node.dealId);
    const paged: unknown[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const answer: GraphQLResponse<Page> = await postGraphQL<Page>(api.url, REGISTER, { first: 3, after });
      const register = answer.body.data?.register;
      paged.push(...(register?.edges.map((edge) => edge.node.dealId) ?? []));
      expect(register?.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!register?.pageInfo.hasNextPage) break;
      after = register.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
  });

  it("reads a register page by page, one bounded read per page", async () => {
    const gazetteer = defaultGazetteer();
    let reads = 0;
    const reader = { driver, database: TEST_DATABASE, onQuery: () => (reads += 1) };
    const query = registerQueryOf(gazetteer, {});
    const rows = [];
    for await (const row of registerPages(() => reader, gazetteer, query, Number.POSITIVE_INFINITY, 4))
      rows.push(row.dealId);
    expect(rows).toEqual((await dealsOf({})).map((deal) => deal.id));
    expect(rows.length).toBeGreaterThan(8);
    expect(reads).toBe(Math.ceil(rows.length / 4));
  });

  it("counts in the request cost: a page too large is refused before any read", async () => {
    const answer = await postGraphQL(api.url, "{ register(first: 100000000) { edges { node { dealId } } } }");
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_EXPENSIVE");
  });

  it("downloads as CSV: SIPRI's columns first, a BOM, CRLF, quoting, Arabic intact, formulas defused", async () => {
    for (const { graphql, query } of FILTERS) {
      const response = await download(`/register.csv?${query}`);
      expect(response.status, query).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="?register[^"]*\.csv"?(; filename\*=UTF-8''register\S*\.csv)?$/,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text.split("\r\n").length).toBeGreaterThan(1);
      const [header, ...records] = parse(text, { bom: true }) as string[][];
      expect(header?.slice(0, SIPRI_COLUMNS.length)).toEqual(SIPRI_COLUMNS);
      expect(header).toEqual(REGISTER_COLUMNS.map((column) => column.header));
      const dealIds = records.map((record) => record[header?.indexOf("Deal id") ?? -1]);
      expect(dealIds, query).toEqual((await dealsOf(graphql)).map((deal) => deal.id));
      expect(response.headers.get("x-register-total")).toBe(String(records.length));
    }
    const egypt = parse(await (await download("/register.csv?country=EG")).text(), {
      bom: true,
      columns: true,
    });
    const sources = (egypt as Record<string, string>[]).map((record) => record.Sources);
    expect(sources).toContain(ARABIC_OUTLET);
    expect(sources).toContain(COMMA_OUTLET);
    const morocco = await (await download("/register.csv?country=MA&system=patriot")).text();
    expect(morocco).toContain(`'${FORMULA_OUTLET}`);
  });

  it("downloads as JSON Lines: one typed object per deal, keys in the columns' order", async () => {
    const response = await download("/register.jsonl?country=DZ");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/jsonl/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="?register-DZ\.jsonl"?$/,
    );
    const lines = (await response.text()).trimEnd().split("\n");
    const rows = lines.map((line) => JSON.parse(line) as Row);
    expect(rows.map((row) => row.dealId)).toEqual((await dealsOf({ party: "DZ" })).map((deal) => deal.id));
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(REGISTER_COLUMNS.map((column) => column.key));
      expect(typeof row.reportCount).toBe("number");
      expect(Array.isArray(row.yearsOfDelivery) && Array.isArray(row.sources)).toBe(true);
    }
    expect(rows.some((row) => typeof row.numberOrdered === "number")).toBe(true);
    const patriot = await (await download("/register.jsonl?system=patriot")).text();
    expect(JSON.parse(patriot.trim()).sources).toEqual([FORMULA_OUTLET]);
  });

  it("refuses a bad filter with 400 and a JSON error naming the parameter", async () => {
    for (const [query, parameter] of [
      ["country=Atlantis", "country"],
      ["status=maybe", "status"],
      ["colour=red", "colour"],
      ["reportedFrom=yesterday", "reportedFrom"],
      ["system=no-such-system", "system"],
      ["source=nowhere-daily", "source"],
      ["conflicting=perhaps", "conflicting"],
      ["country=MA&country=EG", "country"],
    ] as const) {
      const response = await download(`/register.jsonl?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { parameter: string } }[];
      };
      expect(body.errors[0]?.extensions.parameter, query).toBe(parameter);
      expect(body.errors[0]?.message.startsWith(`${parameter}: `), query).toBe(true);
    }
  });

  it("caps a download at its row limit and says so in its headers", async () => {
    const app = express();
    const gazetteer = defaultGazetteer();
    app.use(
      registerRoutes({
        driver,
        database: TEST_DATABASE,
        gazetteer,
        limits: { queryTimeoutMs: 10_000, maxResponseBytes: 1024 * 1024 },
        maxRows: 2,
        isUnavailable: () => false,
      }),
    );
    const server = http.createServer(app);
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/register.jsonl`);
      const total = (await dealsOf({})).length;
      expect(response.headers.get("x-register-total")).toBe(String(total));
      expect(response.headers.get("x-register-capped")).toMatch(new RegExp(`first 2 of ${total} deals`));
      expect((await response.text()).trimEnd().split("\n")).toHaveLength(2);
      expect((await download("/register.jsonl")).headers.get("x-register-capped")).toBeNull();
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });

  describe("npm run export", () => {
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        execFile(
          `${root}node_modules/.bin/tsx`,
          [`${root}src/cli/main.ts`, "export", ...args],
          {
            cwd: root,
            env: {
              ...process.env,
              NEO4J_URI: inject("neo4jUri"),
              NEO4J_USER: "neo4j",
              NEO4J_PASSWORD: inject("neo4jPassword"),
              NEO4J_DATABASE: TEST_DATABASE,
            },
          },
          (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "register-export-"));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("writes a CSV file that a CSV parser reads back, with SIPRI's columns and the BOM", async () => {
      const file = join(dir, "deals.csv");
      const result = await run(["--register", file, "--country", "مصر"]);
      expect(result.code, result.stderr).toBe(0);
      const bytes = await readFile(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const records = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
      expect(Object.keys(records[0] ?? {}).slice(0, SIPRI_COLUMNS.length)).toEqual(SIPRI_COLUMNS);
      expect(records.map((record) => record["Deal id"])).toEqual(
        (await dealsOf({ party: "EG" })).map((deal) => deal.id),
      );
      expect(records.map((record) => record.Sources)).toContain(ARABIC_OUTLET);
      expect(result.stderr).toContain(`Wrote ${records.length} deals`);
    });

    it("writes JSON Lines to stdout with --format jsonl and -", async () => {
      const result = await run([
        "--register",
        "-",
        "--format",
        "jsonl",
        "--system",
        "S-400",
        "--status",
        "under-negotiation",
      ]);
      expect(result.code, result.stderr).toBe(0);
      const rows = result.stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line) as Row);
      const expected = await dealsOf({ system: "s-400", status: "UNDER_NEGOTIATION" });
      expect(rows.map((row) => row.dealId)).toEqual(expected.map((deal) => deal.id));
      expect(rows.length).toBeGreaterThan(0);
    });

    it("exits 2 naming the option or file for a bad filter, option or output file", async () => {
      for (const [args, named] of [
        [["--register", "--country", "Atlantis"], "--country"],
        [["--register", "--colour", "red"], "--colour"],
        [["--country", "MA"], "--register"],
        [["--register", "/no/such/folder/deals.csv"], "/no/such/folder/deals.csv"],
      ] as const) {
        const result = await run([...args]);
        expect(result.code, args.join(" ")).toBe(2);
        expect(result.stderr, args.join(" ")).toContain(named);
        expect(result.stdout).toBe("");
      }
    });
  });
});
