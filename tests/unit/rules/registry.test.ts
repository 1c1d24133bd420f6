import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkdownFile } from '../../../scripts/content/markdown-files.ts';
import { buildRuleRegistry } from '../../../scripts/rules/registry.ts';
import { scanPage } from '../../../scripts/rules/scan.ts';

const catalog = {
  scopes: [{ id: 'all', label: 'All services', covers: 'Every service.', universal: false }],
  sources: [{ id: 'guide', title: 'The Guide' }],
};

function page(relativePath: string, body: string, title = 'Page'): MarkdownFile {
  const source = `---\ntitle: ${title}\nscope: all\nsource: guide\n---\n\n${body}`;
  return {
    absolutePath: `/x/${relativePath}`,
    displayPath: `docs/${relativePath}`,
    relativePath,
    source,
    frontmatter: { title, scope: 'all', source: 'guide' },
  };
}

describe('scanPage', () => {
  it('reads a rule with its ID, level, title, section and position', () => {
    const scan = scanPage(
      page(
        'guidelines/Logging.md',
        '## Format\n\n:::rule[Use `JSON` logs]{#LOG-001 level=must}\nBecause.\n\n```py\nx\n```\n:::\n',
        'Logging',
      ),
    );
    assert.deepEqual(scan.findings, []);
    const rule = scan.rules[0]?.rule;
    assert.equal(rule?.id, 'LOG-001');
    assert.equal(rule?.level, 'MUST');
    assert.equal(rule?.title, 'Use JSON logs');
    assert.equal(rule?.summary, 'Because.');
    assert.equal(rule?.page, 'guidelines/logging');
    assert.equal(rule?.heading, 'Format');
    assert.deepEqual(rule?.location, { file: 'docs/guidelines/Logging.md', line: 9, column: 1 });
  });

  it('collects references in prose with their line and column, and ignores code', () => {
    const scan = scanPage(page('a.md', 'See [[LOG-001]] and\nalso [[LOG-002]].\n\n`[[NOPE-001]]`\n'));
    assert.deepEqual(
      scan.references.map((reference) => [reference.id, reference.location.line, reference.location.column]),
      [
        ['LOG-001', 7, 5],
        ['LOG-002', 8, 6],
      ],
    );
  });

  it('reports a missing ID, a bad level and a missing statement', () => {
    const scan = scanPage(
      page(
        'a.md',
        ':::rule[No id]{level=MUST}\n:::\n\n:::rule[X]{#AB-001 level=OFTEN}\n:::\n\n:::rule{#AB-002 level=MAY}\nBody\n:::\n',
      ),
    );
    assert.deepEqual(
      scan.findings.map((finding) => [finding.code, finding.location.line]),
      [
        ['RuleIdMissing', 7],
        ['RuleLevelInvalid', 10],
        ['RuleTitleMissing', 13],
      ],
    );
  });
});

describe('buildRuleRegistry', () => {
  it('sorts rules and reports duplicates with both places', () => {
    const { registry, findings } = buildRuleRegistry(
      [
        page('a.md', ':::rule[B]{#AB-002 level=MAY}\n:::\n\n:::rule[A]{#AB-001 level=MUST}\n:::\n'),
        page('b.md', ':::rule[Again]{#AB-001 level=MUST}\n:::\n'),
      ],
      [],
      catalog,
    );
    assert.deepEqual(
      registry.rules.map((rule) => rule.id),
      ['AB-001', 'AB-002'],
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.code, 'RuleDuplicateId');
    assert.match(findings[0]?.message ?? '', /already defined at docs\/a\.md:10:1/);
  });

  it('points a reference to a retired rule at its replacement', () => {
    const { findings } = buildRuleRegistry(
      [page('a.md', ':::rule[A]{#AB-001 level=MUST}\n:::\n\nSee [[AB-009]].\n')],
      [{ id: 'AB-009', replacedBy: 'AB-001', reason: 'Merged.', location: { file: 'retired.yaml', line: 1 } }],
      catalog,
    );
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.hint]),
      [['RuleReferenceRetired', 'refer to [[AB-001]] instead']],
    );
  });

  it('reports a retired rule that is still defined and a replacement that does not exist', () => {
    const { findings } = buildRuleRegistry(
      [page('a.md', ':::rule[A]{#AB-001 level=MUST}\n:::\n')],
      [
        { id: 'AB-001', replacedBy: undefined, reason: 'Gone.', location: { file: 'retired.yaml', line: 1 } },
        { id: 'AB-002', replacedBy: 'AB-404', reason: 'Gone.', location: { file: 'retired.yaml', line: 4 } },
      ],
      catalog,
    );
    assert.deepEqual(
      findings.map((finding) => finding.code),
      ['RetiredIdStillDefined', 'RetiredReplacementUnknown'],
    );
  });
});
