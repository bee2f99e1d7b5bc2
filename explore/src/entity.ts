/**
 * An entity page — a country's or a system's: its names, the trade-register download of its
 * deals, the network and the timeline of those deals, and the list of deals (each a link that
 * opens the deal panel beside it).
 */
import { statusBadge } from "./badge.js";
import { bdi, h } from "./dom.js";
import { countryName, dateLabel, dealLabel, kindLabel } from "./labels.js";
import { networkFigure } from "./network.js";
import { countryPage, type DealSummary, systemPage, type TimelineReport } from "./queries.js";
import { hrefOf, type Route } from "./route.js";
import { timelineFigure } from "./timeline.js";

export interface EntityView {
  element: HTMLElement;
  title: string;
  /** Draws what needs the element laid out (network, timeline); called once it is in the page. */
  mounted: () => void;
  /** Stops what `mounted` started; called when the page shows another entity. */
  dispose: () => void;
  /** Marks the open deal in the list. */
  select: (deal: string | undefined) => void;
}

interface Entity {
  kind: "country" | "system";
  key: string;
  title: string;
  names: Node[];
  facts: string;
  deals: DealSummary[];
  reports: TimelineReport[];
}

async function loadCountry(code: string): Promise<Entity | null> {
  const { country, timeline } = await countryPage(code);
  if (!country) return null;
  return {
    kind: "country",
    key: country.code,
    title: countryName(country),
    names: [country.nameAr, country.nameFr]
      .filter((name): name is string => Boolean(name))
      .map((name, index) => bdi(name, index === 0 ? "ar" : "fr")),
    facts: `Country ${country.code}`,
    deals: country.deals,
    reports: timeline,
  };
}

async function loadSystem(id: string): Promise<Entity | null> {
  const { system } = await systemPage(id);
  if (!system) return null;
  const origin = system.origin ? `, made in ${countryName(system.origin)}` : "";
  const family = system.family ? `, a variant of ${system.family.name}` : "";
  return {
    kind: "system",
    key: system.id,
    title: system.name,
    names: system.nameAr ? [bdi(system.nameAr, "ar")] : [],
    facts: `${kindLabel(system.category)}${origin}${family}`,
    deals: system.deals,
    reports: system.deals.flatMap((deal) =>
      deal.reports.map((report) => ({ ...report, deal: { id: deal.id } })),
    ),
  };
}

function dealItem(deal: DealSummary, here: Route): HTMLElement {
  const disagree = deal.conflicts?.length
    ? h("span", { class: "conflict" }, `reports disagree: ${deal.conflicts.join(", ")}`)
    : null;
  return h(
    "li",
    { "data-deal": deal.id },
    h("a", { href: hrefOf({ ...here, deal: deal.id }) }, dealLabel(deal)),
    " ",
    statusBadge(deal.status),
    h(
      "span",
      { class: "meta" },
      `${kindLabel(deal.kind)} · ${dateLabel(deal.firstReported)} – ${dateLabel(deal.lastReported)} · ${deal.reportCount ?? 0} report${deal.reportCount === 1 ? "" : "s"}`,
    ),
    disagree,
  );
}

/** Null when the graph has no such country or system. */
export async function entityView(route: Route, open: (route: Route) => void): Promise<EntityView | null> {
  const entity = route.country
    ? await loadCountry(route.country)
    : route.system
      ? await loadSystem(route.system)
      : null;
  if (!entity) return null;
  const here: Route = { [entity.kind]: entity.key };
  const register = new URLSearchParams({ [entity.kind]: entity.key }).toString();
  const network = networkFigure(entity.deals, entity, entity.title, open);
  const timeline = timelineFigure(entity.deals, entity.reports, entity.title, here);
  const stops: (() => void)[] = [];
  const list = h(
    "ul",
    { class: "deals" },
    entity.deals.map((deal) => dealItem(deal, here)),
  );
  const element = h(
    "article",
    { class: "entity", "aria-labelledby": "entity-title" },
    h(
      "header",
      {},
      h(
        "h2",
        { id: "entity-title", tabindex: "-1" },
        bdi(entity.title),
        ...entity.names.flatMap((name) => [" · ", name]),
      ),
      h(
        "p",
        { class: "meta" },
        entity.facts,
        ` · ${entity.deals.length} deal${entity.deals.length === 1 ? "" : "s"}`,
      ),
      h(
        "p",
        { class: "downloads" },
        "Trade register of these deals: ",
        h("a", { href: `/register.csv?${register}` }, "CSV"),
        " · ",
        h("a", { href: `/register.jsonl?${register}` }, "JSON Lines"),
      ),
    ),
    entity.deals.length > 0 ? network.figure : h("p", {}, "No deal reported yet."),
    entity.deals.length > 0 ? timeline.figure : null,
    h("section", { "aria-labelledby": "deals-title" }, h("h3", { id: "deals-title" }, "Deals"), list),
  );
  return {
    element,
    title: entity.title,
    mounted: () => {
      if (entity.deals.length > 0) stops.push(network.draw(), timeline.draw());
    },
    dispose: () => {
      for (const stop of stops.splice(0)) stop();
    },
    select: (deal) => {
      for (const item of list.querySelectorAll<HTMLElement>("li[data-deal]")) {
        const link = item.querySelector("a");
        if (item.dataset.deal === deal) link?.setAttribute("aria-current", "true");
        else link?.removeAttribute("aria-current");
      }
    },
  };
}
