import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeBaseLinks}. */
export interface RehypeBaseLinksOptions {
  /** The site's base path, starting and ending with `/`. */
  readonly base: string;
  /**
   * Tells whether a root-relative path (`/handbook/writing-pages/`, without base) is a page of the
   * handbook. Settles a link that starts with the base's own name, when a section is named like the base.
   */
  readonly isPage?: (path: string) => boolean;
}

const urlAttributes: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/**
 * Prefixes root-relative links in page content with the base path, so authors write `/guidelines/logging/`
 * and the link works when the handbook is served from `/handbook/`. Protocol-relative URLs are left alone.
 */
export function rehypeBaseLinks({ base, isPage = () => false }: RehypeBaseLinksOptions) {
  return (tree: Root): void => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      const attribute = urlAttributes[node.tagName];
      if (attribute === undefined) return;
      const value = node.properties[attribute === 'href' ? 'href' : 'src'];
      if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return;
      // Engine plugins write some links with the base already in place; an author's link into a section
      // named like the base (`/handbook/…` under `/handbook/`) still needs it.
      const prefixed = value === base.slice(0, -1) || value.startsWith(base);
      if (prefixed && !isPage(pathOf(value))) return;
      node.properties[attribute === 'href' ? 'href' : 'src'] = base + value.slice(1);
    });
  };
}

/** The path of a link, without query or fragment. */
function pathOf(url: string): string {
  return url.replace(/[?#].*$/, '');
}
