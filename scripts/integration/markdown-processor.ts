import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkSmartypantsWhereNeeded } from '../content/remark-smartypants-where-needed.ts';
import { rehypeRawWhereNeeded } from '../content/rehype-raw-where-needed.ts';

/**
 * The handbook's Markdown processor: unified with the handbook's plugins (ADR-002), Astro's SmartyPants
 * replaced by the same plugin run only where it changes something, in the place Astro gives its own: before
 * every other remark plugin; and Astro's rehype-raw replaced by the same plugin run only on pages that hold
 * raw HTML, in its own place, last. Starlight adds its plugins after these.
 */
export function handbookMarkdownProcessor(plugins: { remark: RemarkPlugins; rehype: RehypePlugins }) {
  return unified({
    remarkPlugins: [remarkSmartypantsWhereNeeded, ...plugins.remark],
    rehypePlugins: [...plugins.rehype, rehypeRawWhereNeeded],
    smartypants: false,
  });
}
