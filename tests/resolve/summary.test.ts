/**
 * A deal's summary is a fold that ignores the order and the batches its reports come in: adding
 * reports to a stored summary gives what summarising them all at once gives.
 */
import { describe, expect, it } from "vitest";
import { addReports, dealFigures, emptySummary, type ReportFacts } from "../../src/resolve/summary.js";

const report = (over: Partial<ReportFacts>): ReportFacts => ({
  article: "a",
  start: 0,
  publishedAt: null,
  status: "unknown",
  supplier: null,
  recipient: null,
  quantity: null,
  value: null,
  currency: null,
  year: null,
  nature: null,
  systemIds: [],
  ...over,
});

const REPORTS: ReportFacts[] = [
  report({
    article: "a1",
    publishedAt: "2025-01-10",
    status: "signed",
    supplier: "RU",
    recipient: "DZ",
    quantity: 14,
    value: 2e9,
    currency: "USD",
    year: 2019,
  }),
  report({
    article: "a2",
    publishedAt: "2025-01-12",
    status: "signed",
    value: 1.8e9,
    currency: "USD",
    quantity: 14,
  }),
  report({
    article: "a3",
    publishedAt: "2025-11-20",
    status: "delivered",
    quantity: 6,
    systemIds: ["su-57"],
  }),
  report({ article: "a4", publishedAt: "2025-12-01", start: 40, status: "under negotiation" }),
  report({ article: "a5", publishedAt: null, status: "agreed", year: 2018, systemIds: ["su-57e", "su-57"] }),
];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, at) =>
    permutations([...items.slice(0, at), ...items.slice(at + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("deal summaries", () => {
  it("are the same in every order and every split into batches", () => {
    const whole = JSON.stringify(addReports(emptySummary(), REPORTS));
    for (const order of permutations(REPORTS)) {
      for (let split = 0; split <= order.length; split += 1) {
        const stored = JSON.parse(JSON.stringify(addReports(emptySummary(), order.slice(0, split))));
        expect(JSON.stringify(addReports(stored, order.slice(split)))).toBe(whole);
      }
    }
  });

  it("keep the furthest earlier stage when a later report goes back, and flag it", () => {
    const figures = dealFigures(addReports(emptySummary(), REPORTS));
    expect(figures).toMatchObject({
      status: "delivered",
      statusRegressed: true,
      reportCount: 5,
      firstReported: "2025-01-10",
      lastReported: "2025-12-01",
      supplier: "RU",
      quantity: 14,
      value: 1.8e9,
      year: 2019,
    });
    // Prices and years disagree; a delivered batch's quantity is not an order's.
    expect(figures.conflicts).toEqual(["value", "year"]);
    expect(addReports(emptySummary(), REPORTS).systems).toEqual(["su-57", "su-57e"]);
  });

  it("take the furthest stage when the latest report states none", () => {
    const figures = dealFigures(
      addReports(emptySummary(), [
        report({ article: "b1", publishedAt: "2024-05-01", status: "agreed" }),
        report({ article: "b2", publishedAt: "2024-06-01", status: "unknown" }),
      ]),
    );
    expect(figures).toMatchObject({ status: "agreed", statusRegressed: false, conflicts: [] });
  });

  it("break ties within one article by position, then by value", () => {
    const same = [
      report({ article: "c", publishedAt: "2024-01-01", start: 10, status: "signed", quantity: 12 }),
      report({ article: "c", publishedAt: "2024-01-01", start: 10, status: "signed", quantity: 8 }),
      report({ article: "c", publishedAt: "2024-01-01", start: 3, status: "agreed" }),
    ];
    const forward = dealFigures(addReports(emptySummary(), same));
    expect(dealFigures(addReports(emptySummary(), [...same].reverse()))).toEqual(forward);
    expect(forward).toMatchObject({ status: "agreed", quantity: 12 });
  });
});
