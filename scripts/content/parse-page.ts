import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root } from 'mdast';
import { blankFrontmatter, type MarkdownFile } from './markdown-files.ts';

/** Markdown to mdast with GFM and directives, as the site's processor reads it. Pure. */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [gfm(), directive()],
    mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()],
  });
}

// The rule check and the diagram scan both walk every page before the build renders; one parse serves
// both. Keyed by path and holding the source it came from, so an edited page (in dev) is parsed again.
const parsed = new Map<string, { readonly source: string; readonly tree: Root }>();

/**
 * The syntax tree of a page (frontmatter blanked, so positions are the file's lines), parsed once per
 * content. Treat it as read-only: it is shared.
 */
export function parsePage(file: MarkdownFile): Root {
  const cached = parsed.get(file.absolutePath);
  if (cached?.source === file.source) return cached.tree;
  const tree = parseMarkdown(blankFrontmatter(file.source));
  parsed.set(file.absolutePath, { source: file.source, tree });
  return tree;
}
