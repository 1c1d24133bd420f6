import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { parsePage } from '../content/parse-page.ts';
import { pageSlug } from '../content/slug.ts';
import { listFiles } from '../files/list-files.ts';
import { relativeToRoot } from '../paths.ts';

/** Extension of a diagram file; `.iuml` files are only included. */
export const diagramExtension = '.puml';
/** Languages of a Markdown fence rendered as a diagram. */
export const fenceLanguages: ReadonlySet<string> = new Set(['plantuml', 'puml']);
/** Name of the leaf directive that embeds a diagram file: `::diagram[Caption]{src="a/b.puml"}`. */
export const diagramDirectiveName = 'diagram';

/** A `.puml` file below the diagrams folder. */
export interface DiagramFile {
  /** Path below the diagrams folder without the extension, with `/`: `mills-planner/component`. */
  readonly id: string;
  readonly absolutePath: string;
  /** Path relative to the content root, for messages: `diagrams/mills-planner/component.puml`. */
  readonly file: string;
  readonly text: string;
}

/** A PlantUML fence in a page. */
export interface DiagramFence {
  readonly page: string;
  /** 1-based line of the fence's first content line. */
  readonly firstLine: number;
  readonly text: string;
  /** `title="…"` from the fence's meta, used as the caption. */
  readonly title: string | undefined;
}

/** A `::diagram` directive in a page. */
export interface DiagramEmbed {
  readonly page: string;
  /** Slug and title of that page, for "explained in" links. */
  readonly pageSlug: string;
  readonly pageTitle: string;
  readonly line: number;
  readonly column: number;
  /** The `src` attribute: a path below the diagrams folder. */
  readonly src: string;
  readonly caption: string;
}

/** Every `.puml` file below `diagramsRoot`, sorted by id; none when the folder does not exist. */
export function listDiagramFiles(contentRoot: string, diagramsRoot: string): DiagramFile[] {
  return listFiles(diagramsRoot, diagramExtension)
    .map((relative) => {
      const absolutePath = path.join(diagramsRoot, relative);
      const id = relativeToRoot(diagramsRoot, absolutePath).slice(0, -diagramExtension.length);
      return {
        id,
        absolutePath,
        file: relativeToRoot(contentRoot, absolutePath),
        text: readFileSync(absolutePath, 'utf8'),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The PlantUML fences and `::diagram` directives of every page of the docs folder, with positions. */
export function scanPages(contentRoot: string, docsDir: string): { fences: DiagramFence[]; embeds: DiagramEmbed[] } {
  const fences: DiagramFence[] = [];
  const embeds: DiagramEmbed[] = [];
  for (const page of readMarkdownFiles(contentRoot, docsDir).files) {
    if (!page.source.includes('plantuml') && !page.source.includes('puml') && !page.source.includes('::diagram'))
      continue;
    const tree = parsePage(page);
    const frontmatterSlug = page.frontmatter['slug'];
    const slug = pageSlug(page.relativePath, typeof frontmatterSlug === 'string' ? frontmatterSlug : undefined);
    visit(tree, (node) => {
      if (node.type === 'code' && isDiagramFence(node)) {
        fences.push({
          page: page.displayPath,
          firstLine: (node.position?.start.line ?? 0) + 1,
          text: node.value,
          title: fenceTitle(node.meta),
        });
      }
      if (node.type === 'leafDirective' && node.name === diagramDirectiveName) {
        embeds.push({
          page: page.displayPath,
          pageSlug: slug,
          pageTitle: typeof page.frontmatter['title'] === 'string' ? page.frontmatter['title'] : slug,
          line: node.position?.start.line ?? 1,
          column: node.position?.start.column ?? 1,
          src: directiveSource(node),
          caption: toString(node),
        });
      }
    });
  }
  return { fences, embeds };
}

/** True for a ```` ```plantuml ```` or ```` ```puml ```` fence. */
export function isDiagramFence(node: Code): boolean {
  return fenceLanguages.has((node.lang ?? '').toLowerCase());
}

/** The `title="…"` of a fence's meta string. */
export function fenceTitle(meta: string | null | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The `src` of a `::diagram` directive, '' when missing. */
export function directiveSource(node: LeafDirective): string {
  return node.attributes?.['src'] ?? '';
}
