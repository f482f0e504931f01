// Writing markup by hand, safely: every text and attribute value goes through `escapeText`.

const SPECIAL = /[&<>"']/;

/** `text` with the five XML/HTML special characters escaped (safe in text and in quoted attributes). */
export function escapeText(text: string): string {
  // Most texts of a page (numbers, classes, dates) hold none: one test instead of five replaces.
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** An element: `tag`, its attributes (values escaped; undefined ones left out) and its children (already markup). */
export function el(
  tag: string,
  attributes: Readonly<Record<string, string | number | undefined>>,
  ...children: readonly string[]
): string {
  // A loop, not entries().filter().map(): a page of 500 tickets writes some 100,000 elements.
  let attrs = "";
  for (const k of Object.keys(attributes)) {
    const v = attributes[k];
    if (v !== undefined) attrs += ` ${k}="${escapeText(String(v))}"`;
  }
  return `<${tag}${attrs}>${children.join("")}</${tag}>`;
}

/** A `<title>` child: the hover text of its parent in SVG. */
export const title = (text: string): string => el("title", {}, escapeText(text));
