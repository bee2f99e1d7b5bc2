/**
 * The deal panel: what the deal is and who is party to it, its status history stage by stage,
 * the figures its reports state and where they disagree, and every report — outlet, date,
 * status, the evidence sentence, and that sentence highlighted (<mark>) inside the article's
 * text, loaded when the report is opened (the first one is open from the start).
 */
import { statusBadge } from "./badge.js";
import { bdi, h } from "./dom.js";
import { passageOf } from "./evidence.js";
import { countryName, dateLabel, dealLabel, kindLabel } from "./labels.js";
import { articleText, type DealDetail, type DealReport, dealPage, type ReportSource } from "./queries.js";
import { hrefOf, type Route } from "./route.js";

const ROLE_WORD = { SUPPLIER: "supplier", RECIPIENT: "recipient", PARTNER: "partner" } as const;

/** Arabic text runs right to left; other languages take the page's direction. */
const directionOf = (language: string | null) => (language === "ar" ? "rtl" : "auto");

function outletName(source: ReportSource["source"]): Node {
  return source ? bdi(source.name) : document.createTextNode("an unnamed outlet");
}

/** "Hespress (3 Oct 2025), Alayam24 (5 Oct 2025)". */
function whoSaid(reports: ReportSource[]): (Node | string)[] {
  return reports.flatMap((report, index) => [
    index > 0 ? ", " : "",
    outletName(report.source),
    ` (${dateLabel(report.publishedAt)})`,
  ]);
}

/** "Hespress, Alayam24": each outlet once. */
function outlets(reports: ReportSource[]): (Node | string)[] {
  const unique = [...new Map(reports.map((report) => [report.source?.name ?? "", report])).values()];
  return unique.flatMap((report, index) => [index > 0 ? ", " : "", outletName(report.source)]);
}

function facts(deal: DealDetail): HTMLElement {
  const parties = deal.parties.map((party) =>
    h(
      "li",
      {},
      h("a", { href: hrefOf({ country: party.country.code }) }, bdi(countryName(party.country))),
      party.country.nameAr ? [" ", bdi(party.country.nameAr, "ar")] : null,
      ` — ${ROLE_WORD[party.role]}`,
    ),
  );
  const systems = deal.systems.map((system) =>
    h(
      "li",
      {},
      h("a", { href: hrefOf({ system: system.id }) }, bdi(system.name)),
      system.nameAr ? [" ", bdi(system.nameAr, "ar")] : null,
    ),
  );
  return h(
    "div",
    { class: "facts" },
    h("section", { "aria-label": "Parties" }, h("h4", {}, "Parties"), h("ul", {}, parties)),
    systems.length > 0
      ? h("section", { "aria-label": "Systems" }, h("h4", {}, "Systems"), h("ul", {}, systems))
      : null,
  );
}

function history(deal: DealDetail): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "history-title" },
    h("h3", { id: "history-title" }, "Status history"),
    h(
      "ol",
      { class: "history" },
      deal.history.map((stage) =>
        h(
          "li",
          {},
          statusBadge(stage.status),
          ` · ${dateLabel(stage.firstReported)}${stage.lastReported !== stage.firstReported ? ` – ${dateLabel(stage.lastReported)}` : ""} · reported by `,
          ...outlets(stage.reports),
          stage.backwards ? h("span", { class: "conflict" }, " reported after a further stage") : null,
        ),
      ),
    ),
    deal.statusRegressed
      ? h(
          "p",
          { class: "conflict" },
          "The latest report is behind an earlier one; the status kept is the furthest.",
        )
      : null,
  );
}

