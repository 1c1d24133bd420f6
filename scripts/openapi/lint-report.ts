import path from 'node:path';
import type { Finding } from '../findings.ts';

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
}

/** Redocly names house rules `rule/<ID>-<what>`; the ID is the handbook's rule ID. */
const houseRulePattern = /^rule\/([A-Z]{2,6}-[0-9]{3})(?:-|$)/;

/** The handbook rule ID a Redocly rule name stands for: `API-001` for `rule/API-001-decimal-as-string`. */
export function houseRuleId(ruleId: string): string | undefined {
  return houseRulePattern.exec(ruleId)?.[1];
}

interface RedoclyLocation {
  readonly source?: { readonly ref?: string };
  readonly pointer?: string;
  readonly start?: { readonly line?: number; readonly col?: number };
}

interface RedoclyProblem {
  readonly ruleId?: string;
  readonly severity?: string;
  readonly message?: string;
  readonly location?: readonly RedoclyLocation[];
  readonly reference?: string;
  readonly suggest?: readonly string[];
}

/**
 * Reads the output of `redocly lint --format=json`: one JSON report per linted API, written one after the
 * other. Pure.
 * @returns the findings, or undefined when the text holds no such report (Redocly failed before linting)
 */
export function readLintReport(json: string, context: LintReportContext): LintOutcome | undefined {
  const reports = splitJsonObjects(json)
    .map((text) => {
      try {
        return JSON.parse(text) as { problems?: unknown };
      } catch {
        return undefined;
      }
    })
    .filter((report) => typeof report === 'object' && Array.isArray(report.problems));
  if (reports.length === 0) return undefined;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  for (const report of reports) {
    for (const problem of report?.problems as RedoclyProblem[]) {
      (problem.severity === 'error' ? errors : warnings).push(toFinding(problem, context));
    }
  }
  return { errors, warnings };
}

/** Splits concatenated top-level JSON objects (`{…}{…}`), minding strings. Pure. */
export function splitJsonObjects(text: string): string[] {
  const objects: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      if (depth === 0) start = index;
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) objects.push(text.slice(start, index + 1));
    }
  }
  return objects;
}

function toFinding(problem: RedoclyProblem, context: LintReportContext): Finding {
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
    message: `${withoutRoot((problem.message ?? 'problem').trim(), context.root)} (${ruleId}${pointer})`,
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

/**
 * Reads the problems Redocly prints (as code frames, to stderr) when it cannot start linting: an invalid
 * `redocly.yaml`, or a file it could not parse. Pure.
 */
export function readRedoclyFailures(
  stderr: string,
  context: Pick<LintReportContext, 'root' | 'configFile'>,
): Finding[] {
  const findings: Finding[] = [];
  const lines = stderr.replace(/\r/g, '').split('\n');
  lines.forEach((line, index) => {
    const frame = /^\[\d+\] (.+?):(\d+):(\d+)(?: at (#\S*))?\s*$/.exec(line);
    if (frame) {
      const [, file = '', row = '1', column = '1', pointer] = frame;
      const message =
        lines
          .slice(index + 1)
          .find((next) => next.trim() !== '')
          ?.trim() ?? 'problem';
      findings.push({
        code: 'SpecLintConfigInvalid',
        message: `${message}${pointer === undefined ? '' : ` (at ${pointer})`}`,
        hint: `fix ${context.configFile}; its options are described at https://redocly.com/docs/cli/configuration`,
        location: { file: displayPath(context.root, file), line: Number(row), column: Number(column) },
      });
      return;
    }
    const parse = /^\s*- (.+?) in "(.+?)" \((\d+):(\d+)\)\s*$/.exec(line);
    if (parse) {
      const [, message = '', file = '', row = '1', column = '1'] = parse;
      findings.push({
        code: 'SpecYamlInvalid',
        message: `Redocly could not parse the file: ${message}`,
        hint: 'fix the syntax at this position',
        location: { file: displayPath(context.root, file), line: Number(row), column: Number(column) },
      });
    }
  });
  return findings;
}

/** Redocly names files by absolute path in some messages; the content root is left out, as everywhere. */
function withoutRoot(message: string, root: string): string {
  return message.split(`${path.resolve(root)}${path.sep}`).join('');
}

function displayPath(root: string, file: string): string {
  const absolute = path.resolve(root, file);
  const relative = path.relative(root, absolute);
  return (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
}
