/**
 * The resolve stage on its own: which reports are one contract, and the ids contracts get.
 * Reports are built as extraction would give them; the catalogue is the real one, with two
 * variants added here so that family/variant rules can be tested whatever the data holds.
 */
import { describe, expect, it } from "vitest";
import { defaultGazetteer, type Gazetteer, type SystemInfo } from "../../src/extract/index.js";
import { bucketParts, type ReportedDeal, resolveReports } from "../../src/resolve/index.js";

const base = defaultGazetteer();
const variant = (id: string, family: string): SystemInfo => ({
  ...(base.systems.get(family) as SystemInfo),
  id,
  name: id,
  family,
});
const gazetteer: Gazetteer = {
  ...base,
  systems: new Map([
    ...base.systems,
    ["test-f-16-block-70", variant("test-f-16-block-70", "f-16")],
    ["test-f-16-block-52", variant("test-f-16-block-52", "f-16")],
  ]),
};

const report = (facts: Partial<ReportedDeal>): ReportedDeal => ({
  parties: ["EG", "US"],
  kind: "acquisition",
  systemIds: ["f-16"],
  supplier: "US",
  recipient: "EG",
  year: null,
  quantity: null,
  status: "signed",
  nature: null,
  ...facts,
});

/** Deal id per report, resolving all of them together. */
const resolve = (reports: ReportedDeal[]) => resolveReports(reports, gazetteer);

describe("resolution: which reports are one contract", () => {
  it("keeps an order, a later approval of a newer variant and an upgrade of one pair apart", () => {
    const ids = resolve([
      report({ year: 2008, quantity: 24 }),
      report({ year: 2019, quantity: 25, status: "agreed", systemIds: ["test-f-16-block-70"] }),
      report({ quantity: 23, nature: "upgrade" }),
    ]);
    expect(new Set(ids).size).toBe(3);
    // As few distinguishing facts as make the ids unique: the year where one is stated.
    expect(ids).toEqual([
      "EG-US:acquisition:f-16:2008",
      "EG-US:acquisition:f-16:2019",
      "EG-US:acquisition:f-16:upgrade",
    ]);
  });

  it("joins a report naming the variant and one naming the family", () => {
    const [a, b] = resolve([
      report({ systemIds: ["test-f-16-block-70"], status: "delivered" }),
      report({ systemIds: ["f-16"], status: "delivered" }),
    ]);
    expect(a).toBe(b);
    expect(a).toBe("EG-US:acquisition:f-16");
  });

  it("keeps two variants of one family apart", () => {
    const [a, b] = resolve([
      report({ systemIds: ["test-f-16-block-70"] }),
      report({ systemIds: ["test-f-16-block-52"] }),
    ]);
    expect(a).not.toBe(b);
  });

  it("joins a report that names no system, or no supplier when the system's origin gives it", () => {
    const ids = resolve([
      report({ year: 2021, quantity: 30 }),
      report({ systemIds: [], status: "delivered" }),
      report({ supplier: null, recipient: null, status: "delivered" }),
    ]);
    expect(new Set(ids)).toEqual(new Set(["EG-US:acquisition:f-16"]));
  });

  it("keeps a follow-on order for more of the same system a second deal", () => {
    const [first, more] = resolve([report({ quantity: 24 }), report({ quantity: 12, nature: "follow-on" })]);
    expect(first).not.toBe(more);
  });

  it("joins reports whose figures differ a little (two prices, 24 or 25 units) and parts quantities that cannot be one order", () => {
    const [a, b, c] = resolve([report({ quantity: 24 }), report({ quantity: 25 }), report({ quantity: 60 })]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("never joins reports whose roles are reversed or whose parties differ", () => {
    const ids = resolve([
      report({}),
      report({ supplier: "EG", recipient: "US" }),
      report({ parties: ["MA", "US"], recipient: "MA" }),
    ]);
    expect(new Set(ids).size).toBe(3);
  });

  it("gives the same ids whatever order the reports come in", () => {
    const reports = [
      report({ year: 2008, quantity: 24 }),
      report({ year: 2019, systemIds: ["test-f-16-block-70"] }),
      report({ systemIds: [], status: "delivered" }),
      report({ quantity: 23, nature: "upgrade" }),
      report({ supplier: null, recipient: null }),
    ];
    const expected = resolve(reports);
    for (let shift = 1; shift < reports.length; shift += 1) {
      const rotated = [...reports.slice(shift), ...reports.slice(0, shift)];
      const ids = resolve(rotated);
      expect([...ids.slice(reports.length - shift), ...ids.slice(0, reports.length - shift)]).toEqual(
        expected,
      );
    }
    expect(resolve([...reports].reverse()).reverse()).toEqual(expected);
  });

  it("reads a bucket key back into its parties and kind, and refuses an unknown kind", () => {
    expect(bucketParts("CN-PK:co-production")).toEqual({ parties: ["CN", "PK"], kind: "co-production" });
    expect(bucketParts("MA-PK:cooperation-agreement").kind).toBe("cooperation agreement");
    expect(() => bucketParts("MA-PK:barter")).toThrow(/"MA-PK:barter" names no known kind/);
  });
});
