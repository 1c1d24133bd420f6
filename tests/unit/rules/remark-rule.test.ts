import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkRule } from '../../../scripts/rules/remark-rule.ts';
import { remarkRuleReference } from '../../../scripts/rules/remark-rule-reference.ts';
import { remarkDispute } from '../../../scripts/rules/remark-dispute.ts';
import { rehypeBaseLinks } from '../../../scripts/content/rehype-base-links.ts';
import type { RuleContext } from '../../../scripts/rules/context.ts';
import type { RuleDefinition } from '../../../scripts/rules/rule.ts';

const rule: RuleDefinition = {
  id: 'LOG-002',
  level: 'MUST',
  title: 'Pass arguments to the logger',
  summary: 'Formatting is deferred.',
  page: 'guidelines/logging',
  pageTitle: 'Logging',
  heading: 'Format',
  checkedBy: [{ tool: 'flake8', check: 'E501' }],
  kit: [],
  location: { file: 'logging.md', line: 1 },
  scope: { id: 'workers', label: 'Queue workers', covers: 'Services that consume a queue.' },
  source: { kind: 'document', document: 'ops-notes', title: 'Operations notes', section: 'Log shipping' },
  disputes: [{ page: 'guidelines/open-questions', pageTitle: 'Open questions', question: 'Format', anchor: 'format' }],
};

function context(base: string): RuleContext {
  return {
    registry: { rules: [rule], byId: new Map([[rule.id, rule]]), retired: [], retiredById: new Map() },
    rulePath: () => '/guidelines/logging/#log-002',
    ruleUrl: () => `${base}guidelines/logging/#log-002`,
    kits: [],
    permalink: (id) => `${base}rules/${id}/`,
    sectionUrl: (page, anchor) => `${base}${page}/#${anchor}`,
    refresh: () => [],
  };
}

async function render(markdown: string, base = '/'): Promise<string> {
  const rules = context(base);
  const processor = await createMarkdownProcessor({
    remarkPlugins: [
      remarkDirective,
      [remarkRule, { rules }],
      [remarkRuleReference, { rules }],
      [remarkDispute, { rules }],
    ],
    rehypePlugins: [[rehypeBaseLinks, { base }]],
  });
  return (await processor.render(markdown, { fileURL: new URL('file:///logging.md') })).code;
}

describe('remarkRule', () => {
  it('renders a rule as an anchored section with ID, level, permalink and copy button', async () => {
    const html = await render(
      ':::rule[Pass arguments to the logger]{#LOG-002 level=MUST}\nFormatting is deferred.\n:::\n',
    );
    assert.match(html, /<section class="ab-rule" data-rule="LOG-002" data-level="must" aria-labelledby="log-002">/);
    assert.match(
      html,
      /<h3 id="log-002" class="ab-rule__title"><span class="ab-rule__id">LOG-002<\/span> Pass arguments to the logger<\/h3>/,
    );
    assert.match(html, /<span class="ab-rule__level ab-rule__level--must">MUST<\/span>/);
    assert.match(html, /<a href="\/rules\/LOG-002\/"[^>]*class="ab-rule__permalink"/);
    assert.match(
      html,
      /<button type="button" class="ab-rule__copy" data-permalink="\/rules\/LOG-002\/" hidden>Copy link<\/button>/,
    );
    assert.match(
      html,
      /<span class="ab-rule__checks" data-checked="true">Checked by <code>flake8:E501<\/code><\/span>/,
    );
    assert.match(html, /<p>Formatting is deferred\.<\/p><\/section>/);
  });

  it('says the scope (its covers line as the title), the source and the open question disputing the rule', async () => {
    const html = await render(':::rule[Pass arguments to the logger]{#LOG-002 level=MUST}\nx\n:::\n', '/handbook/');
    assert.match(
      html,
      /<p class="ab-rule__origin"><span class="ab-rule__scope">Scope: <a href="\/handbook\/rules\/\?scope=workers" title="Services that consume a queue\." data-scope="workers">Queue workers<\/a><\/span> <span class="ab-rule__source">Source: Operations notes › Log shipping<\/span><\/p>/,
    );
    assert.match(
      html,
      /<p class="ab-rule__disputed">Disputed: see <a href="\/handbook\/guidelines\/open-questions\/#format">Open questions › Format<\/a><\/p>/,
    );
  });

  it('renders an open question as a line linking the rules it names', async () => {
    const html = await render('## Format\n\n::dispute{rules="LOG-002"}\n');
    assert.match(
      html,
      /<p class="ab-dispute">Rule in question: <a href="\/guidelines\/logging\/#log-002" title="LOG-002 \(MUST, Queue workers\): Pass arguments to the logger" class="ab-rule-ref" data-level="must">LOG-002<\/a><\/p>/,
    );
  });

  it('prefixes the permalink and references with the base path', async () => {
    const html = await render(
      ':::rule[Pass arguments to the logger]{#LOG-002 level=MUST}\nx\n:::\n\nSee [[LOG-002]].\n',
      '/handbook/',
    );
    assert.match(html, /href="\/handbook\/rules\/LOG-002\/"/);
    assert.match(html, /data-permalink="\/handbook\/rules\/LOG-002\/"/);
    assert.match(
      html,
      /<a href="\/handbook\/guidelines\/logging\/#log-002" title="LOG-002 \(MUST\): Pass arguments to the logger"/,
    );
  });

  it('fails at the position of an unknown reference', async () => {
    await assert.rejects(render('Text\n\nSee [[LOG-404]] here.\n'), (error: Error & { line?: number }) => {
      assert.match(error.message, /\[\[LOG-404\]\] refers to a rule that does not exist/);
      return true;
    });
  });

  it('leaves references inside code alone', async () => {
    const html = await render('Write `[[LOG-002]]` to refer.\n');
    assert.match(html, /<code>\[\[LOG-002\]\]<\/code>/);
  });
});
