// Registers hProperties on mdast data (the field remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { ruleDirectiveName } from '../rules/scan.ts';
import type { DiagramPipeline, PlannedEntry } from './pipeline.ts';

/** Options of {@link remarkRuleDiagrams}. */
export interface RemarkRuleDiagramsOptions {
  /** The build's diagrams, whose `[[/rules/ID/]]` links say which rules each shows. */
  readonly diagrams: Pick<DiagramPipeline, 'plannedEntries' | 'planned' | 'settled' | 'entry'>;
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
    const shownIn = new Map<string, PlannedEntry[]>();
    for (const entry of diagrams.plannedEntries()) {
      for (const rule of entry.rules) shownIn.set(rule, [...(shownIn.get(rule) ?? []), entry]);
    }
    if (shownIn.size === 0) return;
    const blocks: { node: ContainerDirective; shown: PlannedEntry[] }[] = [];
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      const shown = node.name === ruleDirectiveName ? shownIn.get(node.attributes?.['id'] ?? '') : undefined;
      if (shown !== undefined) blocks.push({ node, shown });
    });
    // A diagram whose text names no title is named after its kind, which only its picture tells.
    if (blocks.some(({ shown }) => shown.some((entry) => entry.title === undefined))) await diagrams.settled();
    const titled = (entry: PlannedEntry) => ({
      id: entry.id,
      title: entry.title ?? diagrams.entry(`${entry.id}.puml`)?.title ?? entry.id,
    });
    for (const { node, shown } of blocks) node.children.push(shownInParagraph(shown.map(titled)));
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
