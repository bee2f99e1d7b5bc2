/**
 * The page's address is its state: `?q=` a search, `?country=MA` or `?system=s-400` an entity
 * page, `&deal=<id>` the deal panel beside it (or alone). Links are real links (shareable,
 * openable in a new tab); a plain click on one is taken over with history.pushState, and the
 * back button (popstate) renders the address it returns to.
 */

export interface Route {
  q?: string;
  country?: string;
  system?: string;
  deal?: string;
}

const KEYS = ["q", "country", "system", "deal"] as const;
export const PAGE_PATH = "/explore";

export function readRoute(url: URL): Route {
  const route: Route = {};
  for (const key of KEYS) {
    const value = url.searchParams.get(key)?.trim();
    if (value) route[key] = value;
  }
  return route;
}

export function hrefOf(route: Route): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = route[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${PAGE_PATH}?${query}` : PAGE_PATH;
}

/** Calls `render` now and on every navigation inside the page; `navigate` pushes a new address. */
export function startRouting(render: (route: Route) => void): (route: Route) => void {
  const navigate = (route: Route) => {
    history.pushState(null, "", hrefOf(route));
    render(route);
  };
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // HTML links and the timeline's SVG ones alike.
    const link = (event.target as Element | null)?.closest?.("a[href]");
    if (!link || link.getAttribute("target") || link.hasAttribute("download")) return;
    const url = new URL(link.getAttribute("href") ?? "", location.href);
    if (url.origin !== location.origin || url.pathname !== PAGE_PATH) return;
    event.preventDefault();
    navigate(readRoute(url));
  });
  window.addEventListener("popstate", () => render(readRoute(new URL(location.href))));
  render(readRoute(new URL(location.href)));
  return navigate;
}
