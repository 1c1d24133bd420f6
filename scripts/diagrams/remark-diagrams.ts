import type { Code, Html, Parent, Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { relativeToRoot } from '../paths.ts';
import { diagramHints } from './catalog.ts';
import { figureHtml } from './figure.ts';
import { pictureHtml } from './picture.ts';
import { diagramImageUrl } from './published.ts';
import type { DiagramPipeline } from './pipeline.ts';
import type { RuleTargets } from './rule-links.ts';
import { diagramDirectiveName, directiveSource, fenceTitle, isDiagramFence } from './sources.ts';

/** Options of {@link remarkDiagrams}. */
export interface RemarkDiagramsOptions {
  readonly diagrams: DiagramPipeline;
  /** The site's base path, starting and ending with `/`. */
  readonly base: string;
  /** Content root, to name files in messages. */
  readonly root: string;
  /** The build's rules: a diagram's rule links lead to their sections, as `[[ADP-001]]` in a page does. */
  readonly rules: Pick<RuleTargets, 'section'>;
}

/**
 * Renders ```` ```plantuml ```` fences and `::diagram[Caption]{src="a/b.puml"}` leaf directives as figures
 * with inline, sanitized SVG. Both come from the pipeline, which rendered every diagram of the build once
 * before pages render; a fence edited in dev is rendered on demand through the same renderer. An unknown
 * `src` or a bad fence fails the file at its position.
 *
 * A page that embeds a diagram is rendered again when the diagram changes although its own text did not:
 * the diagram's key is part of the page's key in the content store (scripts/content/page-dependencies.ts).
 */
export function remarkDiagrams(options: RemarkDiagramsOptions) {
  const { diagrams, base, root, rules } = options;
  return async (tree: Root, file: VFile): Promise<void> => {
    const shown: { node: Code | LeafDirective; parent: Parent; index: number }[] = [];
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.type === 'code' && isDiagramFence(node)) shown.push({ node, parent, index });
      if (node.type === 'leafDirective' && node.name === diagramDirectiveName) shown.push({ node, parent, index });
    });
    // Pages are rendered while the diagrams are (the dev server's start, a build's content store): a page
    // that shows one waits for them, the others need not.
    if (shown.length === 0) return;
    await diagrams.settled();
    const where = file.path ? relativeToRoot(root, file.path) : 'page';
    const jobs: Promise<void>[] = [];
    const fail = (message: string, node: RootContent): never => {
      diagrams.recordFailure(`${where}:${node.position?.start.line ?? 1}: ${message}`);
      return file.fail(message, node, 'archbook:diagram');
    };
    for (const { node, parent, index } of shown) {
      const replace = (value: string) => {
        const html: Html = { type: 'html', value };
        parent.children[index] = html;
      };
      if (node.type === 'code') {
        const fence = {
          page: where,
          firstLine: (node.position?.start.line ?? 0) + 1,
          text: node.value,
          title: fenceTitle(node.meta),
        };
        jobs.push(
          diagrams.renderFence(fence).then(
            (rendered) =>
              replace(
                figureHtml({
                  picture: pictureHtml(rendered.image, rendered.alt, 'inline', { base, links: rendered.links, rules }),
                  caption: fence.title,
                  page: undefined,
                  id: undefined,
                }),
              ),
            (error: unknown) => fail(error instanceof Error ? error.message : String(error), node),
          ),
        );
      } else {
        const src = directiveSource(node);
        const entry = diagrams.entry(src);
        // A diagram that failed is listed by the diagram check (which stops a build): not as this page's problem.
        if (entry === undefined && diagrams.failed() && diagrams.knows(src)) continue;
        if (entry === undefined) {
          return fail(`diagram "${src}" does not exist  (${diagramHints.DiagramUnknown})`, node);
        }
        const caption = toString(node) || entry.title;
        const page = { href: `${base}diagrams/${entry.id}/`, title: entry.title };
        const image = { url: diagramImageUrl(base, entry) };
        const picture = pictureHtml(entry.image, entry.alt, image, { base, links: entry.links, rules });
        replace(figureHtml({ picture, caption, page, id: entry.id }));
      }
    }
    await Promise.all(jobs);
  };
}
