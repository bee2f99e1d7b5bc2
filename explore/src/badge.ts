/** A status as a coloured dot followed by its words (colour is never the only cue). */
import { h } from "./dom.js";
import { statusColour, statusLabel } from "./labels.js";
import type { Status } from "./queries.js";

export function statusBadge(status: Status): HTMLElement {
  return h("span", { class: "badge", style: `--status:${statusColour(status)}` }, statusLabel(status));
}
