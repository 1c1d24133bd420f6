import { z } from 'zod';
import { describeIssue } from '../config/parse.ts';
import { SidebarGroupSchema, type SidebarGroupOverride } from '../config/sidebar-schema.ts';
import type { MarkdownFile } from '../content/markdown-files.ts';
import type { Finding } from '../findings.ts';

/** Key of the group holding the pages at the top of the docs folder. */
export const topLevelKey = '.';

/** A folder of the docs collection (or its top, `.`) and the pages in it. */
export interface ContentSection {
  /** Folder name directly under the docs folder, or `.`. */
  readonly key: string;
  readonly pages: readonly MarkdownFile[];
  /** What the folder's `index.md` says in its `section:` frontmatter field. */
  readonly declared: SidebarGroupOverride;
}

/** The sections found, and what was wrong with a `section:` field. */
export interface ContentSections {
  readonly sections: ContentSection[];
  readonly findings: Finding[];
}

/** The folder a page belongs to: its first path segment, or `.` for a page at the top. */
export function sectionKeyOf(page: MarkdownFile): string {
  const slash = page.relativePath.indexOf('/');
  return slash === -1 ? topLevelKey : page.relativePath.slice(0, slash);
}

/**
 * Groups the docs pages by folder. A folder's `index.md` may describe its group in the frontmatter,
 * `section: { label, order, collapsed }`; folders the engine writes itself (the code reference) are left out.
 * @param pages - every page of the docs collection
 * @param generatedFolders - folders written by the build, not by the team
 */
export function readContentSections(
  pages: readonly MarkdownFile[],
  generatedFolders: ReadonlySet<string>,
): ContentSections {
  const byKey = new Map<string, MarkdownFile[]>();
  for (const page of pages) {
    const key = sectionKeyOf(page);
    if (generatedFolders.has(key)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), page]);
  }
  const findings: Finding[] = [];
  const sections = [...byKey].map(([key, sectionPages]) => {
    const index = sectionPages.find((page) => /^([^/]+\/)?index\.mdx?$/.test(page.relativePath));
    return { key, pages: sectionPages, declared: index ? readDeclared(index, findings) : {} };
  });
  return { sections, findings };
}

function readDeclared(index: MarkdownFile, findings: Finding[]): SidebarGroupOverride {
  const raw = index.frontmatter['section'];
  if (raw === undefined) return {};
  const result = SidebarGroupSchema.safeParse(raw);
  if (result.success) return result.data;
  findings.push({
    code: 'SectionInvalid',
    message: `the \`section\` field is not valid: ${result.error.issues.map((issue) => describeIssue(withPrefix(issue))).join('; ')}`,
    hint: 'write `section: { label: "Runbooks", order: 20, collapsed: true }` (every key optional)',
    location: { file: index.displayPath, line: 1, column: 1 },
  });
  return {};
}

function withPrefix(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  return { ...issue, path: ['section', ...issue.path] };
}

/** `runbooks` → `Runbooks`, `on-call_guides` → `On call guides`: a folder name as a label. */
export function labelFromFolder(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
