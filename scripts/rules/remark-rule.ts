// Registers hName / hProperties on mdast data (the fields remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { Root, PhrasingContent, Paragraph } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { ruleDirectiveName } from './scan.ts';
import { ruleAnchor } from './rule.ts';
import type { RuleContext } from './context.ts';
import { copyLinkButtons } from './copy-link-buttons.ts';
import { checkedByLine, titleKitBlocks } from '../kit/rule-block.ts';
import { ruleOriginLines } from './rule-origin-view.ts';

/** Options of {@link remarkRule}. */
export interface RemarkRuleOptions {
  readonly rules: RuleContext;
}

/**
 * Renders `:::rule[Statement]{#LOG-002 level=MUST}` blocks as anchored sections: a level-3 heading with the
 * ID (anchor = lower-cased ID), a level badge, a permalink and a copy-link button, the scope, source and
 * disputes (see `ruleOriginLines`), then the body.
 * IDs were checked when the registry was built; an unknown one here means the page changed since, and
 * is reported at its position.
 */
export function remarkRule({ rules }: RemarkRuleOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== ruleDirectiveName) return;
      const id = node.attributes?.['id'] ?? '';
      const rule = rules.registry.byId.get(id);
      if (!rule) {
        file.fail(`rule ${id || '(no ID)'} is not in the rule registry`, node, 'archbook:rule');
      }
      const [label, ...body] = node.children;
      const titleChildren = (label as Paragraph).children;
      const level = rule.level.toLowerCase();
      titleKitBlocks(body);
      node.data = {
        hName: 'section',
        hProperties: {
          className: ['ab-rule'],
          'data-rule': id,
          'data-level': level,
          'aria-labelledby': ruleAnchor(id),
        },
      };
      node.children = [
        {
          type: 'heading',
          depth: 3,
          data: { hProperties: { id: ruleAnchor(id), className: ['ab-rule__title'] } },
          children: [span('ab-rule__id', id), { type: 'text', value: ' ' }, ...titleChildren],
        },
        {
          type: 'paragraph',
          data: { hProperties: { className: ['ab-rule__meta'] } },
          children: [
            span(`ab-rule__level ab-rule__level--${level}`, rule.level),
            { type: 'text', value: ' ' },
            {
              type: 'link',
              url: `/rules/${id}/`,
              title: `Permanent link to ${id}`,
              data: { hProperties: { className: ['ab-rule__permalink'] } },
              children: [{ type: 'text', value: `/rules/${id}/` }],
            },
            { type: 'text', value: ' ' },
            ...copyLinkButtons(id, rule.title, rules.permalink(id)),
            { type: 'text', value: ' ' },
            checkedByLine(rule),
          ],
        },
        ...ruleOriginLines(rule),
        ...body,
      ];
    });
  };
}

function span(className: string, value: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: className.split(' ') } },
    children: [{ type: 'text', value }],
  };
}