function figures(deal: DealDetail): HTMLElement | null {
  if (deal.figures.length === 0) return null;
  const conflicts = new Set(deal.conflicts ?? []);
  const names = new Map(deal.parties.map((party) => [party.country.code, countryName(party.country)]));
  // A supplier or recipient figure is a country code: shown by its name.
  const shown = (figure: DealDetail["figures"][number]) =>
    figure.field === "supplier" || figure.field === "recipient"
      ? (names.get(figure.value) ?? figure.value)
      : figure.value;
  return h(
    "section",
    { "aria-labelledby": "figures-title" },
    h("h3", { id: "figures-title" }, "Figures"),
    conflicts.size > 0
      ? h("p", { class: "conflict" }, `Reports disagree on: ${[...conflicts].join(", ")}.`)
      : null,
    h(
      "table",
      { class: "figures" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Field"),
          h("th", { scope: "col" }, "Value"),
          h("th", { scope: "col" }, "Stated by"),
        ),
      ),
      h(
        "tbody",
        {},
        deal.figures.map((figure) =>
          h(
            "tr",
            { class: conflicts.has(figure.field) ? "conflict-row" : null },
            h(
              "th",
              { scope: "row" },
              figure.field,
              conflicts.has(figure.field) ? h("span", { class: "conflict" }, " (disputed)") : null,
            ),
            h("td", {}, bdi(shown(figure))),
            h("td", {}, ...whoSaid(figure.reports)),
          ),
        ),
      ),
    ),
  );
}

/** Fills `holder` with the article's text, the evidence marked, and scrolls the mark into view. */
async function showInArticle(holder: HTMLElement, report: DealReport): Promise<void> {
  holder.replaceChildren(h("p", { class: "loading" }, "Loading the article…"));
  try {
    const { article } = await articleText(report.article.id);
    const passage = article && passageOf(article, report);
    if (!passage) {
      holder.replaceChildren(h("p", {}, "The graph keeps no text for this article."));
      return;
    }
    const language = article.language ?? report.article.language;
    const text = h(
      "div",
      {
        class: "article-text",
        lang: language,
        dir: directionOf(language),
        tabindex: "0",
        role: "region",
        "aria-label": "The article's text, the evidence highlighted",
      },
      passage.before,
      h("mark", {}, passage.evidence),
      passage.after,
    );
    holder.replaceChildren(text);
    const mark = text.querySelector("mark");
    if (mark) text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3);
  } catch (error) {
    holder.replaceChildren(
      h("p", { role: "alert" }, `The article could not be loaded: ${(error as Error).message}`),
    );
  }
}

function reportItem(report: DealReport, index: number): HTMLElement {
  const language = report.article.language;
  const holder = h("div", { class: "article-holder" });
  const details = h(
    "details",
    {},
    h(
      "summary",
      {},
      "Show it in the article",
      report.article.title ? [": ", bdi(report.article.title, language ?? undefined)] : null,
    ),
    holder,
  );
  let loaded = false;
  const load = () => {
    if (loaded || !details.open) return;
    loaded = true;
    void showInArticle(holder, report);
  };
  details.addEventListener("toggle", load);
  if (index === 0) {
    details.open = true;
    load();
  }
  return h(
    "li",
    { class: "report" },
    h(
      "p",
      { class: "report-head" },
      outletName(report.source),
      ` · ${dateLabel(report.publishedAt)} · `,
      statusBadge(report.status),
      report.article.url
        ? [
            " · ",
            h("a", { href: report.article.url, target: "_blank", rel: "noopener noreferrer" }, "original"),
          ]
        : null,
    ),
    h("blockquote", { class: "evidence", lang: language, dir: directionOf(language) }, report.evidence),
    details,
  );
}

export interface DealView {
  element: HTMLElement;
  title: string;
}

/** Null when the graph has no such deal; `here` is the entity page it opens beside, if any. */
export async function dealView(id: string, here: Route): Promise<DealView | null> {
  const { deal } = await dealPage(id);
  if (!deal) return null;
  const title = dealLabel(deal);
  const closing =
    here.country || here.system ? h("a", { class: "close", href: hrefOf(here) }, "Close the deal") : null;
  const element = h(
    "article",
    { class: "deal", "aria-labelledby": "deal-title" },
    h(
      "header",
      {},
      closing,
      h("h2", { id: "deal-title", tabindex: "-1" }, title),
      h(
        "p",
        { class: "meta" },
        statusBadge(deal.status),
        ` · ${kindLabel(deal.kind)}`,
        deal.nature ? ` (${deal.nature})` : "",
        ` · `,
        h("code", {}, deal.id),
      ),
    ),
    facts(deal),
    history(deal),
    figures(deal),
    h(
      "section",
      { "aria-labelledby": "reports-title" },
      h("h3", { id: "reports-title" }, `Reports (${deal.reports.length})`),
      h("ol", { class: "reports" }, deal.reports.map(reportItem)),
    ),
  );
  return { element, title };
}
