// Registers hName / hChildren on mdast data (the fields remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { ruleDirectiveName } from './scan.ts';
import type { RuleContext } from './context.ts';
import { historyEvents } from './history.ts';
import { historyDisclosure } from './history-hast.ts';

/** Options of {@link remarkRuleHistory}. */
export interface RemarkRuleHistoryOptions {
  readonly rules: RuleContext;
}

/**
 * Closes each rule's section with a collapsed "History" disclosure: when it was introduced and every change
 * since, from the lock this build publishes. Independent of how the rule block itself is drawn.
 */
export function remarkRuleHistory({ rules }: RemarkRuleHistoryOptions) {
  return (tree: Root): void => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== ruleDirectiveName) return;
      const locked = rules.lockPlan.lock.rules[node.attributes?.['id'] ?? ''];
      if (locked === undefined || locked.history.length === 0) return;
      const disclosure = historyDisclosure(historyEvents(locked), { ruleLink: (id) => `/rules/${id}/` });
      const data = { hName: disclosure.tagName, hProperties: disclosure.properties, hChildren: disclosure.children };
      node.children.push({ type: 'paragraph', children: [], data });
    });
  };
}
