import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import type { DiagramEntry } from '../../../scripts/diagrams/pipeline.ts';
import { remarkRuleDiagrams } from '../../../scripts/diagrams/remark-rule-diagrams.ts';

const diagram = (id: string, title: string, rules: string[]) => ({ id, title, rules }) as unknown as DiagramEntry;

async function render(markdown: string, entries: DiagramEntry[], rendered: DiagramEntry[] = []) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [
      remarkDirective,
      [
        remarkRuleDiagrams,
        {
          diagrams: {
            plannedEntries: () => entries,
            planned: () => Promise.resolve(true),
            settled: () => Promise.resolve(),
            entry: (src: string) => rendered.find((entry) => `${entry.id}.puml` === src),
          },
        },
      ],
    ],
  });
  return (await processor.render(markdown)).code;
}

describe('remarkRuleDiagrams', () => {
  it('ends a rule block with the diagrams that link to the rule', async () => {
    const html = await render(
      ':::rule[Ports]{#ADP-001 level=MUST}\nWhy.\n:::\n\n:::rule[Names]{#ADP-002 level=MAY}\nWhy.\n:::\n',
      [
        diagram('a/components', 'Components', ['ADP-001']),
        diagram('a/deployment', 'Deployment', ['ADP-001', 'DB-001']),
      ],
    );
    assert.match(
      html,
      /<p class="ab-rule__diagrams">Shown in the diagrams <a href="\/diagrams\/a\/components\/">Components<\/a>, <a href="\/diagrams\/a\/deployment\/">Deployment<\/a><\/p>/,
    );
    assert.equal((html.match(/ab-rule__diagrams/g) ?? []).length, 1);
  });

  it('names a diagram whose text gives no title as its picture does', async () => {
    const untitled = { id: 'a/flow', title: undefined, rules: ['ADP-001'] } as unknown as DiagramEntry;
    const html = await render(
      ':::rule[Ports]{#ADP-001 level=MUST}\nWhy.\n:::\n',
      [untitled],
      [diagram('a/flow', 'PlantUML sequence diagram', ['ADP-001'])],
    );
    assert.match(html, /Shown in the diagram <a href="\/diagrams\/a\/flow\/">PlantUML sequence diagram<\/a>/);
  });

  it('leaves rules alone when no diagram links to them', async () => {
    const html = await render(':::rule[Ports]{#ADP-001 level=MUST}\nWhy.\n:::\n', [diagram('x', 'X', [])]);
    assert.doesNotMatch(html, /Shown in/);
  });
});
