/**
 * The most specific variant a text states wins (src/extract/variants.ts): on our own sentences,
 * an article that names a variant and elsewhere its family lists the variant only, and its deal
 * takes the variant; two variants of one family leave a bare family mention out.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "./own-text.js";

describe("the most specific variant a text states", () => {
  it.each([
    [
      "en",
      "Jordan's new jets",
      "Jordan signed a contract with the United States for 12 F-16 Block 70 fighters. The F-16 fleet will grow.",
    ],
    [
      "fr",
      "Les avions de la Jordanie",
      "La Jordanie a signé un contrat avec les États-Unis pour 12 F-16 Block 70. Les F-16 arriveront en 2027.",
    ],
    [
      "ar",
      "مقاتلات الأردن",
      "وقع الأردن عقدا مع الولايات المتحدة لشراء 12 مقاتلة إف-16 بلوك 70. وستصل مقاتلات إف-16 عام 2027.",
    ],
  ])("lists the variant, not also its family, and gives it to the deal (%s)", (_lang, title, text) => {
    const facts = extractText(title, text);
    expect(facts.systems.map((system) => system.id)).toEqual(["f-16-block-70"]);
    expect(facts.deals.map((deal) => deal.systemIds)).toEqual([["f-16-block-70"]]);
  });

  it("leaves out a bare family mention when two of its variants are named", () => {
    const facts = extractText(
      "Rafale",
      "India signed a contract with France for 22 Rafale M and 4 Rafale B jets. The Rafale will fly from the carrier.",
    );
    expect(facts.systems.map((system) => system.id).sort()).toEqual(["rafale-b", "rafale-m"]);
  });
});
