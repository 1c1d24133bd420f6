import { normaliseBase } from '../config/hosting.ts';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { pagePath, pageSlug } from '../content/slug.ts';
import { formatFinding } from '../findings.ts';
import { checkLinks, type SourceHint } from '../links/check-links.ts';
import { contentRoot, docsDir } from '../paths.ts';

/** Options of {@link postBuildChecks}. */
export interface PostBuildCheckOptions {
  /** The freshly built (staging) output folder. */
  readonly outDir: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Checks the built site before it is published: every internal link, asset and anchor resolves under the
 * base path. Returns one formatted `file:line:col  message  (hint)` line per problem; empty when the output
 * may be swapped in.
 */
export function postBuildChecks({ outDir, env }: PostBuildCheckOptions): string[] {
  const base = normaliseBase(env['BASE_PATH']);
  const sources = new Map<string, SourceHint>();
  for (const file of readMarkdownFiles(contentRoot, docsDir).files) {
    const slug = pageSlug(
      file.relativePath,
      typeof file.frontmatter['slug'] === 'string' ? file.frontmatter['slug'] : undefined,
    );
    sources.set(pagePath(base, slug), { file: file.displayPath, text: file.source });
  }
  const findings = checkLinks({ outDir, base, sourceOf: (page) => sources.get(page) });
  if (findings.length === 0) return [];
  return [
    `The link check found ${findings.length} broken link(s):`,
    ...findings.map((finding) => formatFinding(finding)),
  ];
}
