import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkRule } from '../../../scripts/rules/remark-rule.ts';
import { remarkRuleReference } from '../../../scripts/rules/remark-rule-reference.ts';
import { remarkRuleHistory } from '../../../scripts/rules/remark-rule-history.ts';
import type { RulesLock } from '../../../scripts/rules/lock.ts';
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
  scope: { id: 'workers', label: 'Queue workers', covers: 'Services that consume a queue.', universal: false },
  source: { kind: 'document', document: 'ops-notes', title: 'Operations notes', section: 'Log shipping' },
  disputes: [{ page: 'guidelines/open-questions', pageTitle: 'Open questions', question: 'Format', anchor: 'format' }],
};

const lock: RulesLock = {
  rules: {
    'LOG-002': {
      level: 'MUST',
      statement: 'Pass arguments to the logger',
      history: [
        { date: '2026-01-01', kind: 'introduced' },
        { date: '2026-02-01', kind: 'changed', before: { level: 'SHOULD', statement: 'Format lazily' } },
        { date: '2026-03-01', kind: 'merged', into: 'LOG-001' },
      ],
    },
  },
  ids: ['LOG-002'],
};

function context(base: string): RuleContext {
  const plan = { lock, changes: [] };
  return {
    registry: { rules: [rule], byId: new Map([[rule.id, rule]]), retired: [], retiredById: new Map() },
    lockPlan: plan,
    rulePath: () => '/guidelines/logging/#log-002',
    ruleUrl: () => `${base}guidelines/logging/#log-002`,
    kits: [],
    fingerprint: 'test',
    permalink: (id) => `${base}rules/${id}/`,
    sectionUrl: (page, anchor) => `${base}${page}/#${anchor}`,
    refresh: () => plan,
    markChanged: () => undefined,
    refreshIfChanged: () => undefined,
  };
}

async function render(markdown: string, base = '/'): Promise<string> {
  const rules = context(base);
  const processor = await createMarkdownProcessor({
    remarkPlugins: [
      remarkDirective,
      [remarkRule, { rules }],
      [remarkRuleHistory, { rules }],
      [remarkRuleReference, { rules }],
      [remarkDispute, { rules }],
    ],
    rehypePlugins: [[rehypeBaseLinks, { base }]],
  });
  return (await processor.render(markdown, { fileURL: new URL('file:///logging.md') })).code;
}

describe('remarkRule', () => {
  it('renders a rule as an anchored section with ID, level, permalink and copy buttons', async () => {
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
      /<button type="button" class="ab-rule__copy" data-permalink="\/rules\/LOG-002\/" data-copy="markdown" data-link-text="LOG-002: Pass arguments to the logger"[^>]* hidden data-pagefind-ignore="">Copy link<\/button>/,
    );
    assert.match(
      html,
      /<button type="button" class="ab-rule__copy ab-rule__copy--url" data-permalink="\/rules\/LOG-002\/" data-copy="url"[^>]* hidden data-pagefind-ignore="">Copy URL<\/button>/,
    );
    assert.match(
      html,
      /<span class="ab-rule__checks" data-checked="true">Checked by <code>flake8:E501<\/code><\/span>/,
    );
    assert.match(
      html,
      /<p>Formatting is deferred\.<\/p><details class="ab-rule-history"[^>]*>.*<\/details><\/section>/,
    );
  });

  it('closes the section with a collapsed history: each change with old and new values', async () => {
    const html = await render(':::rule[Pass arguments to the logger]{#LOG-002 level=MUST}\nx\n:::\n', '/handbook/');
    assert.match(
      html,
      /<details class="ab-rule-history" data-pagefind-ignore=""><summary>History <span class="ab-rule-history__hint">last changed 2026-03-01<\/span><\/summary>/,
    );
    assert.match(
      html,
      /<time datetime="2026-01-01">2026-01-01<\/time> <span class="ab-history__summary">Introduced<\/span>/,
    );
    assert.match(html, /Level changed from SHOULD to MUST; statement changed<\/span><dl class="ab-history__values">/);
    assert.match(html, /<dt>Before<\/dt><dd>Format lazily<\/dd><dt>After<\/dt><dd>Pass arguments to the logger<\/dd>/);
    assert.match(html, /Merged into <a href="\/handbook\/rules\/LOG-001\/">LOG-001<\/a>/);
    assert.doesNotMatch(html, /<details[^>]* open/);
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
