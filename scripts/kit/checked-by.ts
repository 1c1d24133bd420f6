import type { SourceLocation } from '../errors.ts';
import type { Finding } from '../findings.ts';

/** Tools a rule can name in `checkedBy`, and what the check part names for each. */
export const checkTools = {
  redocly: 'a rule in redocly.yaml, e.g. redocly:rule/HTTP-001-status',
  yapf: 'a key of [tool.yapf] in the kit, e.g. yapf:column_limit',
  isort: 'a key of [tool.isort] in the kit, e.g. isort:profile',
  black: 'a key of [tool.black] in the kit, e.g. black:line-length',
  mypy: 'a key of [tool.mypy] in the kit, e.g. mypy:strict_optional',
  flake8: 'a key of [flake8] in the kit or a flake8 code, e.g. flake8:max-line-length or flake8:E501',
  editorconfig: 'a key of .editorconfig in the kit, e.g. editorconfig:indent_style',
  importlinter: 'the name of an import-linter contract in the kit',
} as const;

/** A tool `checkedBy` may name. */
export type CheckTool = keyof typeof checkTools;

/** One check that enforces a rule: `flake8:E501`. */
export interface CheckReference {
  readonly tool: CheckTool;
  readonly check: string;
}

/** `checkedBy="flake8:E501 importlinter:'Core does not import adapters'"`: space-separated, quotes keep spaces. */
const checkPattern = /([a-z0-9]+):(?:'([^']*)'|(\S+))/g;

/**
 * Reads a rule's `checkedBy` attribute. Unknown tools and malformed entries are findings at the rule.
 * Pure.
 */
export function readCheckedBy(
  attribute: string | null | undefined,
  ruleId: string,
  location: SourceLocation,
): { checks: CheckReference[]; findings: Finding[] } {
  const checks: CheckReference[] = [];
  const findings: Finding[] = [];
  const text = attribute ?? '';
  const leftover = text.replace(checkPattern, '').trim();
  if (leftover !== '') {
    findings.push({
      code: 'CheckedByMalformed',
      message: `checkedBy of ${ruleId} has "${leftover}", which is not tool:check`,
      hint: "write space-separated tool:check pairs, quoting a check with spaces: importlinter:'Core is independent'",
      location,
    });
  }
  for (const match of text.matchAll(checkPattern)) {
    const tool = match[1] ?? '';
    const check = match[2] ?? match[3] ?? '';
    if (!isCheckTool(tool)) {
      findings.push({
        code: 'CheckedByUnknownTool',
        message: `checkedBy of ${ruleId} names the tool "${tool}", which archbook cannot verify`,
        hint: `use one of ${Object.keys(checkTools).join(', ')}`,
        location,
      });
      continue;
    }
    checks.push({ tool, check });
  }
  return { checks, findings };
}

/** `flake8:E501` as written in the rule. */
export function formatCheck(check: CheckReference): string {
  return `${check.tool}:${check.check}`;
}

function isCheckTool(name: string): name is CheckTool {
  return Object.hasOwn(checkTools, name);
}
