import { describe, expect, it } from "vitest";
import { defaultGazetteer, type Extraction, extractArticle } from "../../src/extract/index.js";
import { parseText } from "../../src/parse/index.js";
import { CASES, type Case } from "./corpus.js";

function extractOf(testCase: Case): Extraction {
  const [item] = parseText(`${testCase.name}.txt`, testCase.text);
  if (!item?.ok) throw new Error(`parse failed: ${item?.ok === false ? item.error : "nothing"}`);
  return extractArticle(item.article, defaultGazetteer());
}

describe.each(CASES)("$name", (testCase) => {
  const facts = extractOf(testCase);
  const codes = facts.countries.map((country) => country.code);

  it("detects the language", () => {
    expect(facts.article.language).toBe(testCase.language);
  });

  if (testCase.publishedAt) {
    it("reads the date", () => expect(facts.article.publishedAt).toBe(testCase.publishedAt));
  }
  if (testCase.countries) {
    it("finds the countries", () => expect(codes).toEqual(expect.arrayContaining(testCase.countries ?? [])));
  }
  if (testCase.notCountries) {
    it("avoids the traps", () => {
      for (const code of testCase.notCountries ?? []) expect(codes).not.toContain(code);
    });
  }
  if (testCase.systems) {
    it("finds the systems", () =>
      expect(facts.systems.map((system) => system.id).sort()).toEqual([...(testCase.systems ?? [])].sort()));
  }
  if (testCase.organizations) {
    it("finds the organizations", () =>
      expect(facts.organizations.map((org) => org.id)).toEqual(
        expect.arrayContaining(testCase.organizations ?? []),
      ));
  }
  if (testCase.cited) {
    it("finds the cited sources", () =>
      expect(facts.citedSources.map((source) => source.id)).toEqual(testCase.cited));
  }
  if (testCase.people) {
    it("finds the people and their roles", () => {
      for (const person of testCase.people ?? []) {
        const found = facts.people.find((candidate) => candidate.name === person.name);
        expect(found, `${person.name} in ${JSON.stringify(facts.people)}`).toBeDefined();
        if (person.role) expect(found?.role).toMatch(person.role);
      }
      if (testCase.onlyThesePeople) expect(facts.people).toHaveLength(testCase.people?.length ?? 0);
    });
  }
  if (testCase.noDeals) {
    it("states no deal", () => expect(facts.deals).toEqual([]));
  }
  if (testCase.deals && testCase.deals.length > 0) {
    it("finds exactly the deals, with evidence that points into the text", () => {
      const [item] = parseText("x.txt", testCase.text);
      const text = item?.ok ? item.article.text : "";
      expect(
        facts.deals.map((deal) => `${deal.parties.join("-")} ${deal.kind} ${deal.status}`).sort(),
      ).toEqual(
        (testCase.deals ?? [])
          .map((deal) => `${[...deal.parties].sort().join("-")} ${deal.kind} ${deal.status}`)
          .sort(),
      );
      for (const expected of testCase.deals ?? []) {
        const deal = facts.deals.find(
          (candidate) => candidate.parties.join() === [...expected.parties].sort().join(),
        );
        const { parties: _parties, kind: _kind, status: _status, systems, ...rest } = expected;
        expect(deal).toMatchObject(rest);
        if (systems) expect(deal?.systemIds).toEqual(systems);
        expect(text.slice(deal?.start, deal?.end)).toBe(deal?.evidence);
      }
    });
  }
});
