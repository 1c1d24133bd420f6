import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';

/**
 * Names of the rules `redocly.yaml` configures (its `rules:` map), for verifying `redocly:` checks.
 * A missing or unreadable file configures none; the spec pipeline reports its syntax errors.
 */
export function readRedoclyRuleNames(root: string, file = 'redocly.yaml'): Set<string> {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return new Set();
  const rules = parseDocument(readFileSync(absolute, 'utf8')).get('rules', true);
  if (!isMap(rules)) return new Set();
  return new Set(rules.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : [])));
}
