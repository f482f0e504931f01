// Writing markup by hand, safely: every text and attribute value goes through `escapeText`.

/** `text` with the five XML/HTML special characters escaped (safe in text and in quoted attributes). */
export function escapeText(text: string): string {
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
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeText(String(v))}"`)
    .join("");
  return `<${tag}${attrs}>${children.join("")}</${tag}>`;
}

/** A `<title>` child: the hover text of its parent in SVG. */
export const title = (text: string): string => el("title", {}, escapeText(text));
