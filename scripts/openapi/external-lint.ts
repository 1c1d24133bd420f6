import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Finding } from '../findings.ts';
import { workDir } from '../paths.ts';
import { conformanceRows, type ConformanceRow } from './conformance.ts';
import { externalLintConfig, isStructuralRule, type HouseCheck } from './house-checks.ts';
import { problemFinding } from './lint-report.ts';
import { readRedoclyFailures, readRedoclyReports } from './redocly-output.ts';
import { runRedocly } from './redocly-cli.ts';
import type { SpecSource } from './spec-files.ts';
import { unresolvedRefExplainer } from './unresolved-ref.ts';

/** Options of {@link lintExternalSpecs}. */
export interface LintExternalOptions {
  /** Content root; Redocly runs there. */
  readonly root: string;
  /** The third-party specs. */
  readonly specs: readonly SpecSource[];
  /** House checks of the lint configuration (see `readHouseChecks`). */
  readonly checks: readonly HouseCheck[];
  /** URL of a handbook rule's page, for hints. */
  readonly ruleUrl: (id: string) => string;
  /** Permalink of a rule for the conformance table, or undefined when the handbook does not publish it. */
  readonly ruleHref: (id: string) => string | undefined;
  readonly timeoutMs?: number;
}

/** Errors of the third-party specs, and their conformance tables by spec name. */
export interface ExternalLintOutcome {
  readonly errors: Finding[];
  readonly conformance: ReadonlyMap<string, ConformanceRow[]>;
}

/**
 * Lints each third-party spec on its own (a Redocly run each, so every problem belongs to one spec) with a
 * configuration of structure, `$ref` and house checks (see `externalLintConfig`). Structural problems and
 * dangling `$ref`s are errors with file:line:col; house-check problems are only counted.
 */
export async function lintExternalSpecs(options: LintExternalOptions): Promise<ExternalLintOutcome> {
  const errors: Finding[] = [];
  const conformance = new Map<string, ConformanceRow[]>();
  if (options.specs.length === 0) return { errors, conformance };
  const configFile = path.posix.join(workDir, 'redocly-external.yaml');
  mkdirSync(path.join(options.root, workDir), { recursive: true });
  writeFileSync(path.join(options.root, configFile), stringify(externalLintConfig(options.checks)));
  const context = {
    root: options.root,
    ruleUrl: options.ruleUrl,
    configFile: 'redocly.yaml',
    explainRef: unresolvedRefExplainer(options.root),
  };
  for (const spec of options.specs) {
    const args = ['lint', spec.file, '--format=json', '--max-problems=1000000', '--config', configFile];
    const timeout = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
    const run = await runRedocly(args, { cwd: options.root, ...timeout });
    const problems = readRedoclyReports(run.stdout)?.flat();
    errors.push(...readRedoclyFailures(run.stderr, context));
    if (problems === undefined) {
      errors.push(noReport(spec, run.code, run.stderr));
      continue;
    }
    const counts = new Map<string, number>();
    for (const problem of problems) {
      if (isStructuralRule(problem.ruleId)) errors.push(problemFinding(problem, context));
      else counts.set(problem.ruleId ?? '', (counts.get(problem.ruleId ?? '') ?? 0) + 1);
    }
    conformance.set(spec.name, conformanceRows(options.checks, counts, options.ruleHref));
  }
  return { errors, conformance };
}

function noReport(spec: SpecSource, code: number, stderr: string): Finding {
  const tail = stderr.trim().split('\n').slice(-3).join(' / ') || '(no output)';
  return {
    code: 'SpecLintFailed',
    message: `Redocly CLI stopped (exit ${code}) without a report: ${tail}`,
    hint: 'run `npm run lint:specs` to see its full output',
    location: { file: spec.file, line: 1, column: 1 },
  };
}
