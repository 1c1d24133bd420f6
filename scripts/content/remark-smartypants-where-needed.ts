import remarkSmartypants from 'remark-smartypants';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

// What SmartyPants rewrites, as retext-smartypants reads it: a straight quote (`"`, `'`), a double backtick or
// double apostrophe, `--`, and three dots, together or with nothing but spaces between them. Text without any
// of these comes out of it as it went in (retext gives back every character it parsed). Matched wider, so that
// no rewrite is missed: any backtick, and two dots with anything but letters and digits between them. An
// apostrophe counts, so most English prose is still rewritten; pages of rules and code mostly are not.
const rewritable = /["'`]|--|\.[^\p{L}\p{N}]*\./u;

/**
 * Astro's SmartyPants (remark-smartypants, with Astro's default options), run only on a page whose text it
 * would change. Astro runs it on every page: it parses the page's text into a natural-language tree twice,
 * once whole and once per text node, which was 0.67 s of a cold bench build's content store for 1,000 pages
 * that hold none of the characters it rewrites. Where it runs, it runs unchanged on the whole page, so the
 * output is the same bytes. Configured with Astro's own `smartypants` switched off, first among the remark
 * plugins, where Astro would have put it.
 */
export const remarkSmartypantsWhereNeeded: Plugin<[], Root> = function () {
  // Its transformer is synchronous and changes the tree in place.
  const smarten = remarkSmartypants.call(this, {}) as unknown as (tree: Root) => void;
  return (tree) => {
    if (holdsRewritableText(tree)) smarten(tree);
  };
};

/** Whether any text node of the page holds a character SmartyPants might rewrite. Pure. */
export function holdsRewritableText(tree: Root): boolean {
  let found = false;
  visit(tree, 'text', (node) => {
    if (!rewritable.test(node.value)) return undefined;
    found = true;
    return false;
  });
  return found;
}
