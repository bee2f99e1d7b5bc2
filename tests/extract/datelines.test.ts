/**
 * Place names that are not countries (src/extract/datelines.ts): a dateline's city and Amman
 * (written in Arabic as Oman is). Our own sentences.
 */
import { describe, expect, it } from "vitest";
import { countriesOf, extractText } from "./own-text.js";

describe("datelines and Amman", () => {
  it("reads an Arabic dateline عمان as the place of filing, not Oman", () => {
    const text = "عمان - أعلن الجيش الأردني تسلم ثماني مقاتلات إف-16 من الولايات المتحدة.";
    expect(countriesOf("تسلم مقاتلات", text)).toEqual(["JO", "US"]);
    expect(extractText("تسلم مقاتلات", text).deals.flatMap((deal) => deal.parties)).not.toContain("OM");
  });

  it("reads عمان after 'the Jordanian capital' as Amman", () => {
    const text = "استضافت العاصمة الأردنية عمان محادثات بين المملكة الأردنية وفرنسا حول شراء طائرات رافال.";
    expect(countriesOf("محادثات", text)).toEqual(["FR", "JO"]);
  });

  it("reads عمّان with its shadda as Amman", () => {
    const text = "وصل وفد عسكري سعودي إلى عمّان لبحث التعاون الدفاعي مع المملكة الأردنية.";
    expect(countriesOf("وفد عسكري", text)).toEqual(["JO", "SA"]);
  });

  it("keeps Oman where the text names the sultanate as a party", () => {
    const text = "اشترت عمان 12 مقاتلة تايفون من بريطانيا، وتسلمت سلطنة عمان الدفعة الأولى.";
    expect(countriesOf("تايفون", text)).toEqual(["GB", "OM"]);
  });

  it("does not count a capital used as a dateline", () => {
    for (const text of [
      "واشنطن (رويترز) - وقع المغرب عقدا مع تركيا لشراء 12 طائرة مسيرة من طراز بيرقدار TB2.",
      "واشنطن - وقع المغرب عقدا مع تركيا لشراء 12 طائرة مسيرة من طراز بيرقدار TB2.",
    ])
      expect(countriesOf("طائرات مسيرة للمغرب", text)).toEqual(["MA", "TR"]);
  });

  it("still counts a capital named in the sentence as its government", () => {
    const text = "قالت واشنطن - في بيان - إنها وافقت على بيع 24 مروحية أباتشي للمغرب.";
    expect(countriesOf("مروحيات أباتشي", text)).toEqual(["MA", "US"]);
  });
});
