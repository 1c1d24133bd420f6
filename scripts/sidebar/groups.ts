import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { SidebarSettings } from '../config/sidebar-schema.ts';
import { configFileName } from '../config/load.ts';
import type { Finding } from '../findings.ts';
import { isUnlisted } from './unlisted.ts';
import { labelFromFolder, topLevelKey, type ContentSection } from './sections.ts';
import { sectionItems, slugOf } from './section-items.ts';

/** One entry of Starlight's `sidebar` option. */
export type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** A sidebar entry that is a group with a label. */
export type SidebarGroupItem = Extract<SidebarItem, { label: string; items: unknown }>;

/** Keys of the groups the engine adds. */
export const generatedGroupKeys: readonly string[] = ['rules', 'diagrams', 'api', 'reference'];

/** A group the engine adds (rules, diagrams, API, code reference), present only when it has content. */
export interface GeneratedGroup {
  readonly key: string;
  readonly order: number;
  /** The group as Starlight takes it; its label and `collapsed` may be overridden by the configuration. */
  readonly item: SidebarGroupItem;
  /** The label must stay as it is (a plugin finds its placeholder group by label). */
  readonly fixedLabel?: boolean;
}

/** Where content sections go by default: after the top-level pages, before the generated groups. */
export const defaultSectionOrder = 100;

/** How section groups list their pages. */
export interface SidebarOptions {
  /**
   * Leave a folder's pages to Starlight's `autogenerate`, which also picks up pages added while `astro dev`
   * runs. It finds pages only when the docs folder is the engine's own (`site/content/docs`); for content
   * elsewhere (`ARCHBOOK_ROOT`) the pages are listed one by one, in the same order.
   */
  readonly autogenerate: boolean;
}

/** The sidebar, and which group keys it shows. */
export interface BuiltSidebar {
  readonly sidebar: SidebarItem[];
  readonly shown: ReadonlySet<string>;
  readonly findings: Finding[];
}

interface Candidate {
  readonly key: string;
  readonly order: number;
  readonly label: string;
  readonly item: SidebarItem;
}

/**
 * Orders the content sections and the generated groups into Starlight's sidebar: by `sidebar.order` of
 * the configuration when given, else by each group's `order` (configuration, then the section's index
 * frontmatter, then the default), then label.
 */
export function buildSidebar(
  sections: readonly ContentSection[],
  generated: readonly GeneratedGroup[],
  settings: SidebarSettings,
  options: SidebarOptions = { autogenerate: false },
): BuiltSidebar {
  const candidates = [
    ...sections.map((section) => sectionCandidate(section, settings, options)),
    ...generated.map((group) => generatedCandidate(group, settings)),
  ];
  const byKey = new Map(candidates.map((candidate) => [candidate.key, candidate]));
  const findings: Finding[] = [];
  let chosen: Candidate[];
  if (settings.order === undefined) {
    chosen = [...candidates].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  } else {
    chosen = [];
    for (const key of settings.order) {
      const candidate = byKey.get(key);
      if (candidate) chosen.push(candidate);
      else if (!generatedGroupKeys.includes(key)) findings.push(unknownGroup(key, [...byKey.keys()]));
    }
  }
  return { sidebar: chosen.map((candidate) => candidate.item), shown: new Set(chosen.map((c) => c.key)), findings };
}

function sectionCandidate(section: ContentSection, settings: SidebarSettings, options: SidebarOptions): Candidate {
  const override = { ...section.declared, ...settings.groups[section.key] };
  const top = section.key === topLevelKey;
  const label = override.label ?? (top ? 'Start here' : labelFromFolder(section.key));
  const order = override.order ?? (top ? 0 : defaultSectionOrder);
  const items: SidebarItem[] = top
    ? section.pages.filter((page) => !isUnlisted(page)).map((page) => topLevelItem(page))
    : options.autogenerate
      ? [{ autogenerate: { directory: section.key } }]
      : sectionItems(section.pages, section.key);
  return { key: section.key, order, label, item: { label, collapsed: override.collapsed ?? false, items } };
}

function topLevelItem(page: ContentSection['pages'][number]): SidebarItem {
  const slug = slugOf(page);
  if (slug !== '') return { slug };
  const sidebar = page.frontmatter['sidebar'] as { label?: unknown } | undefined;
  return { label: typeof sidebar?.label === 'string' ? sidebar.label : 'Home', link: '/' };
}

function generatedCandidate(group: GeneratedGroup, settings: SidebarSettings): Candidate {
  const override = settings.groups[group.key] ?? {};
  const item = group.item;
  const label = group.fixedLabel ? item.label : (override.label ?? item.label);
  const collapsed = override.collapsed ?? item.collapsed ?? false;
  return { key: group.key, order: override.order ?? group.order, label, item: { ...item, label, collapsed } };
}

function unknownGroup(key: string, known: readonly string[]): Finding {
  return {
    code: 'SidebarGroupUnknown',
    message: `sidebar.order names "${key}", which is neither a folder of site/content/docs nor a generated group`,
    hint: `use one of: ${known.join(', ')}`,
    location: { file: configFileName },
  };
}
