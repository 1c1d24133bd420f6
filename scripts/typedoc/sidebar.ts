import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { pagePath, pageSlug } from '../content/slug.ts';

type SidebarItems = NonNullable<StarlightUserConfig['sidebar']>;
type SidebarItem = SidebarItems[number];

/** What {@link referenceSidebar} needs to turn starlight-typedoc's sidebar into plain links. */
export interface ReferenceSidebarInput {
  /** Label of the reference's sidebar group. */
  readonly label: string;
  /** Absolute path of the docs collection the pages were generated into. */
  readonly docsRoot: string;
  /** Normalised base path of the site. */
  readonly base: string;
  /** Folder of the reference below the docs collection, e.g. `reference`. */
  readonly output: string;
}

/**
 * Finishes the code reference's sidebar group: an "Overview" link to its entry page first, and each
 * `autogenerate` group starlight-typedoc made (Interfaces, Functions, …) replaced by links to the pages
 * it generated. Starlight's autogenerate only sees pages below the engine's own `site/content/docs`, and
 * a handbook's content root may be elsewhere (`ARCHBOOK_ROOT`). Reads the generated pages' titles.
 */
export function referenceSidebar(
  sidebar: SidebarItems,
  { label, docsRoot, base, output }: ReferenceSidebarInput,
): SidebarItems {
  const expand = (item: SidebarItem): SidebarItem => {
    if (typeof item !== 'object' || !('items' in item)) return item;
    const items = item.items.flatMap((child): SidebarItem[] =>
      typeof child === 'object' && 'autogenerate' in child
        ? pageLinks(docsRoot, child.autogenerate.directory, base)
        : [expand(child)],
    );
    return { ...item, items };
  };
  return sidebar.map((item) => {
    if (typeof item !== 'object' || !('items' in item) || item.label !== label) return item;
    const group = expand(item) as Extract<SidebarItem, { items: unknown }>;
    return { ...group, items: [{ label: 'Overview', link: pagePath(base, output) }, ...group.items] };
  });
}

/** One link per Markdown page in a folder of the docs collection, titled from its frontmatter, sorted. */
function pageLinks(docsRoot: string, directory: string, base: string): SidebarItem[] {
  let names: string[];
  try {
    names = readdirSync(path.join(docsRoot, directory)).filter((name) => /\.mdx?$/.test(name));
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const relativePath = `${directory}/${name}`;
      const frontmatter = readFrontmatter(readFileSync(path.join(docsRoot, relativePath), 'utf8'));
      const slug = pageSlug(relativePath, typeof frontmatter['slug'] === 'string' ? frontmatter['slug'] : undefined);
      const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'] : name.replace(/\.mdx?$/, '');
      return { label: title, link: pagePath(base, slug) };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

function readFrontmatter(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const data: unknown = match ? parse(match[1] ?? '') : undefined;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}
