/**
 * The explore page: the search box, and below it what the address names — search results, an
 * entity page (country or system), the deal panel beside it. Each render reads the address
 * (route.ts); an answer that arrives after a newer navigation is dropped.
 */
import { ApiError } from "./api.js";
import { dealView } from "./deal.js";
import { h } from "./dom.js";
import { type EntityView, entityView } from "./entity.js";
import type { Route } from "./route.js";
import { startRouting } from "./route.js";
import { searchView } from "./search.js";

/** An element the page's HTML must have. */
function part<T extends HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`explore page: the HTML has no ${selector}`);
  return element;
}

const form = part<HTMLFormElement>("#search");
const input = part<HTMLInputElement>("#search-text");
const status = part("#status");
const results = part("#results");
const entityHolder = part("#entity");
const dealHolder = part("#deal");
const layout = part("#main");

let generation = 0;
let shown: { key: string; view: EntityView | null } = { key: "", view: null };
let shownDeal = "";
let firstRender = true;

const entityKey = (route: Route) =>
  route.country ? `country:${route.country}` : route.system ? `system:${route.system}` : "";

function failure(error: unknown): HTMLElement {
  const message = error instanceof ApiError ? error.message : "Something went wrong while drawing the page.";
  if (!(error instanceof ApiError)) console.error(error);
  return h("p", { class: "error", role: "alert" }, message);
}

async function render(route: Route): Promise<void> {
  const mine = ++generation;
  const current = () => mine === generation;
  input.value = route.q ?? "";
  status.textContent = "Loading…";
  const key = entityKey(route);
  const focusTargets: (string | null)[] = [];

  const searching = route.q
    ? searchView(route.q).then(
        (view) => current() && results.replaceChildren(view),
        (error) => current() && results.replaceChildren(failure(error)),
      )
    : results.replaceChildren();
  if (route.q) focusTargets.push("#results-title");

  let entity: Promise<unknown> = Promise.resolve();
  if (key !== shown.key) {
    shown.view?.dispose();
    entityHolder.replaceChildren();
    shown = { key, view: null };
    if (key) {
      focusTargets.push("#entity-title");
      entity = entityView(route, (next) => navigate(next)).then(
        (view) => {
          if (!current()) return;
          if (!view)
            entityHolder.replaceChildren(h("p", { role: "alert" }, `Nothing in the graph is called ${key}.`));
          else {
            shown = { key, view };
            entityHolder.replaceChildren(view.element);
            view.mounted();
            view.select(route.deal);
            document.title = `${view.title} · Explore · defence-graph`;
          }
        },
        (error) => {
          shown = { key: "", view: null };
          if (current()) entityHolder.replaceChildren(failure(error));
        },
      );
    }
  } else shown.view?.select(route.deal);

  let deal: Promise<unknown> = Promise.resolve();
  if ((route.deal ?? "") !== shownDeal) {
    shownDeal = route.deal ?? "";
    dealHolder.replaceChildren();
    if (route.deal) {
      focusTargets.push("#deal-title");
      const here: Route = route.country
        ? { country: route.country }
        : route.system
          ? { system: route.system }
          : {};
      deal = dealView(route.deal, here).then(
        (view) => {
          if (!current()) return;
          if (!view)
            dealHolder.replaceChildren(h("p", { role: "alert" }, `No deal has the id ${route.deal}.`));
          else {
            dealHolder.replaceChildren(view.element);
            if (!key) document.title = `${view.title} · Explore · defence-graph`;
          }
        },
        (error) => {
          shownDeal = "";
          if (current()) dealHolder.replaceChildren(failure(error));
        },
      );
    }
  }
  layout.classList.toggle("with-deal", Boolean(route.deal && key));
  if (!key && !route.deal) document.title = "Explore · defence-graph";

  await Promise.all([searching, entity, deal]);
  if (!current()) return;
  status.textContent = "";
  // Keyboard and screen-reader users land on what the navigation opened (the last, innermost).
  const target = focusTargets.at(-1);
  if (!firstRender && target) document.querySelector<HTMLElement>(target)?.focus();
  firstRender = false;
}

const navigate = startRouting((route) => void render(route));

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text) navigate({ q: text });
});
