import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { countLinks, leanOperationGroups, leanSidebarAbove } from './lean-sidebar.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** What the sidebar needs to know about a spec's schema pages. */
export interface SidebarSpec {
  /** URL of the spec's overview page: identifies the spec's sidebar group. */
  readonly overviewHref: string;
  /** URL of the page listing every schema of the spec. */
  readonly schemasHref: string;
  readonly schemas: readonly { readonly name: string; readonly href: string }[];
}

/**
 * Adds a collapsed "Schemas" group, one link per schema page, to the sidebar group of each spec (the group
 * starlight-openapi built, recognised by its Overview link). The current page's link is marked, which
 * opens the group. A spec with more than `leanAbove` links gets a lean group instead (see
 * `leanOperationGroups`), whose Schemas group links the schema list and the schema being shown. Pure:
 * returns a new sidebar.
 * @param pathname - URL path of the page being rendered
 */
export function addSchemaGroups(
  sidebar: readonly SidebarEntry[],
  specs: readonly SidebarSpec[],
  pathname: string,
  leanAbove = leanSidebarAbove,
): SidebarEntry[] {
  const byOverview = new Map(specs.map((spec) => [trim(spec.overviewHref), spec]));
  const current = trim(pathname);
  const visit = (entry: SidebarEntry): SidebarEntry => {
    if (entry.type !== 'group') return entry;
    const spec = entry.entries
      .map((child) => (child.type === 'link' ? byOverview.get(trim(child.href)) : undefined))
      .find((found) => found !== undefined);
    if (spec === undefined) return { ...entry, entries: entry.entries.map(visit) };
    const lean = countLinks(entry.entries) + spec.schemas.length > leanAbove;
    const entries = lean ? leanOperationGroups(entry.entries) : entry.entries;
    if (spec.schemas.length === 0) return { ...entry, entries };
    return { ...entry, entries: [...entries, lean ? leanSchemaGroup(spec, current) : schemaGroup(spec, current)] };
  };
  return sidebar.map(visit);
}

function schemaGroup(spec: SidebarSpec, current: string): SidebarGroup {
  return group(spec.schemas.map((schema) => link(schema.name, schema.href, current)));
}

function leanSchemaGroup(spec: SidebarSpec, current: string): SidebarGroup {
  const shown = spec.schemas.find((schema) => trim(schema.href) === current);
  const all = link(`All ${spec.schemas.length} schemas`, spec.schemasHref, current);
  return group(shown === undefined ? [all] : [all, link(shown.name, shown.href, current)]);
}

function group(entries: SidebarEntry[]): SidebarGroup {
  return { type: 'group', label: 'Schemas', collapsed: true, badge: undefined, entries };
}

function link(label: string, href: string, current: string): SidebarLink {
  return { type: 'link', label, href, isCurrent: trim(href) === current, badge: undefined, attrs: {} };
}

function trim(href: string): string {
  return href.replace(/\/index\.html$|\.html$|\/+$/, '');
}
