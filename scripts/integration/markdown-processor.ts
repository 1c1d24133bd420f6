import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkSmartypantsWhereNeeded } from '../content/remark-smartypants-where-needed.ts';

/**
 * The handbook's Markdown processor: unified with the handbook's plugins (ADR-002), Astro's SmartyPants
 * replaced by the same plugin run only where it changes something, in the place Astro gives its own: before
 * every other remark plugin. Starlight adds its plugins after these.
 */
export function handbookMarkdownProcessor(plugins: { remark: RemarkPlugins; rehype: RehypePlugins }) {
  return unified({
    remarkPlugins: [remarkSmartypantsWhereNeeded, ...plugins.remark],
    rehypePlugins: plugins.rehype,
    smartypants: false,
  });
}
