import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Links a spec's sidebar group may hold before it is made lean. Starlight writes the whole sidebar into
 * every page: with GitHub's description (1,224 operations, 969 schemas) that is 2,200 links, 560 kB of
 * every one of its 2,200 pages, and most of the time spent rendering, indexing and link-checking them.
 */
export const leanSidebarAbove = 300;

/** Number of links in sidebar entries, groups included. Pure. */
export function countLinks(entries: readonly SidebarEntry[]): number {
  return entries.reduce((sum, entry) => sum + (entry.type === 'group' ? countLinks(entry.entries) : 1), 0);
}

/**
 * The lean form of a large spec's operation groups: the group holding the current page stays whole; every
 * other group becomes one link, to its tag's overview page when it has one (its first entry), else to its
 * first operation, with its number of operations as a badge. Every page stays reachable: from the spec's
 * overview, from its tag overviews, and by the previous/next links (computed on the full sidebar). Pure.
 */
export function leanOperationGroups(entries: readonly SidebarEntry[]): SidebarEntry[] {
  return entries.map((entry) => {
    if (entry.type !== 'group' || hasCurrent(entry.entries)) return entry;
    const first = firstLink(entry.entries);
    if (first === undefined) return entry;
    const operations = countLinks(entry.entries) - (first.label === 'Overview' ? 1 : 0);
    return {
      type: 'link',
      label: entry.label,
      href: first.href,
      isCurrent: false,
      badge: { text: String(operations), variant: 'default' },
      attrs: {},
    };
  });
}

/** True when an entry below is the page being shown. Pure. */
export function hasCurrent(entries: readonly SidebarEntry[]): boolean {
  return entries.some((entry) => (entry.type === 'group' ? hasCurrent(entry.entries) : entry.isCurrent));
}

function firstLink(entries: readonly SidebarEntry[]): Extract<SidebarEntry, { type: 'link' }> | undefined {
  for (const entry of entries) {
    const found = entry.type === 'link' ? entry : firstLink(entry.entries);
    if (found !== undefined) return found;
  }
  return undefined;
}
