import path from 'node:path';
import type { Finding } from '../findings.ts';
import { displayPath, readRedoclyReports, type RedoclyProblem } from './redocly-output.ts';

export { readRedoclyFailures, splitJsonObjects } from './redocly-output.ts';

/** Lint problems split by severity: errors stop the build, warnings are printed. */
export interface LintOutcome {
  readonly errors: Finding[];
  readonly warnings: Finding[];
}

/** What turning Redocly's report into findings needs to know. */
export interface LintReportContext {
  /** Folder Redocly ran in (its paths are relative to it); messages are made relative to it too. */
  readonly root: string;
  /** URL of a handbook rule's permalink page, e.g. `https://handbook.acme.dev/rules/API-001/`. */
  readonly ruleUrl: (id: string) => string;
  /** Name of the lint configuration, for hints. */
  readonly configFile: string;
  /** A clearer message for an unresolved `$ref` (see `unresolvedRefExplainer`), or undefined to keep Redocly's. */
  readonly explainRef?: (problem: RedoclyProblem) => string | undefined;
}

/** Redocly names house rules `rule/<ID>-<what>`; the ID is the handbook's rule ID. */
const houseRulePattern = /^rule\/([A-Z]{2,6}-[0-9]{3})(?:-|$)/;

/** The handbook rule ID a Redocly rule name stands for: `API-001` for `rule/API-001-decimal-as-string`. */
export function houseRuleId(ruleId: string): string | undefined {
  return houseRulePattern.exec(ruleId)?.[1];
}

/**
 * Reads the output of `redocly lint --format=json`: one JSON report per linted API, written one after the
 * other. Pure.
 * @returns the findings, or undefined when the text holds no such report (Redocly failed before linting)
 */
export function readLintReport(json: string, context: LintReportContext): LintOutcome | undefined {
  const reports = readRedoclyReports(json);
  if (reports === undefined) return undefined;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const problem of reports.flat()) {
    (problem.severity === 'error' ? errors : warnings).push(problemFinding(problem, context));
  }
  return { errors, warnings };
}

/** One Redocly problem as a finding: file:line:col, the message with its rule and JSON pointer, a hint. Pure. */
export function problemFinding(problem: RedoclyProblem, context: LintReportContext): Finding {
  const ruleId = problem.ruleId ?? 'redocly';
  const where = problem.location?.[0];
  const file = where?.source?.ref === undefined ? context.configFile : displayPath(context.root, where.source.ref);
  const pointer = where?.pointer === undefined || where.pointer === '' ? '' : ` at ${where.pointer}`;
  const id = houseRuleId(ruleId);
  return {
    code:
      id !== undefined
        ? 'SpecHouseRuleViolated'
        : ruleId === 'no-unresolved-refs'
          ? 'SpecRefUnresolved'
          : 'SpecLintProblem',
    message: `${context.explainRef?.(problem) ?? withoutRoot((problem.message ?? 'problem').trim(), context.root)} (${ruleId}${pointer})`,
    hint: hintFor(problem, ruleId, id, context),
    location: { file, line: where?.start?.line ?? 1, column: where?.start?.col ?? 1 },
  };
}

function hintFor(problem: RedoclyProblem, ruleId: string, id: string | undefined, context: LintReportContext): string {
  const suggestion =
    problem.suggest && problem.suggest.length > 0 ? `did you mean ${problem.suggest.join(' or ')}? ` : '';
  if (id !== undefined)
    return `${suggestion}read the rule at ${context.ruleUrl(id)}; the check is ${ruleId} in ${context.configFile}`;
  if (ruleId === 'no-unresolved-refs')
    return 'fix the $ref: a relative path is resolved from the file that contains it';
  const reference = problem.reference ?? `https://redocly.com/docs/cli/rules/built-in-rules`;
  return `${suggestion}see ${reference}; change its severity in ${context.configFile} if it does not apply`;
}

/** Redocly names files by absolute path in some messages; the content root is left out, as everywhere. */
function withoutRoot(message: string, root: string): string {
  return message.split(`${path.resolve(root)}${path.sep}`).join('');
}
