// Registers hName / hProperties on mdast data (the fields remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { PhrasingContent, Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { RuleContext } from './context.ts';
import { disputeDirectiveName, disputedIds } from './dispute.ts';

/** Options of {@link remarkDispute}. */
export interface RemarkDisputeOptions {
  readonly rules: RuleContext;
}

/**
 * Renders `::dispute{rules="CODE-003 CDOTL-004"}` as one line naming the rules the open question is about,
 * each linked to its rule block and titled with its level and statement. The registry checked the IDs; an
 * unknown one here means the page changed since, and is reported at its position.
 */
export function remarkDispute({ rules }: RemarkDisputeOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'leafDirective', (node: LeafDirective) => {
      if (node.name !== disputeDirectiveName) return;
      const ids = disputedIds(node.attributes?.['rules']);
      const links = ids.flatMap((id, index): PhrasingContent[] => {
        const rule = rules.registry.byId.get(id);
        if (!rule)
          file.fail(`the open question names ${id}, which is not in the rule registry`, node, 'archbook:dispute');
        return [
          ...(index === 0 ? [] : [{ type: 'text' as const, value: ', ' }]),
          {
            type: 'link',
            url: rules.rulePath(rule),
            title: `${rule.id} (${rule.level}, ${rule.scope.label}): ${rule.title}`,
            data: { hProperties: { className: ['ab-rule-ref'], 'data-level': rule.level.toLowerCase() } },
            children: [{ type: 'text', value: rule.id }],
          },
        ];
      });
      node.data = { hName: 'p', hProperties: { className: ['ab-dispute'] } };
      node.children = [
        { type: 'text', value: ids.length === 1 ? 'Rule in question: ' : 'Rules in question: ' },
        ...links,
      ];
    });
  };
}
