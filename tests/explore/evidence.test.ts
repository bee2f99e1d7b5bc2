/** Where the deal panel marks a report's evidence inside its article's text (explore/src/evidence.ts). */
import { describe, expect, it } from "vitest";
import { passageOf } from "../../explore/src/evidence.js";

// Our own sentences: a page's boilerplate, a headline, a body.
const boilerplate = "Menu · Sports · Weather\n";
const title = "Rabat and Ankara sign a drone deal";
const body = "Officials said on Monday that Morocco ordered twelve drones. Deliveries start next year.";
const text = `${boilerplate}${title}\n\n${body}`;
const bodyStart = text.indexOf(body);
const article = { text, bodyStart, bodyEnd: bodyStart + body.length };
const at = (evidence: string) => ({
  evidence,
  start: text.indexOf(evidence),
  end: text.indexOf(evidence) + evidence.length,
});

describe("the passage around a report's evidence", () => {
  it("is the article's body with the evidence cut out at its offsets, boilerplate left out", () => {
    const passage = passageOf(article, at("Morocco ordered twelve drones."));
    expect(passage).toEqual({
      before: "Officials said on Monday that ",
      evidence: "Morocco ordered twelve drones.",
      after: " Deliveries start next year.",
    });
  });

  it("widens to the headline when the evidence is there", () => {
    const passage = passageOf(article, at("sign a drone deal"));
    expect(passage?.before).toBe("Rabat and Ankara ");
    expect(passage?.evidence).toBe("sign a drone deal");
    expect(passage?.after).toBe(`\n\n${body}`);
  });

  it("finds the evidence by its text when the offsets no longer point at it", () => {
    const passage = passageOf(article, { evidence: "Deliveries start next year.", start: 0, end: 5 });
    expect(passage?.evidence).toBe("Deliveries start next year.");
    expect(`${passage?.before}${passage?.evidence}${passage?.after}`).toBe(body);
  });

  it("counts offsets in UTF-16 code units, as the API gives them (Arabic and astral characters)", () => {
    const arabic = "قال مسؤول 🛰 إن المغرب طلب طائرات مسيرة.";
    const evidence = "المغرب طلب طائرات مسيرة";
    const start = arabic.indexOf(evidence);
    const passage = passageOf(
      { text: arabic, bodyStart: 0, bodyEnd: arabic.length },
      { evidence, start, end: start + evidence.length },
    );
    expect(passage).toEqual({ before: "قال مسؤول 🛰 إن ", evidence, after: "." });
  });

  it("is null for an article without text, or one that does not hold the evidence", () => {
    expect(passageOf({ text: null, bodyStart: null, bodyEnd: null }, at("Morocco"))).toBeNull();
    expect(passageOf(article, { evidence: "not in it", start: 0, end: 9 })).toBeNull();
  });
});
