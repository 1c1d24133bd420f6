import type { PhrasingContent, RootContent } from 'mdast';
import type { RuleDefinition } from '../rules/rule.ts';
import { formatCheck } from './checked-by.ts';

/**
 * "Checked by flake8:E501, yapf:column_limit" for a rule's meta line, or "Review only" when no tool checks
 * it, so a reviewer knows whether the rule needs their eyes.
 */
export function checkedByLine(rule: RuleDefinition): PhrasingContent {
  const checks = rule.checkedBy.map(formatCheck);
  const children: PhrasingContent[] =
    checks.length === 0
      ? [{ type: 'text', value: 'Review only' }]
      : [
          { type: 'text', value: 'Checked by ' },
          ...checks.flatMap((check, index): PhrasingContent[] => [
            ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
            { type: 'inlineCode', value: check },
          ]),
        ];
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['ab-rule__checks'], 'data-checked': String(checks.length > 0) } },
    children,
  };
}

/** Gives each kit block a title naming its file (Expressive Code shows it as the block's tab). */
export function titleKitBlocks(children: readonly RootContent[]): void {
  for (const child of children) {
    if (child.type !== 'code' || child.meta == null) continue;
    const match = /(?:^|\s)kit=(?:"([^"]*)"|(\S+))/.exec(child.meta);
    if (match && !/(?:^|\s)title=/.test(child.meta)) child.meta = `${child.meta} title="${match[1] ?? match[2] ?? ''}"`;
  }
}
