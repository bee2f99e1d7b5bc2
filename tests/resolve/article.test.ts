/**
 * What `npm run extract` prints: one deal per contract. An article that reports one contract
 * twice (its delivery, then the order behind it) shows it once, with the figures the graph's
 * Deal takes from both reports: the status of the first in the article, the order's quantity,
 * value and year. Our own texts.
 */
import { describe, expect, it } from "vitest";
import { defaultGazetteer, extractArticle } from "../../src/extract/index.js";
import { parseText } from "../../src/parse/index.js";
import { resolveArticle } from "../../src/resolve/index.js";

function extracted(text: string) {
  const [item] = parseText("article.json", JSON.stringify({ title: "", text, publishedAt: "2025-03-01" }));
  if (!item?.ok) throw new Error("unparsed");
  return extractArticle(item.article, defaultGazetteer());
}

const TEXTS = {
  en: "Morocco received the first Apache helicopters from the United States this week at a base near Rabat. The kingdom had signed a contract with the United States in 2020 for 24 Apache helicopters.",
  ar: "تسلم المغرب هذا الأسبوع أولى مروحيات أباتشي من الولايات المتحدة. وكان المغرب قد وقع عقدا مع الولايات المتحدة سنة 2020 لشراء 24 مروحية أباتشي.",
};

describe("an article's deals, one per contract", () => {
  for (const [language, text] of Object.entries(TEXTS)) {
    it(`shows a delivery and its order as one deal (${language})`, () => {
      const extraction = extracted(text);
      expect(extraction.deals.length).toBe(2);
      const [deal, ...others] = resolveArticle(extraction, defaultGazetteer()).deals;
      expect(others).toEqual([]);
      expect(deal).toMatchObject({
        id: "MA-US:acquisition:ah-64",
        supplier: "US",
        recipient: "MA",
        status: "delivered",
        quantity: 24,
        year: 2020,
        start: extraction.deals.map((report) => report.start).sort((a, b) => a - b)[0],
      });
    });
  }

  it("keeps two contracts of one pair apart", () => {
    const extraction = extracted(
      "Egypt signed a contract with France in 2015 for 24 Rafale fighters. In 2021 Egypt signed a second contract with France for 30 more Rafale fighters.",
    );
    const ids = resolveArticle(extraction, defaultGazetteer()).deals.map((deal) => deal.id);
    expect(new Set(ids).size).toBe(2);
  });
});
