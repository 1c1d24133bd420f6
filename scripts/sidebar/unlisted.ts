import { configFileName } from '../config/load.ts';
import type { MarkdownFile } from '../content/markdown-files.ts';
import type { Finding } from '../findings.ts';
import { sectionKeyOf } from './sections.ts';

/**
 * Whether a page says it belongs in no sidebar: `unlisted: true`, or Starlight's `sidebar: { hidden: true }`.
 * Such a page is built and linkable; readers reach it only through links.
 */
export function isUnlisted(page: MarkdownFile): boolean {
  const sidebar = page.frontmatter['sidebar'] as { hidden?: unknown } | undefined;
  return page.frontmatter['unlisted'] === true || sidebar?.hidden === true;
}

/**
 * One finding per page that no sidebar group shows and that is not marked unlisted: a reader could reach it
 * only by knowing its address.
 * @param pages - every page of the docs collection
 * @param shown - keys of the groups in the sidebar
 * @param generatedFolders - folders the build writes (not checked)
 */
export function findPagesOutsideSidebar(
  pages: readonly MarkdownFile[],
  shown: ReadonlySet<string>,
  generatedFolders: ReadonlySet<string>,
): Finding[] {
  return pages
    .filter((page) => !shown.has(sectionKeyOf(page)) && !generatedFolders.has(sectionKeyOf(page)) && !isUnlisted(page))
    .map((page) => ({
      code: 'PageNotInSidebar',
      message: `the page is in no sidebar group: "${sectionKeyOf(page)}" is not in sidebar.order of ${configFileName}`,
      hint: `add "${sectionKeyOf(page)}" to sidebar.order, move the page into a listed folder, or add \`unlisted: true\` to its frontmatter`,
      location: { file: page.displayPath, line: 1, column: 1 },
    }));
}
