import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkdownFile } from '../../../scripts/content/markdown-files.ts';
import { frontmatterLine } from '../../../scripts/rules/origin-defaults.ts';
import { buildRuleRegistry } from '../../../scripts/rules/registry.ts';

const catalog = {
  scopes: [
    { id: 'all', label: 'All services', covers: 'Every service.', universal: false },
    { id: 'workers', label: 'Queue workers', covers: 'Services that consume a queue.', universal: false },
  ],
  sources: [
    { id: 'style-guide', title: 'Style Guide' },
    { id: 'ops-notes', title: 'Operations notes' },
  ],
};

/** A page whose frontmatter holds `fields` (title first), then `body`. */
function page(relativePath: string, fields: Record<string, string>, body = ''): MarkdownFile {
  const frontmatter = { title: 'Page', ...fields };
  const yaml = Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return {
    absolutePath: `/x/${relativePath}`,
    displayPath: `docs/${relativePath}`,
    relativePath,
    source: `---\n${yaml}\n---\n\n${body}`,
    frontmatter,
  };
}

const rule = (id: string, attributes = '') => `:::rule[Statement ${id}]{#${id} level=MUST${attributes}}\nWhy.\n:::\n\n`;

describe('rule scope and source', () => {
  it('takes the rule attribute first, then the page frontmatter, then the section index page', () => {
    const { registry, findings } = buildRuleRegistry(
      [
        page('guides/index.md', { scope: 'all', source: 'style-guide#Basics' }),
        page('guides/queues.md', { scope: 'workers' }, rule('AB-001') + rule('AB-002', ' scope=all source=house')),
        page('guides/deep/more.md', {}, rule('AB-003', ' source="ops-notes#Shipping logs"')),
      ],
      [],
      catalog,
    );
    assert.deepEqual(findings, []);
    const origin = (id: string) => {
      const found = registry.byId.get(id);
      return [found?.scope.id, found?.source];
    };
    assert.deepEqual(origin('AB-001'), [
      'workers',
      { kind: 'document', document: 'style-guide', title: 'Style Guide', section: 'Basics' },
    ]);
    assert.deepEqual(origin('AB-002'), ['all', { kind: 'house' }]);
    assert.deepEqual(origin('AB-003'), [
      'all',
      { kind: 'document', document: 'ops-notes', title: 'Operations notes', section: 'Shipping logs' },
    ]);
  });

  it('reports an unknown scope attribute at the rule, suggesting the nearest declared one', () => {
    const { registry, findings } = buildRuleRegistry(
      [page('a.md', { source: 'style-guide' }, rule('AB-001', ' scope=worker'))],
      [],
      catalog,
    );
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.message, finding.hint, finding.location.line]),
      [['ScopeUnknown', 'rule AB-001: scope "worker" is not declared', 'did you mean workers?', 6]],
    );
    assert.equal(registry.byId.has('AB-001'), false);
  });

  it('reports an unknown frontmatter scope once, at its frontmatter line, and not again for each rule', () => {
    const { findings } = buildRuleRegistry(
      [page('a.md', { scope: 'everything', source: 'style-guide' }, rule('AB-001') + rule('AB-002'))],
      [],
      catalog,
    );
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.file, finding.location.line]),
      [['ScopeUnknown', 'docs/a.md', 3]],
    );
    assert.match(findings[0]?.hint ?? '', /use one of the scopes in archbook\.config\.ts `scopes`: all, workers/);
  });

  it('reports a rule without a scope or without a source at the rule, with a hint', () => {
    const { findings } = buildRuleRegistry([page('a.md', {}, rule('AB-001'))], [], catalog);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.line]),
      [
        ['ScopeMissing', 5],
        ['SourceMissing', 5],
      ],
    );
    assert.match(findings[0]?.hint ?? '', /add scope=<id> to the rule, or `scope: <id>` to the frontmatter/);
    assert.match(findings[1]?.hint ?? '', /source=house/);
  });

  it('reports an unknown source document, and an empty section after #', () => {
    const { findings } = buildRuleRegistry(
      [
        page(
          'a.md',
          { scope: 'all' },
          rule('AB-001', ' source="ops-note#Shipping"') + rule('AB-002', ' source="style-guide#"'),
        ),
      ],
      [],
      catalog,
    );
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.message, finding.hint, finding.location.line]),
      [
        [
          'SourceDocumentUnknown',
          'rule AB-001: source document "ops-note" is not declared',
          'did you mean ops-notes?',
          6,
        ],
        [
          'SourceSectionEmpty',
          'rule AB-002: source "style-guide#" has an empty section after #',
          'write source="<document>#<section heading>", or source=house for a rule of the team\'s own',
          10,
        ],
      ],
    );
  });

  it('finds the line of a frontmatter key, and line 1 when it is absent', () => {
    const source = '---\ntitle: T\nscope: all\n---\nscope: not frontmatter\n';
    assert.equal(frontmatterLine(source, 'scope'), 3);
    assert.equal(frontmatterLine(source, 'source'), 1);
  });
});
