/**
 * What a deal says, from its reports: status (the latest report's, unless a report of an
 * earlier date had gone further — then that, flagged as a regression), the latest stated value,
 * quantity, year, nature and roles, first and last reported, and the fields whose reports
 * disagree. Reports are ordered latest first: by date (undated last), then article id, then
 * position in the article.
 *
 * A summary is a fold that does not depend on the order reports come in: `addReports` on the
 * stored summary of a deal that only gains reports gives what summarising all its reports
 * again gives, so a batch reads the deal's summary, never its other reports. The writer keeps
 * the summary on the Deal node (`summary`, JSON) next to the figures it sets.
 */

const STAGE: Record<string, number> = {
  rumoured: 0,
  "under negotiation": 1,
  agreed: 2,
  signed: 3,
  delivered: 4,
};
const STAGES = Object.keys(STAGE);

/** One report as the summary reads it. */
export interface ReportFacts {
  article: string;
  start: number;
  publishedAt: string | null;
  status: string;
  supplier: string | null;
  recipient: string | null;
  quantity: number | null;
  value: number | null;
  currency: string | null;
  year: number | null;
  nature: string | null;
  systemIds: string[];
}

/** Where a report stands in the latest-first order. */
type OrderKey = [publishedAt: string, article: string, start: number];

interface Held<T> {
  key: OrderKey;
  value: T;
}

/** The fields whose reports may disagree, as `conflicts` names them. */
const COMPARED = ["value", "quantity", "year", "supplier", "recipient"] as const;
type Compared = (typeof COMPARED)[number];

export interface DealSummary {
  reports: number;
  latest: Held<string> | null;
  /** The latest date among dated reports, and the furthest stage on it and before it. */
  topDate: string | null;
  stageAtTop: number | null;
  stageBeforeTop: number | null;
  /** The furthest stage of undated reports. */
  stageUndated: number | null;
  firstReported: string | null;
  lastReported: string | null;
  supplier: Held<string> | null;
  recipient: Held<string> | null;
  /** The latest quantity of an order, and the latest of any report (deliveries come in batches). */
  orderedQuantity: Held<number> | null;
  anyQuantity: Held<number> | null;
  value: Held<[number, string | null]> | null;
  year: Held<number> | null;
  nature: Held<string> | null;
  /** Each compared field's distinct stated values. */
  stated: Record<Compared, string[]>;
  /** Every system a report names: what the deal INVOLVES besides their families. */
  systems: string[];
}

export const emptySummary = (): DealSummary => ({
  reports: 0,
  latest: null,
  topDate: null,
  stageAtTop: null,
  stageBeforeTop: null,
  stageUndated: null,
  firstReported: null,
  lastReported: null,
  supplier: null,
  recipient: null,
  orderedQuantity: null,
  anyQuantity: null,
  value: null,
  year: null,
  nature: null,
  stated: { value: [], quantity: [], year: [], supplier: [], recipient: [] },
  systems: [],
});

/** Whether `a` comes before `b` latest first: later date, then smaller article id, then earlier position. */
function before(a: OrderKey, b: OrderKey): boolean {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  return a[2] < b[2];
}

/** The value of the report earliest in the order; two reports at one place keep the smaller value. */
function earliest<T>(held: Held<T> | null, key: OrderKey, value: T | null): Held<T> | null {
  if (value === null || value === undefined) return held;
  if (held === null || before(key, held.key)) return { key, value };
  const tie = !before(held.key, key) && String(value) < String(held.value);
  return tie ? { key, value } : held;
}

const furthest = (...stages: (number | null)[]): number | null =>
  stages.reduce<number | null>(
    (best, stage) => (stage !== null && (best === null || stage > best) ? stage : best),
    null,
  );

function stated(report: ReportFacts, field: Compared): string | null {
  if (field === "value") return report.value === null ? null : `${report.value} ${report.currency}`;
  if (field === "quantity" && report.status === "delivered") return null;
  const value = report[field];
  return value === null || value === undefined ? null : String(value);
}

function addReport(summary: DealSummary, report: ReportFacts): DealSummary {
  const key: OrderKey = [report.publishedAt ?? "", report.article, report.start];
  const stage = STAGE[report.status] ?? null;
  const next: DealSummary = { ...summary, reports: summary.reports + 1 };
  next.latest = earliest(summary.latest, key, report.status);
  const date = report.publishedAt;
  if (date === null) next.stageUndated = furthest(summary.stageUndated, stage);
  else if (summary.topDate === null || date > summary.topDate) {
    next.topDate = date;
    next.stageBeforeTop = furthest(summary.stageBeforeTop, summary.stageAtTop);
    next.stageAtTop = stage;
  } else if (date === summary.topDate) next.stageAtTop = furthest(summary.stageAtTop, stage);
  else next.stageBeforeTop = furthest(summary.stageBeforeTop, stage);
  if (date !== null) {
    if (summary.firstReported === null || date < summary.firstReported) next.firstReported = date;
    if (summary.lastReported === null || date > summary.lastReported) next.lastReported = date;
  }
  next.supplier = earliest(summary.supplier, key, report.supplier);
  next.recipient = earliest(summary.recipient, key, report.recipient);
  next.anyQuantity = earliest(summary.anyQuantity, key, report.quantity);
  if (report.status !== "delivered")
    next.orderedQuantity = earliest(summary.orderedQuantity, key, report.quantity);
  next.value = earliest(summary.value, key, report.value === null ? null : [report.value, report.currency]);
  next.year = earliest(summary.year, key, report.year);
  next.nature = earliest(summary.nature, key, report.nature);
  next.stated = { ...summary.stated };
  for (const field of COMPARED) {
    const value = stated(report, field);
    if (value !== null && !summary.stated[field].includes(value))
      next.stated[field] = [...summary.stated[field], value].sort();
  }
  const added = report.systemIds.filter((id) => !summary.systems.includes(id));
  if (added.length > 0) next.systems = [...new Set([...summary.systems, ...added])].sort();
  return next;
}

export function addReports(summary: DealSummary, reports: ReportFacts[]): DealSummary {
  return reports.reduce(addReport, summary);
}

/** The Deal node's figures from its summary (what the API reads). */
export function dealFigures(summary: DealSummary) {
  const latestStage = summary.latest === null ? null : (STAGE[summary.latest.value] ?? null);
  const reached = furthest(summary.stageAtTop, summary.stageBeforeTop, summary.stageUndated);
  const regressed =
    latestStage !== null && summary.stageBeforeTop !== null && latestStage < summary.stageBeforeTop;
  const latestStatus = summary.latest?.value ?? null;
  const status = regressed
    ? STAGES[summary.stageBeforeTop as number]
    : latestStatus === "unknown" && reached !== null
      ? STAGES[reached]
      : latestStatus;
  return {
    status,
    statusRegressed: regressed,
    conflicts: COMPARED.filter((field) => summary.stated[field].length > 1),
    reportCount: summary.reports,
    firstReported: summary.firstReported,
    lastReported: summary.lastReported,
    supplier: summary.supplier?.value ?? null,
    recipient: summary.recipient?.value ?? null,
    quantity: (summary.orderedQuantity ?? summary.anyQuantity)?.value ?? null,
    value: summary.value?.value[0] ?? null,
    currency: summary.value?.value[1] ?? null,
    year: summary.year?.value ?? null,
    nature: summary.nature?.value ?? null,
  };
}
