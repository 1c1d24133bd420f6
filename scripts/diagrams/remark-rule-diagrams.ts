// Registers hProperties on mdast data (the field remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { ruleDirectiveName } from '../rules/scan.ts';
import type { DiagramPipeline } from './pipeline.ts';

/** Options of {@link remarkRuleDiagrams}. */
export interface RemarkRuleDiagramsOptions {
  /** The build's diagrams, whose `[[/rules/ID/]]` links say which rules each shows. */
  readonly diagrams: Pick<DiagramPipeline, 'plannedEntries' | 'planned'>;
}

/**
 * Ends each rule block (`:::rule[…]{#ADP-001}`) with the diagrams that link to the rule: "Shown in
 * diagrams: Components, Deployment", each a link to the diagram's page. Works before or after the rule
 * plugin: either way the paragraph is the block's last child. Rules no diagram links to are left alone.
 */
export function remarkRuleDiagrams({ diagrams }: RemarkRuleDiagramsOptions) {
  return async (tree: Root): Promise<void> => {
    // The links are in the diagrams' text: known once it is checked, before the renderer has drawn them.
    await diagrams.planned();
    const shownIn = new Map<string, { id: string; title: string }[]>();
    for (const entry of diagrams.plannedEntries()) {
      for (const rule of entry.rules) shownIn.set(rule, [...(shownIn.get(rule) ?? []), entry]);
    }
    if (shownIn.size === 0) return;
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== ruleDirectiveName) return;
      const shown = shownIn.get(node.attributes?.['id'] ?? '');
      if (shown === undefined) return;
      node.children.push(shownInParagraph(shown));
    });
  };
}

function shownInParagraph(shown: readonly { id: string; title: string }[]): Paragraph {
  const links = shown.flatMap((diagram, index): PhrasingContent[] => [
    ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
    { type: 'link', url: `/diagrams/${diagram.id}/`, children: [{ type: 'text', value: diagram.title }] },
  ]);
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['ab-rule__diagrams'] } },
    children: [
      { type: 'text', value: shown.length === 1 ? 'Shown in the diagram ' : 'Shown in the diagrams ' },
      ...links,
    ],
  };
}
