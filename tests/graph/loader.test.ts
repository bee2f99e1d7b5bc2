import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../src/extract/index.js";
import { applySchema, collectFiles, type LoadSummary, loadFiles } from "../../src/graph/index.js";
import { clearGraph, countAll, dumpGraph, TEST_DATABASE, testDriver } from "../support/graph.js";

const SEEDS = new URL("../../seeds/articles/", import.meta.url).pathname;
const options = { batchSize: 50, dryRun: false, maxBytes: 10 * 1024 * 1024 };

async function load(
  driver: Driver,
  paths: string[],
  overrides: Partial<typeof options> = {},
): Promise<LoadSummary> {
  return loadFiles(driver, TEST_DATABASE, await collectFiles(paths), defaultGazetteer(), {
    ...options,
    ...overrides,
  });
}

async function rows(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params, { database: TEST_DATABASE });
  return records.map((record) => record.toObject());
}

describe("the loader, on a real Neo4j", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await applySchema(driver, TEST_DATABASE);
  });
  beforeEach(() => clearGraph(driver));
  afterAll(async () => {
    await clearGraph(driver);
    await driver.close();
  });

  it("applies the schema idempotently", async () => {
    await applySchema(driver, TEST_DATABASE);
    const constraints = await rows(
      driver,
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] + '.' + properties[0] AS key ORDER BY key",
    );
    expect(constraints.map((row) => row.key)).toEqual([
      "Article.id",
      "Country.code",
      "Deal.id",
      "DealBucket.key",
      "DealSignature.signature",
      "Organization.id",
      "Person.id",
      "Source.id",
      "System.id",
      "WriteLock.id",
    ]);
    const fulltext = await rows(
      driver,
      "SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name",
    );
    expect(fulltext).toEqual([
      { name: "article_titles", state: "ONLINE" },
      { name: "entity_names", state: "ONLINE" },
    ]);
  });

  it("writes an uncatalogued system with catalogued: false and no origin when the text states none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loader-uncatalogued-"));
    await writeFile(
      join(dir, "a.txt"),
      "Qatar buys air defence\nQatar ordered the Xyz-12 air-defence system and Rafale jets.",
    );
    expect(await load(driver, [dir])).toMatchObject({ new: 1, failed: 0 });
    const systems = await rows(
      driver,
      `MATCH (s:System) OPTIONAL MATCH (s)-[:ORIGINATES_IN]->(c)
       RETURN s.id AS id, s.catalogued AS catalogued, s.category AS category, c.code AS origin ORDER BY id`,
    );
    expect(systems).toEqual([
      { id: "rafale", catalogued: true, category: "fighter aircraft", origin: "FR" },
      { id: "uncatalogued:xyz-12", catalogued: false, category: "air defence", origin: null },
    ]);
  });

  it("loads the seeds: exactly the expected countries, systems, deals, parties and reports", async () => {
    const summary = await load(driver, [SEEDS]);
    expect(summary).toMatchObject({ files: 2, new: 2, unchanged: 0, updated: 0, failed: 0, aborted: null });
    const countries = await rows(driver, "MATCH (c:Country) RETURN c.code AS code ORDER BY code");
    expect(countries.map((row) => row.code)).toEqual([
      "CN",
      "EG",
      "FR",
      "IL",
      "IN",
      "IQ",
      "MA",
      "PK",
      "QA",
      "RU",
      "TR",
      "US",
    ]);
    const systems = await rows(
      driver,
      "MATCH (s:System)-[:ORIGINATES_IN]->(c) RETURN s.id AS id, s.category AS category, c.code AS origin ORDER BY id",
    );
    expect(systems).toEqual([
      { id: "al-khalid", category: "tank", origin: "PK" },
      { id: "al-zarrar", category: "tank", origin: "PK" },
      { id: "jf-17", category: "fighter aircraft", origin: "PK" },
      { id: "s-400", category: "air defence", origin: "RU" },
      // Al-Zarrar is a variant of the Type 59: the family comes in with it (VARIANT_OF).
      { id: "type-59", category: "tank", origin: "CN" },
    ]);
    expect(
      await rows(driver, "MATCH (v:System)-[:VARIANT_OF]->(f:System) RETURN v.id AS variant, f.id AS family"),
    ).toEqual([{ variant: "al-zarrar", family: "type-59" }]);
    const deals = await rows(
      driver,
      `MATCH (d:Deal) OPTIONAL MATCH (c:Country)-[p:PARTY_TO]->(d)
       WITH d, c, p ORDER BY c.code
       RETURN d.id AS id, d.kind AS kind, d.status AS status, collect(c.code + ':' + p.role) AS parties,
              COUNT { (:Article)-[:REPORTS]->(d) } AS reports ORDER BY id`,
    );
    expect(deals).toEqual([
      {
        id: "CN-PK:co-production:jf-17",
        kind: "co-production",
        status: "delivered",
        parties: ["CN:partner", "PK:partner"],
        reports: 1,
      },
      {
        id: "EG-RU:acquisition:s-400",
        kind: "acquisition",
        status: "under negotiation",
        parties: ["EG:recipient", "RU:supplier"],
        reports: 1,
      },
      {
        id: "IQ-RU:acquisition:s-400",
        kind: "acquisition",
        status: "under negotiation",
        parties: ["IQ:recipient", "RU:supplier"],
        reports: 1,
      },
      {
        id: "MA-PK:cooperation-agreement",
        kind: "cooperation agreement",
        status: "under negotiation",
        parties: ["MA:recipient", "PK:supplier"],
        reports: 2,
      },
      {
        id: "MA-RU:acquisition:s-400",
        kind: "acquisition",
        status: "under negotiation",
        parties: ["MA:recipient", "RU:supplier"],
        reports: 1,
      },
      {
        id: "QA-RU:acquisition:s-400",
        kind: "acquisition",
        status: "under negotiation",
        parties: ["QA:recipient", "RU:supplier"],
        reports: 1,
      },
    ]);
    const provenance = await rows(
      driver,
      `MATCH (a:Article)-[r:REPORTS]->(:Deal {id: 'MA-RU:acquisition:s-400'}), (a)-[:PUBLISHED_BY]->(s:Source), (a)-[:VIA]->(g:Source)
       RETURN s.name AS outlet, g.name AS via, r.evidence AS evidence, a.publishedAt AS publishedAt`,
    );
    expect(provenance).toEqual([
      {
        outlet: "Alayam24",
        via: "Maghress",
        evidence: expect.stringContaining("تناقش المملكة المغربية مع روسيا"),
        publishedAt: "2024-12-02",
      },
    ]);
    const seedText = await readFile(join(SEEDS, "alayam24-morocco-s400-russia.txt"), "utf8");
    const [report] = await rows(
      driver,
      "MATCH ()-[r:REPORTS]->(:Deal {id: 'MA-RU:acquisition:s-400'}) RETURN r.start AS start, r.end AS end, r.evidence AS evidence",
    );
    expect(seedText.slice(report?.start as number, report?.end as number)).toBe(report?.evidence);
  });

  it("changes nothing when the same files are loaded again", async () => {
    await load(driver, [SEEDS]);
    const before = await dumpGraph(driver);
    const again = await load(driver, [SEEDS]);
    expect(again).toMatchObject({
      new: 0,
      unchanged: 2,
      updated: 0,
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
    expect(await dumpGraph(driver)).toEqual(before);
  });

  it("replaces a modified article's edges instead of adding beside them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loader-"));
    const file = join(dir, "article.txt");
    await writeFile(file, "Egypt and Russia\nEgypt signed a contract with Russia to buy Su-35 fighters.");
    await load(driver, [file]);
    await writeFile(file, "Egypt and France\nEgypt signed a contract with France to buy Rafale jets.");
    const summary = await load(driver, [file]);
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    expect(await rows(driver, "MATCH (a:Article) RETURN count(a) AS n")).toEqual([{ n: 1 }]);
    expect(await rows(driver, "MATCH (d:Deal) RETURN d.id AS id")).toEqual([
      { id: "EG-FR:acquisition:rafale" },
    ]);
    expect(
      await rows(driver, "MATCH (:Article)-[:MENTIONS]->(c:Country) RETURN c.code AS code ORDER BY code"),
    ).toEqual([{ code: "EG" }, { code: "FR" }]);
  });

  it("removes a replaced article's people whom no other article names, and keeps the others", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loader-"));
    const [changing, other] = [join(dir, "changing.txt"), join(dir, "other.txt")];
    const quoteAlaoui = "قال محمد العلوي، الخبير في الشؤون العسكرية، إن الصفقة مهمة.";
    await writeFile(
      changing,
      `المغرب وروسيا\nوقع المغرب عقدا مع روسيا.\n${quoteAlaoui}\nوقال أحمد التازي، المحلل العسكري، إن التسليم قريب.`,
    );
    await writeFile(other, `المغرب وفرنسا\nوقع المغرب اتفاقا مع فرنسا.\n${quoteAlaoui}`);
    await load(driver, [changing, other]);
    const people = () => rows(driver, "MATCH (p:Person) RETURN p.name AS name ORDER BY name");
    expect(await people()).toEqual([{ name: "أحمد التازي" }, { name: "محمد العلوي" }]);
    await writeFile(changing, "المغرب وروسيا\nوقع المغرب عقدا مع روسيا، دون أي تصريح.");
    expect(await load(driver, [changing])).toMatchObject({ updated: 1 });
    expect(await people()).toEqual([{ name: "محمد العلوي" }]);
  });

  it("merges two outlets' reports of one deal into one Deal with two REPORTS", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loader-"));
    await writeFile(
      join(dir, "a.json"),
      JSON.stringify({
        title: "Rumour",
        text: "According to reports, Algeria is negotiating with Russia to buy Su-57 jets.",
        outlet: "Reuters",
        publishedAt: "2025-01-10",
      }),
    );
    await writeFile(
      join(dir, "b.json"),
      JSON.stringify({
        title: "Contract",
        text: "Algeria signed a contract with Russia for Su-57 jets.",
        outlet: "TASS",
        publishedAt: "2025-03-02",
      }),
    );
    await load(driver, [dir]);
    expect(
      await rows(
        driver,
        "MATCH (d:Deal) RETURN d.id AS id, d.status AS status, d.firstReported AS first, d.lastReported AS last, d.reportCount AS reports",
      ),
    ).toEqual([
      {
        id: "DZ-RU:acquisition:su-57",
        status: "signed",
        first: "2025-01-10",
        last: "2025-03-02",
        reports: 2,
      },
    ]);
    expect(
      await rows(
        driver,
        "MATCH (a:Article)-[r:REPORTS]->(:Deal) MATCH (a)-[:PUBLISHED_BY]->(s) RETURN s.name AS outlet, r.status AS status ORDER BY outlet",
      ),
    ).toEqual([
      { outlet: "Reuters", status: "rumoured" },
      { outlet: "TASS", status: "signed" },
    ]);
  });

  it("reports failed files and loads the good ones around them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loader-"));
    await copyFile(join(SEEDS, "alayam24-morocco-s400-russia.txt"), join(dir, "a.txt"));
    await writeFile(join(dir, "b.json"), "{ not json");
    await writeFile(join(dir, "c.txt"), Buffer.from([0, 1, 2, 3]));
    const summary = await load(driver, [dir]);
    expect(summary).toMatchObject({ files: 3, new: 1, failed: 2 });
    expect(summary.failures.map((failure) => failure.file.slice(dir.length + 1))).toEqual([
      "b.json",
      "c.txt",
    ]);
    expect(await rows(driver, "MATCH (a:Article) RETURN count(a) AS n")).toEqual([{ n: 1 }]);
  });

  it("writes nothing on a dry run, and says what would change", async () => {
    const summary = await load(driver, [SEEDS], { dryRun: true });
    expect(summary).toMatchObject({ new: 2, unchanged: 0, nodesCreated: 0 });
    expect(await countAll(driver)).toEqual({ nodes: 0, relationships: 0 });
  });
});
