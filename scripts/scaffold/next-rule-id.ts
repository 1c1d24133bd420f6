import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { docsDir } from '../paths.ts';
import { readRulesLock } from '../rules/lock.ts';

/**
 * The next free rule ID of a prefix: one above the highest number ever used, in a page, in the lock or in
 * the retired list, so a retired ID is never handed out again.
 * @param root - content root
 * @param prefix - the ID's letters, e.g. `LOG`
 * @param files - the lock and retired files, relative to the root
 */
export function nextRuleId(root: string, prefix: string, files: { lockFile: string; retiredFile: string }): string {
  const pattern = new RegExp(`\\b${prefix}-(\\d{3})\\b`, 'g');
  const texts = [
    ...readMarkdownFiles(root, docsDir).files.map((file) => file.source),
    readRulesLock(root, files.lockFile).ids.join(' '),
    // Examples in the retired list's comments are not IDs that were used.
    readIfPresent(path.join(root, files.retiredFile)).replace(/#.*$/gm, ''),
  ];
  let highest = 0;
  for (const text of texts) for (const match of text.matchAll(pattern)) highest = Math.max(highest, Number(match[1]));
  return `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}

function readIfPresent(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
