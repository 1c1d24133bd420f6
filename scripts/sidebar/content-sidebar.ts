import path from 'node:path';
import type { ArchbookConfig } from '../config/schema.ts';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { diagramExtension } from '../diagrams/sources.ts';
import { listFiles } from '../files/list-files.ts';
import { failOnFindings } from '../findings.ts';
import { contentRoot, docsDir, engineRoot } from '../paths.ts';
import { referenceOutput } from '../typedoc/plugin.ts';
import { buildSidebar, type GeneratedGroup, type SidebarItem } from './groups.ts';
import { readContentSections } from './sections.ts';
import { findPagesOutsideSidebar } from './unlisted.ts';

const rulePattern = /^\s*:::+rule\[/m;

/** What the sidebar is made from. */
export interface ContentSidebarInput {
  readonly config: ArchbookConfig;
  /** The API and code reference groups, when the handbook has them. */
  readonly referenceGroups: readonly GeneratedGroup[];
  /** @default the content root (`ARCHBOOK_ROOT` or the repository) */
  readonly root?: string;
}

/**
 * The handbook's sidebar: one group per folder of the docs collection, the top-level pages, and the
 * Rules, Diagrams, API and code reference groups when they have content; see scripts/config/sidebar-schema.ts.
 * @throws ArchbookError listing every page no group shows (unless unlisted) and every bad `section:` field
 */
export function contentSidebar({ config, referenceGroups, root = contentRoot }: ContentSidebarInput): SidebarItem[] {
  const pages = readMarkdownFiles(root, docsDir);
  // When on, the code reference's pages are written below the docs folder by the build and have a group of
  // their own; when off, a `reference/` folder is the team's content like any other.
  const generatedFolders = new Set(config.reference.entryPoints.length > 0 ? [referenceOutput] : []);
  const content = readContentSections(pages.files, generatedFolders);
  const generated: GeneratedGroup[] = [];
  // The rule check runs later (scripts/integration/archbook.ts); whether a page declares a rule is enough here.
  if (pages.files.some((page) => rulePattern.test(page.source)))
    generated.push({
      key: 'rules',
      order: 200,
      item: {
        label: 'Rules',
        items: [
          { label: 'Rule index', link: '/rules/' },
          { label: 'Rule changes', link: '/rules/changes/' },
          { label: 'Check coverage', link: '/rules/coverage/' },
          { label: 'Tool kit', link: '/kit/' },
        ],
      },
    });
  if (listFiles(path.join(root, config.content.diagrams), diagramExtension).length > 0)
    generated.push({
      key: 'diagrams',
      order: 210,
      item: { label: 'Diagrams', items: [{ label: 'Gallery', link: '/diagrams/' }] },
    });
  generated.push(...referenceGroups);
  const built = buildSidebar(content.sections, generated, config.sidebar, {
    autogenerate: path.resolve(root) === engineRoot,
  });
  failOnFindings('The sidebar check', [
    ...content.findings,
    ...built.findings,
    ...findPagesOutsideSidebar(pages.files, built.shown, generatedFolders),
  ]);
  return built.sidebar;
}
