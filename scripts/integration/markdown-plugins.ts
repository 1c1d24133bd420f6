import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import type { RuleContext } from '../rules/context.ts';
import { remarkRule } from '../rules/remark-rule.ts';
import { remarkRuleReference } from '../rules/remark-rule-reference.ts';
import { remarkRuleHistory } from '../rules/remark-rule-history.ts';
import { remarkDispute } from '../rules/remark-dispute.ts';
import { rehypeBaseLinks } from '../content/rehype-base-links.ts';
import type { DiagramPipeline } from '../diagrams/pipeline.ts';
import { remarkDiagrams } from '../diagrams/remark-diagrams.ts';
import { remarkRuleDiagrams } from '../diagrams/remark-rule-diagrams.ts';
import { ruleTargetsOf } from '../diagrams/rule-links.ts';
import { contentRoot } from '../paths.ts';
import { reportingInDev } from '../dev/page-problems.ts';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { pagePath, pageSlug } from '../content/slug.ts';
import { docsDir } from '../paths.ts';

/** What the Markdown plugins need from the build. */
export interface MarkdownPluginsInput {
  readonly config: ArchbookConfig;
  readonly hosting: Hosting;
  readonly rules: RuleContext;
  readonly diagrams: DiagramPipeline;
}

/**
 * The remark and rehype plugins of the handbook, in order. Starlight adds its own (asides, headings) to the
 * same unified processor.
 */
export function markdownPlugins({ hosting, rules, diagrams }: MarkdownPluginsInput): {
  remark: RemarkPlugins;
  rehype: RehypePlugins;
} {
  return {
    remark: [
      remarkDirective,
      [
        reportingInDev(remarkDiagrams, 'diagram'),
        { diagrams, base: hosting.base, root: contentRoot, rules: ruleTargetsOf(rules) },
      ],
      [remarkRuleDiagrams, { diagrams }],
      [reportingInDev(remarkRule, 'rule', true), { rules }],
      [remarkRuleHistory, { rules }],
      [reportingInDev(remarkRuleReference, 'rule-reference', true), { rules }],
      [reportingInDev(remarkDispute, 'dispute', true), { rules }],
    ],
    rehype: [[rehypeBaseLinks, { base: hosting.base, isPage: handbookPages() }]],
  };
}

/**
 * Whether a root-relative path is one of the handbook's pages, from the pages on disk when the build
 * starts (a page added in dev is known after the dev server's next start).
 */
function handbookPages(): (path: string) => boolean {
  const paths = new Set(
    readMarkdownFiles(contentRoot, docsDir).files.map((file) =>
      pagePath(
        '/',
        pageSlug(
          file.relativePath,
          typeof file.frontmatter['slug'] === 'string' ? file.frontmatter['slug'] : undefined,
        ),
      ),
    ),
  );
  return (path) => paths.has(path.endsWith('/') ? path : `${path}/`);
}
