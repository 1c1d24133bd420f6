import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkdownFile } from '../../../scripts/content/markdown-files.ts';
import { buildRuleRegistry } from '../../../scripts/rules/registry.ts';
import { nearest } from '../../../scripts/suggest.ts';

const catalog = {
  scopes: [{ id: 'all', label: 'All services', covers: 'Every service.', universal: false }],
  sources: [{ id: 'guide', title: 'The Guide' }],
};

function page(relativePath: string, body: string, title: string): MarkdownFile {
  return {
    absolutePath: `/x/${relativePath}`,
    displayPath: `docs/${relativePath}`,
    relativePath,
    source: `---\ntitle: ${title}\n---\n\n${body}`,
    frontmatter: { title, scope: 'all', source: 'guide' },
  };
}

const rules = page(
  'style.md',
  ':::rule[Format with one tool]{#FMT-001 level=MUST}\n:::\n\n:::rule[Wrap at 80]{#FMT-002 level=SHOULD}\n:::\n',
  'Style',
);

describe('open questions', () => {
  it('attaches each question to the rules it names, with the anchor of its ## heading', () => {
    const questions = page(
      'faq/open-questions.md',
      '## Formatter\n\nText.\n\n## Line `length`\n\n### Detail\n\n::dispute{rules="FMT-001, FMT-002"}\n\n## Formatter\n\n::dispute{rules="FMT-001"}\n',
      'Open questions',
    );
    const { registry, findings } = buildRuleRegistry([rules, questions], [], catalog);
    assert.deepEqual(findings, []);
    assert.deepEqual(registry.byId.get('FMT-001')?.disputes, [
      { page: 'faq/open-questions', pageTitle: 'Open questions', question: 'Line length', anchor: 'line-length' },
      { page: 'faq/open-questions', pageTitle: 'Open questions', question: 'Formatter', anchor: 'formatter-1' },
    ]);
    assert.equal(registry.byId.get('FMT-002')?.disputes.length, 1);
  });

  it('reports an unknown rule with the nearest ID, and a retired one with its replacement', () => {
    const questions = page('q.md', '## Formatter\n\n::dispute{rules="FMT-001 FMT-020 FMT-009"}\n', 'Questions');
    const retired = [{ id: 'FMT-009', replacedBy: 'FMT-001', reason: 'Merged.', location: { file: 'r.yaml' } }];
    const { findings } = buildRuleRegistry([rules, questions], retired, catalog);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.message, finding.hint, finding.location.line]),
      [
        [
          'DisputeRuleUnknown',
          'the open question "Formatter" names FMT-020, a rule that does not exist',
          'did you mean FMT-002?',
          7,
        ],
        [
          'DisputeRuleRetired',
          'the open question "Formatter" names FMT-009, a retired rule',
          'name FMT-001 instead',
          7,
        ],
      ],
    );
  });

  it('reports a question that names no rules, and one that is not under a ## heading', () => {
    const questions = page('q.md', '::dispute{rules="FMT-001"}\n\n## Formatter\n\n::dispute\n', 'Questions');
    const { findings } = buildRuleRegistry([rules, questions], [], catalog);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.line]),
      [
        ['DisputeOutsideQuestion', 5],
        ['DisputeRulesMissing', 9],
      ],
    );
  });
});

describe('nearest', () => {
  it('suggests a close value, a swapped pair included, and nothing for a far one', () => {
    assert.equal(nearest('cordoi', ['all', 'cordio', 'classic']), 'cordio');
    assert.equal(nearest('CORDIO', ['all', 'cordio']), 'cordio');
    assert.equal(nearest('kubernetes', ['all', 'cordio']), undefined);
  });
});
