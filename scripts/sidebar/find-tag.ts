/**
 * Where the next tag starting with `opening` (e.g. `<details`) begins in `html`, from `from`, or -1. Only
 * real tags count: text inside a tag's attribute values (Astro escapes `"` there, not `<`) and inside
 * `<script>` elements and comments is passed over, so that a link's `title="Compare <details> and <summary>"` is not
 * taken for a group. Labels are text, where Astro escapes `<`.
 */
export function findTag(html: string, opening: string, from: number): number {
  let quote: string | undefined;
  let inTag = false;
  for (let index = from; index < html.length; index += 1) {
    const char = html[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (inTag) {
      if (char === '"' || char === "'") quote = char;
      else if (char === '>') inTag = false;
    } else if (char === '<') {
      if (html.startsWith(opening, index)) return index;
      if (html.startsWith('<!--', index)) {
        const end = html.indexOf('-->', index);
        if (end < 0) return -1;
        index = end + '-->'.length - 1;
      } else if (html.startsWith('<script', index)) {
        const end = html.indexOf('</script>', index);
        if (end < 0) return -1;
        index = end + '</script>'.length - 1;
      } else inTag = true;
    }
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
