/**
 * Arabic names glued together by an aggregator's lost spaces (src/extract/glued.ts): split
 * into their words when the token is wholly made of known name words, never otherwise; the
 * evidence still points at the article's characters. Our own sentences.
 */
import { describe, expect, it } from "vitest";
import { countriesOf, extractText } from "./own-text.js";

describe("glued Arabic names", () => {
  it("finds the United States written without its spaces, and the deal it supplies", () => {
    const text = "وافقت الولاياتالمتحدةالأمريكية على بيع المغرب 24 مروحية أباتشي بقيمة مليار دولار.";
    const extraction = extractText("صفقة مروحيات", text);
    expect(extraction.countries.map((country) => country.code).sort()).toEqual(["MA", "US"]);
    const deal = extraction.deals.find((found) => found.parties.includes("US"));
    expect(deal?.parties.slice().sort()).toEqual(["MA", "US"]);
    expect(deal?.evidence && text.includes(deal.evidence)).toBe(true);
  });

  it("splits two countries joined by their conjunction", () => {
    expect(countriesOf("مناورات", "أجرت روسياوالجزائر مناورات بحرية مشتركة في البحر المتوسط.")).toEqual([
      "DZ",
      "RU",
    ]);
  });

  it("leaves long ordinary words whole", () => {
    const text = "أكدت الاستراتيجيات الدفاعية والاتصالات العسكرية للمملكة المغربية أهمية التحديث.";
    expect(countriesOf("تحديث", text)).toEqual(["MA"]);
    expect(extractText("تحديث", text).deals).toEqual([]);
  });
});
