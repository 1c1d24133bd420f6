import { readLintReport, readRedoclyFailures, type LintOutcome } from './lint-report.ts';
import { runRedocly } from './redocly-cli.ts';
import type { SpecSource } from './spec-files.ts';
import { unresolvedRefExplainer } from './unresolved-ref.ts';

/** Options of {@link lintSpecs}. */
export interface LintSpecsOptions {
  /** Content root; Redocly runs there, so paths in findings are relative to it. */
  readonly root: string;
  readonly specs: readonly SpecSource[];
  /** Lint configuration relative to the root, or undefined for Redocly's recommended ruleset. */
  readonly configFile: string | undefined;
  /** URL of a handbook rule's page, named in the hints of house-rule findings. */
  readonly ruleUrl: (id: string) => string;
  readonly timeoutMs?: number;
}

/**
 * Lints the top-level specs (and every file they `$ref`) with Redocly CLI in one run, as JSON, and turns
 * each problem into a finding with file:line:col and JSON pointer. A `redocly.yaml` with mistakes is an
 * error too (`--lint-config=error`).
 */
export async function lintSpecs({
  root,
  specs,
  configFile,
  ruleUrl,
  timeoutMs,
}: LintSpecsOptions): Promise<LintOutcome> {
  if (specs.length === 0) return { errors: [], warnings: [] };
  const args = [
    'lint',
    ...specs.map((spec) => spec.file),
    '--format=json',
    '--max-problems=10000',
    '--lint-config=error',
  ];
  if (configFile !== undefined) args.push('--config', configFile);
  const run = await runRedocly(args, { cwd: root, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  const context = { root, ruleUrl, configFile: configFile ?? 'redocly.yaml', explainRef: unresolvedRefExplainer(root) };
  const outcome = readLintReport(run.stdout, context);
  const failures = readRedoclyFailures(run.stderr, context);
  if (outcome !== undefined) return { errors: [...failures, ...outcome.errors], warnings: outcome.warnings };
  if (failures.length > 0) return { errors: failures, warnings: [] };
  return {
    errors: [
      {
        code: 'SpecLintFailed',
        message: `Redocly CLI stopped (exit ${run.code}) without a report: ${lastLines(run.stderr || run.stdout)}`,
        hint: 'run `npm run lint:specs` to see its full output',
        location: { file: specs[0]?.file ?? 'specs', line: 1, column: 1 },
      },
    ],
    warnings: [],
  };
}

function lastLines(text: string): string {
  const lines = text
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.slice(-3).join(' / ') || '(no output)';
}
