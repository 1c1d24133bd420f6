import { normaliseBase } from '../config/hosting.ts';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { pagePath, pageSlug } from '../content/slug.ts';
import { formatFinding } from '../findings.ts';
import { checkLinks, type SourceHint } from '../links/check-links.ts';
import type { OutputFiles } from '../links/output-files.ts';
import { contentRoot, docsDir } from '../paths.ts';

/** Options of {@link postBuildChecks}. */
export interface PostBuildCheckOptions {
  /** The freshly built (staging) output folder. */
  readonly outDir: string;
  readonly env: NodeJS.ProcessEnv;
  /** How its files are read. @default as they lie in `outDir` */
  readonly files?: OutputFiles;
}

/**
 * Checks the built site before it is published: every internal link, asset and anchor resolves under the
 * base path. Returns one formatted `file:line:col  message  (hint)` line per problem; empty when the output
 * may be swapped in.
 */
export function postBuildChecks({ outDir, env, files }: PostBuildCheckOptions): string[] {
  const base = normaliseBase(env['BASE_PATH']);
  // Pages are read again only when a link is broken, to point at the line the author wrote.
  let sources: Map<string, SourceHint> | undefined;
  const sourceOf = (page: string): SourceHint | undefined => {
    sources ??= readSources(base);
    return sources.get(page);
  };
  const findings = checkLinks({ outDir, base, sourceOf, ...(files === undefined ? {} : { files }) });
  if (findings.length === 0) return [];
  return [
    `The link check found ${findings.length} broken link(s):`,
    ...findings.map((finding) => formatFinding(finding)),
  ];
}

/** Maps each docs page's URL path to its source file and text. */
function readSources(base: string): Map<string, SourceHint> {
  const sources = new Map<string, SourceHint>();
  for (const file of readMarkdownFiles(contentRoot, docsDir).files) {
    const slug = pageSlug(
      file.relativePath,
      typeof file.frontmatter['slug'] === 'string' ? file.frontmatter['slug'] : undefined,
    );
    sources.set(pagePath(base, slug), { file: file.displayPath, text: file.source });
  }
  return sources;
}
