/**
 * The timeline of an entity's reports: one row per deal, one dot per report (an outlet's
 * article) at its date, in its status's colour; reports of one day pile up instead of hiding
 * each other. A dot is a link to its deal; its tooltip names the outlet, the date and the status.
 *
 * Drawn with Observable Plot: a well-kept chart library that writes plain, labelled SVG (axes,
 * legend, <title> tooltips and links included) from a few lines of specification; a hand-drawn
 * SVG would re-implement its time axis, its dodge layout and its legend.
 */
import * as Plot from "@observablehq/plot";
import { bdi, h } from "./dom.js";
import { dateLabel, dealLabel, STATUSES, statusLabel } from "./labels.js";
import type { DealSummary, TimelineReport } from "./queries.js";
import { hrefOf, type Route } from "./route.js";

const DAY = 86_400_000;
const ROW_HEIGHT = 44;

interface Dot {
  date: Date;
  deal: string;
  status: string;
  title: string;
  href: string;
}

/**
 * The figure for `reports` (each naming one of `deals`), and `draw` that draws the chart at the
 * figure's width once it is in the page, and again when that width changes (returns what stops it).
 */
export function timelineFigure(
  deals: DealSummary[],
  reports: TimelineReport[],
  title: string,
  here: Route,
): { figure: HTMLElement; draw: () => () => void } {
  const byId = new Map(deals.map((deal) => [deal.id, deal]));
  const dots: Dot[] = [];
  for (const report of reports) {
    const deal = byId.get(report.deal.id);
    if (!deal || !report.publishedAt) continue;
    const outlet = report.source?.name ?? "an unnamed outlet";
    dots.push({
      date: new Date(`${report.publishedAt}T00:00:00Z`),
      deal: dealLabel(deal),
      status: statusLabel(report.status),
      title: `${outlet}, ${dateLabel(report.publishedAt)}: ${statusLabel(report.status)} — ${dealLabel(deal)}`,
      href: hrefOf({ ...here, q: undefined, deal: deal.id }),
    });
  }
  const undated = reports.length - dots.length;
  const caption = h(
    "figcaption",
    {},
    "Reports of ",
    bdi(title),
    `'s deals over time: ${dots.length} dated report${dots.length === 1 ? "" : "s"}`,
    undated > 0 ? `, ${undated} undated not shown` : "",
  );
  if (dots.length === 0)
    return {
      figure: h("figure", { class: "panel" }, caption, h("p", {}, "No dated report.")),
      draw: () => () => {},
    };
  const figure = h("figure", { class: "panel timeline" }, caption);
  let drawnWidth = 0;
  const drawAt = (width: number) => {
    drawnWidth = width;
    figure.replaceChildren(caption, chartOf(dots, width));
  };
  return {
    figure,
    draw: () => {
      drawAt(figure.clientWidth);
      const resized = new ResizeObserver(() => {
        if (Math.abs(figure.clientWidth - drawnWidth) > 16) drawAt(figure.clientWidth);
      });
      resized.observe(figure);
      return () => resized.disconnect();
    },
  };
}

function chartOf(dots: Dot[], figureWidth: number): SVGSVGElement | HTMLElement {
  const rows = [...new Set(dots.map((dot) => dot.deal))];
  const shown = STATUSES.filter(({ label }) => dots.some((dot) => dot.status === label));
  const times = dots.map((dot) => dot.date.getTime());
  return Plot.plot({
    width: Math.max(360, figureWidth - 26),
    height: rows.length * ROW_HEIGHT + 70,
    marginBottom: 44,
    marginLeft: Math.min(280, 14 + 7.5 * Math.max(...rows.map((row) => row.length))),
    marginRight: 24,
    style: { fontSize: "13px", fontFamily: "inherit" },
    ariaLabel: `Timeline of ${dots.length} reports`,
    x: {
      type: "utc",
      label: "Date of the report",
      grid: true,
      domain: [new Date(Math.min(...times) - 20 * DAY), new Date(Math.max(...times) + 20 * DAY)],
    },
    y: { axis: null },
    fy: { label: null, domain: rows, padding: 0.15 },
    color: {
      type: "ordinal",
      domain: shown.map(({ label }) => label),
      range: shown.map(({ colour }) => colour),
      legend: true,
    },
    marks: [
      Plot.frame({ stroke: "#d9d9d9", anchor: "bottom", ariaHidden: "true" }),
      Plot.dot(
        dots,
        Plot.dodgeY("middle", {
          x: "date",
          fy: "deal",
          fill: "status",
          r: 6,
          stroke: "#1a1a1a",
          title: "title",
          href: "href",
          ariaLabel: "title",
        }),
      ),
    ],
  });
}
