// Registers hName / hProperties on mdast data (the fields remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { Paragraph, PhrasingContent } from 'mdast';
import { pagePath } from '../content/slug.ts';
import type { RuleDefinition } from './rule.ts';

/**
 * The lines under a rule's heading that say whom it binds and on what authority: its scope (linking to
 * the rule index filtered by it, the scope's `covers` line as the link's title), its source or
 * "House rule", and each open question that disputes it. Links are root-relative; the base is added later.
 */
export function ruleOriginLines(rule: RuleDefinition): Paragraph[] {
  const { scope, source } = rule;
  const sourceText =
    source.kind === 'house'
      ? 'House rule: not in the source documents'
      : `Source: ${source.title}${source.section === undefined ? '' : ` › ${source.section}`}`;
  const origin: Paragraph = {
    type: 'paragraph',
    data: { hProperties: { className: ['ab-rule__origin'] } },
    children: [
      span('ab-rule__scope', [
        { type: 'text', value: 'Scope: ' },
        {
          type: 'link',
          url: `/rules/?scope=${encodeURIComponent(scope.id)}`,
          title: scope.covers,
          data: { hProperties: { 'data-scope': scope.id } },
          children: [{ type: 'text', value: scope.label }],
        },
      ]),
      { type: 'text', value: ' ' },
      span(`ab-rule__source${source.kind === 'house' ? ' ab-rule__source--house' : ''}`, [
        { type: 'text', value: sourceText },
      ]),
    ],
  };
  if (rule.disputes.length === 0) return [origin];
  const links = rule.disputes.flatMap((dispute, index): PhrasingContent[] => [
    ...(index === 0 ? [] : [{ type: 'text' as const, value: '; ' }]),
    {
      type: 'link',
      url: `${pagePath('/', dispute.page)}#${dispute.anchor}`,
      children: [{ type: 'text', value: `${dispute.pageTitle} › ${dispute.question}` }],
    },
  ]);
  return [
    origin,
    {
      type: 'paragraph',
      data: { hProperties: { className: ['ab-rule__disputed'] } },
      children: [{ type: 'text', value: 'Disputed: see ' }, ...links],
    },
  ];
}

function span(className: string, children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: className.split(' ') } }, children };
}
