/**
 * The harness of the deal-frame suites: a frame is a short text written for the suite and the
 * deals it states, each "SUPPLIER>RECIPIENT kind status" plus the facts asked about; a suite
 * checks that the extractor finds exactly those deals and lists none of the bystanders.
 */
import { describe, expect, it } from "vitest";
import { defaultGazetteer, type Extraction, extractArticle } from "../../src/extract/index.js";
import { parseText } from "../../src/parse/index.js";

export interface Frame {
  name: string;
  text: string;
  /** "SUP>REC kind status", with optional " systems=a+b", " q=N", " y=YYYY", " v=AMOUNT", " n=nature". */
  deals: string[];
  notCountries?: string[];
}

function extractOf(name: string, text: string): Extraction {
  const [item] = parseText(`${name}.txt`, text);
  if (!item?.ok) throw new Error(`parse failed: ${name}`);
  return extractArticle(item.article, defaultGazetteer());
}

/** The facts of `deal` that `expected` asks about, in the expected string's shape. */
function describe_(deal: Extraction["deals"][number], expected: string): string {
  const asks = (key: string) => expected.includes(` ${key}=`);
  return [
    `${deal.supplier ?? "?"}>${deal.recipient ?? "?"} ${deal.kind} ${deal.status}`,
    asks("systems") ? ` systems=${deal.systemIds.join("+")}` : "",
    asks("q") ? ` q=${deal.quantity}` : "",
    asks("y") ? ` y=${deal.year}` : "",
    asks("v") ? ` v=${deal.value?.amount ?? null}` : "",
    asks("n") ? ` n=${deal.nature}` : "",
  ].join("");
}

export function checkFrames(frames: Frame[]): void {
  describe.each(frames)("$name", (frame) => {
    const facts = extractOf(frame.name, frame.text);
    it("finds exactly these deals", () => {
      const found = facts.deals.map((deal, index) =>
        describe_(deal, frame.deals[index] ?? frame.deals[0] ?? ""),
      );
      expect(found.sort()).toEqual([...frame.deals].sort());
    });
    if (frame.notCountries) {
      it("lists no bystander country", () => {
        const codes = facts.countries.map((country) => country.code);
        for (const code of frame.notCountries ?? []) expect(codes).not.toContain(code);
      });
    }
  });
}
