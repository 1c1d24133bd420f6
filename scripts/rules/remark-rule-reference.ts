// Registers hName / hProperties on mdast data (the fields remark-rehype reads).
import type {} from 'mdast-util-to-hast';
import type { Root, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { ruleReferencePattern } from './scan.ts';
import type { RuleContext } from './context.ts';

/** Options of {@link remarkRuleReference}. */
export interface RemarkRuleReferenceOptions {
  readonly rules: RuleContext;
}

/**
 * Turns `[[LOG-002]]` in prose into a link to the rule's section, titled with the rule's statement.
 * Code and existing links are left alone. An unknown ID fails the file at its position.
 */
export function remarkRuleReference({ rules }: RemarkRuleReferenceOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (parent === undefined || index === undefined || parent.type === 'link') return;
      if (!node.value.includes('[[')) return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(ruleReferencePattern)) {
        const id = match[1] ?? '';
        const rule = rules.registry.byId.get(id);
        if (!rule) file.fail(`[[${id}]] refers to a rule that does not exist`, node, 'archbook:rule-reference');
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push({
          type: 'link',
          url: rules.rulePath(rule),
          title: `${rule.id} (${rule.level}): ${rule.title}`,
          data: { hProperties: { className: ['ab-rule-ref'], 'data-level': rule.level.toLowerCase() } },
          children: [{ type: 'text', value: rule.id }],
        });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
