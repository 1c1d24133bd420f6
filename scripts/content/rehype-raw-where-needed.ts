import rehypeRaw from 'rehype-raw';
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { htmlParserWouldChange } from './html-parser-changes.ts';
import { withParsedValues } from './parsed-values.ts';

/**
 * Astro's rehype-raw, run only on a page the HTML parser would change (html-parser-changes.ts). Astro runs
 * it last on every page, and it rebuilds the whole tree through the parser (hast-util-raw): 0.78 s under the
 * profiler of a cold bench build's content store for 1,000 pages, of which only the 200 that embed a
 * diagram's SVG hold raw HTML. Elsewhere the tree is the one rehype made, its values written as the parser
 * would give them back; where the parser has work, rehype-raw runs unchanged.
 *
 * Attached among the rehype plugins, it turns Astro's own off (`use(rehypeRaw, false)`, unified's way of
 * turning a plugin off) and adds the same transformer, run only where needed, at the end of the list,
 * where Astro put its own: after the heading ids, before the HTML is written.
 */
export const rehypeRawWhereNeeded: Plugin<[], Root> = function () {
  this.use(rehypeRaw, false);
  this.use(rawWhereNeeded);
};

const rawWhereNeeded: Plugin<[], Root> = function () {
  // rehype-raw's transformer is synchronous: (tree, file) in, tree out. Two parameters here too, as unified
  // waits for a callback from a transformer that takes a third.
  const parseRaw = rehypeRaw.call(this);
  return (tree, file) => {
    // MDX takes the Markdown plugins too, but runs its own rehype-raw (for its own nodes) before them, which
    // the switch above does not reach: its pages are left as they are.
    if (file.extname === '.mdx') return tree;
    return htmlParserWouldChange(tree) ? parseRaw(tree, file) : withParsedValues(tree);
  };
};
