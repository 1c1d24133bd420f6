import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeBaseLinks}. */
export interface RehypeBaseLinksOptions {
  /** The site's base path, starting and ending with `/`. */
  readonly base: string;
}

const urlAttributes: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * Prefixes root-relative links in page content with the base path, so authors write `/guidelines/logging/`
 * and the link works when the handbook is served from `/handbook/`. Protocol-relative URLs are left alone.
 */
export function rehypeBaseLinks({ base }: RehypeBaseLinksOptions) {
  return (tree: Root): void => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      const attribute = urlAttributes[node.tagName];
      if (attribute === undefined) return;
      const value = node.properties[attribute === 'href' ? 'href' : 'src'];
      if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return;
      if (value === base.slice(0, -1) || value.startsWith(base)) return;
      node.properties[attribute === 'href' ? 'href' : 'src'] = base + value.slice(1);
    });
  };
}
