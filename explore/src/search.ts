/**
 * Search results for what the box holds, through the API's `search` (names in Arabic, English or
 * French through the gazetteer, then the fulltext indexes): countries and systems link to their
 * pages, deals to their panel, articles and outlets to the deals they report.
 */
import { statusBadge } from "./badge.js";
import { bdi, h } from "./dom.js";
import { kindLabel } from "./labels.js";
import { type DealLink, type SearchEntity, search } from "./queries.js";
import { hrefOf } from "./route.js";

/** The deals an article or outlet reports, each once (an article may report one deal twice). */
function dealLinks(deals: DealLink[]): HTMLElement {
  const unique = [...new Map(deals.map((deal) => [deal.id, deal])).values()];
  if (unique.length === 0) return h("p", { class: "meta" }, "reports no deal");
  return h(
    "ul",
    { class: "inline", "aria-label": "Deals it reports" },
    unique.map((deal) =>
      h("li", {}, h("a", { href: hrefOf({ deal: deal.id }) }, deal.id), " ", statusBadge(deal.status)),
    ),
  );
}

function resultItem(entity: SearchEntity): HTMLElement | null {
  switch (entity.__typename) {
    case "Country":
      return h(
        "li",
        {},
        h(
          "a",
          { href: hrefOf({ country: entity.code }) },
          bdi(entity.nameEn ?? entity.code),
          entity.nameAr ? [" · ", bdi(entity.nameAr, "ar")] : null,
          entity.nameFr && entity.nameFr !== entity.nameEn ? [" · ", bdi(entity.nameFr, "fr")] : null,
        ),
        h("span", { class: "meta" }, ` country ${entity.code}`),
      );
    case "System":
      return h(
        "li",
        {},
        h(
          "a",
          { href: hrefOf({ system: entity.id }) },
          bdi(entity.name),
          entity.nameAr ? [" · ", bdi(entity.nameAr, "ar")] : null,
        ),
        h("span", { class: "meta" }, ` system, ${kindLabel(entity.category)}`),
      );
    case "Deal":
      return h(
        "li",
        {},
        h("a", { href: hrefOf({ deal: entity.id }) }, entity.id),
        " ",
        statusBadge(entity.status),
      );
    case "Article":
      return h(
        "li",
        {},
        h("span", { class: "meta" }, "article "),
        bdi(entity.title ?? entity.id, entity.language ?? undefined),
        dealLinks(entity.deals),
      );
    case "Source":
      return h(
        "li",
        {},
        h("span", { class: "meta" }, "outlet "),
        bdi(entity.name),
        entity.nameAr ? [" · ", bdi(entity.nameAr, "ar")] : null,
        dealLinks(entity.deals),
      );
    default:
      return null; // organizations and people have no page here yet
  }
}

export async function searchView(text: string): Promise<HTMLElement> {
  const { search: hits } = await search(text);
  const items = hits
    .map((hit) => resultItem(hit.entity))
    .filter((item): item is HTMLElement => item !== null);
  return h(
    "section",
    { class: "results", "aria-labelledby": "results-title" },
    h(
      "h2",
      { id: "results-title", tabindex: "-1" },
      `${items.length} result${items.length === 1 ? "" : "s"} for `,
      bdi(text),
    ),
    items.length > 0
      ? h("ol", {}, items)
      : h("p", {}, "Nothing in the graph is called that. Try another spelling or language."),
  );
}
