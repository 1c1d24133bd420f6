import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;

/** What the sidebar needs to know about a spec's schema pages. */
export interface SidebarSpec {
  /** URL of the spec's overview page: identifies the spec's sidebar group. */
  readonly overviewHref: string;
  readonly schemas: readonly { readonly name: string; readonly href: string }[];
}

/**
 * Adds a collapsed "Schemas" group, one link per schema page, to the sidebar group of each spec (the group
 * starlight-openapi built, recognised by its Overview link). The current page's link is marked, which
 * opens the group. Pure: returns a new sidebar.
 * @param pathname - URL path of the page being rendered
 */
export function addSchemaGroups(
  sidebar: readonly SidebarEntry[],
  specs: readonly SidebarSpec[],
  pathname: string,
): SidebarEntry[] {
  const byOverview = new Map(
    specs.filter((spec) => spec.schemas.length > 0).map((spec) => [trim(spec.overviewHref), spec]),
  );
  const current = trim(pathname);
  const visit = (entry: SidebarEntry): SidebarEntry => {
    if (entry.type !== 'group') return entry;
    const spec = entry.entries
      .map((child) => (child.type === 'link' ? byOverview.get(trim(child.href)) : undefined))
      .find((found) => found !== undefined);
    const entries = entry.entries.map(visit);
    return spec === undefined ? { ...entry, entries } : { ...entry, entries: [...entries, schemaGroup(spec, current)] };
  };
  return sidebar.map(visit);
}

function schemaGroup(spec: SidebarSpec, current: string): SidebarGroup {
  return {
    type: 'group',
    label: 'Schemas',
    collapsed: true,
    badge: undefined,
    entries: spec.schemas.map((schema) => ({
      type: 'link',
      label: schema.name,
      href: schema.href,
      isCurrent: trim(schema.href) === current,
      badge: undefined,
      attrs: {},
    })),
  };
}

function trim(href: string): string {
  return href.replace(/\/index\.html$|\.html$|\/+$/, '');
}
