/**
 * The two seed articles against their hand-made answers (seeds/expected): the body's countries
 * and none that only the related-headlines line names, the systems, the deals, and the header.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.js";
import { parseFile } from "../../src/parse/index.js";

interface Expected {
  language: string;
  outlet: string;
  outlet_en: string;
  published: string;
  header_date: string;
  title: string;
  byline: string | null;
  countries: string[];
  countries_not_in_body: string[];
  systems: { name: string; category: string; origin: string }[];
  deals: {
    parties: string[];
    kind: string;
    status: string;
    systems: string[];
    supplier: string | null;
    recipient: string | null;
  }[];
  people: string[];
  organizations: string[];
  cited_sources: string[];
}

const root = new URL("../../seeds/", import.meta.url);
const seeds = readdirSync(new URL("expected/", root)).map((file) => file.replace(/\.json$/, ""));

describe.each(seeds)("seed %s", async (seed) => {
  const expected: Expected = JSON.parse(readFileSync(new URL(`expected/${seed}.json`, root), "utf8"));
  const [item] = await parseFile(new URL(`articles/${seed}.txt`, root).pathname);
  if (!item?.ok) throw new Error(`seed ${seed} did not parse`);
  const facts = extractArticle(item.article);

  it("reads the title, outlet, dates, byline and language", () => {
    expect(facts.article).toMatchObject({
      title: expected.title,
      outlet: expected.outlet,
      outletEn: expected.outlet_en,
      aggregator: "Maghress",
      publishedAt: expected.published,
      headerDate: expected.header_date,
      byline: expected.byline,
      language: expected.language,
    });
  });

  it("finds exactly the body's countries, none from the related headlines", () => {
    expect(facts.countries.map((country) => country.code).sort()).toEqual([...expected.countries].sort());
  });

  it("finds the systems with category and origin", () => {
    expect(facts.systems.map(({ name, category, origin }) => ({ name, category, origin }))).toEqual(
      expect.arrayContaining(
        expected.systems.map(({ name, category, origin }) => ({ name, category, origin })),
      ),
    );
    expect(facts.systems).toHaveLength(expected.systems.length);
  });

  it("finds the deals: parties, kind, status and systems", () => {
    const key = (deal: { parties: string[]; kind: string; status: string; systems: string[] }) =>
      `${[...deal.parties].sort().join("-")} ${deal.kind} ${deal.status} [${deal.systems.join(",")}]`;
    expect(facts.deals.map(key).sort()).toEqual(expected.deals.map(key).sort());
  });

  it("gives every deal the roles the expected answer gives", () => {
    const key = (deal: { parties: string[]; kind: string; status: string }) =>
      `${[...deal.parties].sort().join("-")} ${deal.kind} ${deal.status}`;
    for (const want of expected.deals) {
      const deal = facts.deals.find((found) => key(found) === key(want));
      expect(deal, key(want)).toMatchObject({ supplier: want.supplier, recipient: want.recipient });
    }
  });

  it("finds the people, the organizations and the cited sources", () => {
    expect(facts.people.map((person) => person.name)).toEqual(expected.people);
    expect(facts.organizations).toHaveLength(expected.organizations.length);
    expect(facts.citedSources).toHaveLength(expected.cited_sources.length);
  });

  it("keeps evidence offsets pointing into the original file", () => {
    for (const deal of facts.deals) expect(item.article.text.slice(deal.start, deal.end)).toBe(deal.evidence);
  });
});
