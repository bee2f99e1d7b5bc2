/** Builds DOM elements: `h("a", { href }, "text", child)`; strings become text nodes, never HTML. */

type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A name in its own direction inside the surrounding text (an Arabic name in an English line). */
export function bdi(text: string, lang?: string): HTMLElement {
  return h("bdi", { lang, dir: lang === "ar" ? "rtl" : "auto" }, text);
}
