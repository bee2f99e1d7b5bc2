/**
 * The network of an entity's deals: countries, deals and systems as nodes; a supplier's edge
 * points to the deal and the deal's to its recipient (a partner's edge has no arrow); a deal
 * joins its systems with a dotted line. Deals and their party edges take their status's colour.
 *
 * Drawn with Cytoscape.js: a well-kept graph library whose canvas renderer needs no WebGL (so it
 * draws in any browser, headless ones included), with its layouts built in and no dependencies;
 * sigma.js draws with WebGL and needs graphology and a layout package beside it — more than a
 * page of a few hundred nodes wants. The concentric layout is deterministic: the entity in the
 * middle, its deals around it, partners and systems outside, so a page looks the same each time.
 */
import cytoscape, { type ElementDefinition } from "cytoscape";
import { bdi, h } from "./dom.js";
import { countryName, dealLabel, kindLabel, STATUSES, statusColour } from "./labels.js";
import type { DealSummary } from "./queries.js";
import type { Route } from "./route.js";

export interface Focus {
  kind: "country" | "system";
  key: string;
}

/** Beyond this many deals their kind labels would crowd the ring: they show on hover only. */
const LABELLED_DEALS = 15;

const ROLE_EDGE = { SUPPLIER: "supplies", RECIPIENT: "receives", PARTNER: "partner" } as const;

function elementsOf(deals: DealSummary[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges: ElementDefinition[] = [];
  for (const deal of deals) {
    const dealNode = `deal:${deal.id}`;
    nodes.set(dealNode, {
      data: {
        id: dealNode,
        type: "deal",
        label: kindLabel(deal.kind),
        title: dealLabel(deal),
        colour: statusColour(deal.status),
        route: { deal: deal.id },
      },
    });
    for (const party of deal.parties) {
      const id = `country:${party.country.code}`;
      const label = [countryName(party.country), party.country.nameAr].filter(Boolean).join("\n");
      nodes.set(id, { data: { id, type: "country", label, route: { country: party.country.code } } });
      const [source, target] = party.role === "RECIPIENT" ? [dealNode, id] : [id, dealNode];
      edges.push({
        data: {
          id: `${id}|${dealNode}`,
          source,
          target,
          role: ROLE_EDGE[party.role],
          colour: statusColour(deal.status),
        },
      });
    }
    for (const system of deal.systems) {
      const id = `system:${system.id}`;
      nodes.set(id, { data: { id, type: "system", label: system.name, route: { system: system.id } } });
      edges.push({ data: { id: `${dealNode}|${id}`, source: dealNode, target: id, role: "involves" } });
    }
  }
  return [...nodes.values(), ...edges];
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-family": "DejaVu Sans, Noto Sans, Arial, sans-serif",
      "font-size": 12,
      color: "#1a1a1a",
      "text-wrap": "wrap",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "border-width": 1.5,
      "border-color": "#333333",
    },
  },
  {
    selector: 'node[type = "country"]',
    style: { shape: "ellipse", width: 30, height: 30, "background-color": "#f2f2f2", "font-weight": "bold" },
  },
  {
    selector: 'node[type = "system"]',
    style: { shape: "round-rectangle", width: 26, height: 18, "background-color": "#ffffff" },
  },
  {
    selector: 'node[type = "deal"]',
    style: {
      shape: "diamond",
      width: 26,
      height: 26,
      "background-color": "data(colour)",
      "font-size": 10,
      color: "#444444",
    },
  },
  { selector: "node.focus", style: { "border-width": 4, width: 40, height: 40 } },
  { selector: 'node[type = "deal"].quiet', style: { label: "" } },
  { selector: "node.hover, node:selected", style: { label: "data(label)", "z-index": 10 } },
  {
    selector: "edge",
    style: {
      width: 2,
      "curve-style": "bezier",
      "line-color": "data(colour)",
      "target-arrow-color": "data(colour)",
    },
  },
  {
    selector: 'edge[role = "supplies"], edge[role = "receives"]',
    style: { "target-arrow-shape": "triangle" },
  },
  { selector: 'edge[role = "partner"]', style: { "line-style": "dashed" } },
  {
    selector: 'edge[role = "involves"]',
    style: { "line-color": "#9a9a9a", "line-style": "dotted", width: 1.5 },
  },
];

/** The legend under the drawing: shapes, line styles and status colours, in words. */
function legend(): HTMLElement {
  return h(
    "ul",
    { class: "legend", "aria-label": "Network legend" },
    h("li", {}, h("span", { class: "key shape-country", "aria-hidden": "true" }), "country"),
    h("li", {}, h("span", { class: "key shape-deal", "aria-hidden": "true" }), "deal"),
    h("li", {}, h("span", { class: "key shape-system", "aria-hidden": "true" }), "system"),
    h("li", {}, "supplier → deal → recipient; dashed: partner"),
    ...STATUSES.map(({ label, colour }) =>
      h(
        "li",
        {},
        h("span", { class: "key swatch", style: `background:${colour}`, "aria-hidden": "true" }),
        label,
      ),
    ),
  );
}

/**
 * The network's figure, and `draw` that draws into it once it is in the page (and returns what
 * stops it); a tap on a node opens its page. The figure says in
 * words what the drawing shows, for those who cannot see it (the deal list below is the same
 * content, and keyboard-operable).
 */
export function networkFigure(
  deals: DealSummary[],
  focus: Focus,
  title: string,
  open: (route: Route) => void,
): { figure: HTMLElement; draw: () => () => void } {
  const canvas = h("div", {
    class: "network",
    role: "img",
    "aria-label": `Network of ${deals.length} deal${deals.length === 1 ? "" : "s"} of ${title}: ${deals.map(dealLabel).join("; ")}`,
  });
  const figure = h(
    "figure",
    { class: "panel" },
    h("figcaption", {}, "Deals network of ", bdi(title), " — click a node to open it"),
    canvas,
    legend(),
  );
  const draw = () => {
    const cy = cytoscape({
      container: canvas,
      elements: elementsOf(deals),
      style: STYLE,
      layout: { name: "preset" },
      minZoom: 0.3,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    const focusNode = cy.getElementById(`${focus.kind}:${focus.key}`);
    focusNode.addClass("focus");
    if (deals.length > LABELLED_DEALS) cy.nodes('[type = "deal"]').addClass("quiet");
    cy.layout({
      name: "concentric",
      concentric: (node) => (node.same(focusNode) ? 3 : node.data("type") === "deal" ? 2 : 1),
      levelWidth: () => 1,
      minNodeSpacing: 46,
      avoidOverlap: true,
      animate: false,
      padding: 24,
    }).run();
    // What was drawn, for tests and for anyone inspecting the page (a canvas has no DOM nodes).
    canvas.dataset.nodes = String(cy.nodes().length);
    cy.on("tap", "node", (event) => open(event.target.data("route") as Route));
    cy.on("mouseover", "node", (event) => {
      event.target.addClass("hover");
      canvas.style.cursor = "pointer";
    });
    cy.on("mouseout", "node", (event) => {
      event.target.removeClass("hover");
      canvas.style.cursor = "";
    });
    // The column narrows when the deal panel opens beside it: draw to the new size, all in view.
    const resized = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 24);
    });
    resized.observe(canvas);
    return () => {
      resized.disconnect();
      cy.destroy();
    };
  };
  return { figure, draw };
}
