import type { Text } from 'mdast';
import type { RuleReference } from './rule.ts';

/** `[[LOG-002]]`: a reference to a rule in prose. Loose on purpose, so malformed IDs get reported. */
export const ruleReferencePattern = /\[\[([^\]\s|]{1,40})\]\]/g;

/**
 * Adds every `[[ID]]` of a text node to `references`, with the line and column of each.
 * @param file - the page's path, for messages
 */
export function collectReferences(node: Text, file: string, references: RuleReference[]): void {
  for (const match of node.value.matchAll(ruleReferencePattern)) {
    const start = node.position?.start;
    const before = node.value.slice(0, match.index);
    const newlines = before.split('\n').length - 1;
    const line = start === undefined ? undefined : start.line + newlines;
    const column =
      start === undefined
        ? undefined
        : newlines === 0
          ? start.column + match.index
          : before.length - before.lastIndexOf('\n');
    references.push({ id: match[1] ?? '', location: { file, line, column } });
  }
}
