/**
 * Where the next tag starting with `opening` (e.g. `<details`) begins in `html`, from `from`, or -1. Only
 * real tags count: text inside a tag's attribute values (Astro escapes `"` there, not `<`), inside
 * `<script>` elements and comments is passed over, so that a link's `title="Compare <details> and <summary>"`
 * is not taken for a group. Labels are text, where Astro escapes `<`.
 */
export function findTag(html: string, opening: string, from: number): number {
  let index = html.indexOf('<', from);
  while (index >= 0) {
    if (html.startsWith(opening, index)) return index;
    const end = html.startsWith('<!--', index)
      ? past(html, '-->', index)
      : html.startsWith('<script', index)
        ? past(html, '</script>', index)
        : tagEnd(html, index);
    if (end < 0) return -1;
    index = html.indexOf('<', end);
  }
  return -1;
}

/** The offset just after the `>` that ends the tag `from` lies in (attribute values passed over), or -1. */
export function tagEnd(html: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < html.length; index += 1) {
    const char = html[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index + 1;
  }
  return -1;
}

/** The offset just after the next `closing` from `from`, or -1. */
function past(html: string, closing: string, from: number): number {
  const at = html.indexOf(closing, from);
  return at < 0 ? -1 : at + closing.length;
}
