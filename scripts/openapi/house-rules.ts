import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../findings.ts';
import { houseRuleId } from './lint-report.ts';

/**
 * Finds house rules in the lint configuration (`rule/<ID>-…`) whose ID is not a rule of the handbook, so
 * their messages would send readers to a permalink that does not exist: one finding per ID, at its first
 * check. An empty set of known IDs (no rules lock yet) checks nothing. Pure.
 * @param source - text of `redocly.yaml`
 * @param file - its path, for messages
 * @param knownIds - every rule ID the handbook has published (the rules lock)
 */
export function findUnknownHouseRules(source: string, file: string, knownIds: ReadonlySet<string>): Finding[] {
  if (knownIds.size === 0) return [];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const { key, id, line, column } of houseRuleKeys(source) ?? []) {
    if (knownIds.has(id) || reported.has(id)) continue;
    reported.add(id);
    findings.push({
      code: 'SpecHouseRuleUnknown',
      message: `${key} checks rule ${id}, which the handbook does not define; its messages link to a missing page`,
      hint: `define ${id} in a guideline page, or rename the check after an existing rule ID`,
      location: { file, line, column },
    });
  }
  return findings;
}

/**
 * The rule IDs the house checks of the lint configuration are named after (`rule/<ID>-…` keys of `rules:`,
 * switched off or not), read as YAML reads a key, escapes included; undefined when the file does not
 * parse. Pure.
 * @param source - text of `redocly.yaml`
 */
export function houseRuleIdsNamed(source: string): ReadonlySet<string> | undefined {
  const keys = houseRuleKeys(source);
  return keys === undefined ? undefined : new Set(keys.map(({ id }) => id));
}

/** The `rules:` keys named after a rule ID, in file order, where each is written; undefined when the file does not parse. */
function houseRuleKeys(
  source: string,
): { readonly key: string; readonly id: string; readonly line: number; readonly column: number }[] | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const rules = document.get('rules', true);
  if (document.errors.length > 0) return undefined;
  if (!isMap(rules)) return [];
  return rules.items.flatMap((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const id = houseRuleId(key);
    if (id === undefined) return [];
    const position =
      isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]) : { line: 1, col: 1 };
    return [{ key, id, line: position.line, column: position.col }];
  });
}
