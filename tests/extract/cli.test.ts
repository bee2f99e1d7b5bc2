/** The `extract` command as outside evaluations run it: JSON Lines on stdout, nothing else. */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

describe("npm run -s extract", () => {
  it("prints one JSON object per input, in input order, and errors as ok:false lines", async () => {
    const dir = await mkdtemp(join(tmpdir(), "extract-cli-"));
    await writeFile(
      join(dir, "a.txt"),
      "Egypt buys Rafale\nEgypt signed a contract with France to buy 30 Rafale jets.",
    );
    await writeFile(join(dir, "b.txt"), "");
    const inputs = ["seeds/articles/alayam24-morocco-s400-russia.txt", dir];
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "extract", ...inputs],
      { cwd: root },
    );
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file, line.ok])).toEqual([
      ["seeds/articles/alayam24-morocco-s400-russia.txt", true],
      [join(dir, "a.txt"), true],
      [join(dir, "b.txt"), false],
    ]);
    const [seed, rafale, empty] = lines;
    expect(Object.keys(seed)).toEqual(
      expect.arrayContaining([
        "file",
        "ok",
        "article",
        "countries",
        "systems",
        "organizations",
        "people",
        "citedSources",
        "deals",
      ]),
    );
    expect(seed.article).toMatchObject({
      outlet: "الأيام 24",
      outletEn: "Alayam24",
      publishedAt: "2024-12-02",
      language: "ar",
    });
    expect(seed.deals[0]).toMatchObject({
      parties: ["MA", "RU"],
      supplier: "RU",
      recipient: "MA",
      kind: "acquisition",
      systems: ["S-400"],
      quantity: null,
      value: null,
      year: null,
    });
    expect(typeof seed.deals[0].start).toBe("number");
    expect(rafale.deals[0]).toMatchObject({ parties: ["EG", "FR"], status: "signed", quantity: 30 });
    expect(empty.error).toMatch(/empty file/);
    expect(rafale.systems).toMatchObject([{ id: "rafale", family: null, catalogued: true }]);
  }, 60_000);

  it("--uncatalogued lists the designations the catalogue lacks, most mentioned first, with their files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "extract-uncatalogued-"));
    await writeFile(join(dir, "a.txt"), "Deal\nQatar ordered the Xyz-12 air-defence system and Rafale jets.");
    await writeFile(
      join(dir, "b.txt"),
      "صفقة\nاشترت مصر مروحيات روسية من طراز «KQ-88» ومنظومة Xyz-12 للدفاع الجوي.\nوستصل مروحيات KQ-88 العام المقبل.",
    );
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "extract", "--uncatalogued", dir],
      { cwd: root },
    );
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        id: "uncatalogued:kq-88",
        name: "KQ-88",
        category: "helicopter",
        origin: "RU",
        mentions: 2,
        files: [join(dir, "b.txt")],
      },
      {
        id: "uncatalogued:xyz-12",
        name: "Xyz-12",
        category: "air defence",
        origin: null,
        mentions: 2,
        files: [join(dir, "a.txt"), join(dir, "b.txt")],
      },
    ]);
  }, 60_000);
});
