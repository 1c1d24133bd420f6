import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Finding } from '../findings.ts';
import { ruleIdPattern, type RetiredRule } from './rule.ts';

/**
 * Reads the list of retired rule IDs:
 * ```yaml
 * - id: LOG-009
 *   replacedBy: LOG-002
 *   reason: Merged into LOG-002.
 * ```
 * A missing file means nothing was retired.
 * @param root - content root
 * @param file - path of the file relative to the root
 */
export function readRetiredRules(root: string, file: string): { retired: RetiredRule[]; findings: Finding[] } {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return { retired: [], findings: [] };
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(absolute, 'utf8'), { lineCounter });
  const findings: Finding[] = [];
  const at = (node: Node | null | undefined) => {
    const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    return { file, line: position?.line ?? 1, column: position?.col ?? 1 };
  };
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = yamlError.linePos?.[0];
    findings.push({
      code: 'RetiredFileInvalid',
      message: `not valid YAML: ${yamlError.message.split('\n')[0] ?? ''}`,
      hint: 'fix the YAML; each entry needs id, replacedBy (optional) and reason',
      location: { file, line: position?.line ?? 1, column: position?.col ?? 1 },
    });
    return { retired: [], findings };
  }
  if (document.contents === null) return { retired: [], findings };
  if (!isSeq(document.contents)) {
    findings.push({
      code: 'RetiredFileInvalid',
      message: 'the retired-rules file must be a YAML list',
      hint: 'write one "- id: …" entry per retired rule, or [] for none',
      location: at(document.contents),
    });
    return { retired: [], findings };
  }
  const retired: RetiredRule[] = [];
  for (const item of document.contents.items) {
    const location = at(item);
    const entry: unknown = isMap(item) ? item.toJSON() : undefined;
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const id = typeof record['id'] === 'string' ? record['id'] : '';
    const replacedBy = typeof record['replacedBy'] === 'string' ? record['replacedBy'] : undefined;
    const reason = typeof record['reason'] === 'string' ? record['reason'].trim() : '';
    if (!ruleIdPattern.test(id) || (replacedBy !== undefined && !ruleIdPattern.test(replacedBy))) {
      findings.push({
        code: 'RetiredEntryInvalid',
        message: `retired entry has a malformed ID ("${id}"${replacedBy === undefined ? '' : ` → "${replacedBy}"`})`,
        hint: 'use IDs like LOG-002 for id and replacedBy',
        location,
      });
      continue;
    }
    if (reason === '') {
      findings.push({
        code: 'RetiredEntryInvalid',
        message: `retired rule ${id} gives no reason`,
        hint: 'add `reason:`, one sentence a reader of the old link will see',
        location,
      });
      continue;
    }
    retired.push({ id, replacedBy, reason, location });
  }
  return { retired, findings };
}
