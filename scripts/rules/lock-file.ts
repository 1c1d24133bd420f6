import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HistoryEntry, LockedRule, RulesLock } from './lock.ts';
import { stateFields } from './rule-state.ts';
import { compareIds } from './registry.ts';

/** Version of the lock format {@link serialiseRulesLock} writes. */
export const lockVersion = 2;

/**
 * The lock as the file holds it: one rule per block, sorted by ID, its state first, then one history entry
 * per line, oldest first. A reviewer reads a change as a few added or changed lines.
 */
export function serialiseRulesLock(lock: RulesLock): string {
  const ids = Object.keys(lock.rules).sort(compareIds);
  const blocks = ids.map((id) => serialiseRule(id, lock.rules[id] ?? { history: [] }));
  const head = [`  "version": ${lockVersion},`];
  if (lock.note !== undefined) head.push(`  "note": ${JSON.stringify(lock.note)},`);
  const rules = blocks.length === 0 ? '  "rules": {}' : `  "rules": {\n${blocks.join(',\n')}\n  }`;
  return `{\n${head.join('\n')}\n${rules}\n}\n`;
}

function serialiseRule(id: string, rule: LockedRule): string {
  const lines: string[] = [];
  for (const field of stateFields) {
    const value = rule[field];
    if (value !== undefined) lines.push(`      ${JSON.stringify(field)}: ${JSON.stringify(value)}`);
  }
  const history = rule.history.map((entry) => `        ${inlineEntry(entry)}`);
  lines.push(history.length === 0 ? '      "history": []' : `      "history": [\n${history.join(',\n')}\n      ]`);
  return `    ${JSON.stringify(id)}: {\n${lines.join(',\n')}\n    }`;
}

function inlineEntry(entry: HistoryEntry): string {
  const parts = [`"date": ${JSON.stringify(entry.date)}`, `"kind": ${JSON.stringify(entry.kind)}`];
  if (entry.into !== undefined) parts.push(`"into": ${JSON.stringify(entry.into)}`);
  if (entry.before !== undefined) {
    const before = stateFields
      .filter((field) => entry.before?.[field] !== undefined)
      .map((field) => `${JSON.stringify(field)}: ${JSON.stringify(entry.before?.[field])}`);
    parts.push(`"before": { ${before.join(', ')} }`);
  }
  return `{ ${parts.join(', ')} }`;
}

/** Writes the lock file, creating its folder. */
export function writeRulesLock(root: string, file: string, lock: RulesLock): void {
  const absolute = path.join(root, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, serialiseRulesLock(lock));
}
