import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkRule } from '../../../scripts/rules/remark-rule.ts';
import { remarkRuleReference } from '../../../scripts/rules/remark-rule-reference.ts';
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
};

function context(base: string): RuleContext {
  return {
    registry: { rules: [rule], byId: new Map([[rule.id, rule]]), retired: [], retiredById: new Map() },
    rulePath: () => '/guidelines/logging/#log-002',
    ruleUrl: () => `${base}guidelines/logging/#log-002`,
    kits: [],
    permalink: (id) => `${base}rules/${id}/`,
    refresh: () => [],
  };
}

async function render(markdown: string, base = '/'): Promise<string> {
  const rules = context(base);
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkDirective, [remarkRule, { rules }], [remarkRuleReference, { rules }]],
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
