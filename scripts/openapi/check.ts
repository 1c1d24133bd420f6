import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings.ts';
import { findUnknownHouseRules } from './house-rules.ts';
import { lintSpecs } from './lint.ts';
import { parseSpecFile, type SpecFiles } from './spec-files.ts';

/** Name of the lint configuration at the content root. */
export const lintConfigFile = 'redocly.yaml';

/** Options of {@link checkSpecs}. */
export interface CheckSpecsOptions {
  /** Content root. */
  readonly root: string;
  /** The specs folder, read by `readSpecFiles`. */
  readonly files: SpecFiles;
  /** URL of a handbook rule's page, for house-rule hints. */
  readonly ruleUrl: (id: string) => string;
  /** Every rule ID the handbook has published; house rules naming another ID are warned about. */
  readonly knownRuleIds?: ReadonlySet<string>;
  readonly timeoutMs?: number;
}

/** The findings of {@link checkSpecs}: errors stop the build, warnings are printed. */
export interface SpecCheck {
  readonly errors: Finding[];
  readonly warnings: Finding[];
  /** `redocly.yaml` relative to the root, or undefined when there is none (Redocly's recommended rules). */
  readonly configFile: string | undefined;
}

/**
 * Checks the specs folder as the build and `npm run lint:specs` do: first the syntax of every spec file
 * and of `redocly.yaml` (a file that does not parse cannot be linted, so syntax errors come alone), then
 * Redocly's lint of every top-level spec with the house rules.
 */
export async function checkSpecs({
  root,
  files,
  ruleUrl,
  knownRuleIds,
  timeoutMs,
}: CheckSpecsOptions): Promise<SpecCheck> {
  const configFile = existsSync(path.join(root, lintConfigFile)) ? lintConfigFile : undefined;
  const configSource = configFile === undefined ? '' : readFileSync(path.join(root, configFile), 'utf8');
  const syntax = [
    ...files.findings,
    ...(configFile === undefined ? [] : parseSpecFile(configSource, configFile).findings),
  ];
  if (syntax.length > 0) return { errors: syntax, warnings: [], configFile };
  const lint = await lintSpecs({
    root,
    specs: files.specs,
    configFile,
    ruleUrl,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  const skipped = files.skipped.map((file): Finding => ({
    code: 'SpecSkipped',
    message: 'has no openapi or swagger key, so it is not published as an API',
    hint: 'keep fragments that other files $ref in a subfolder of the specs folder',
    location: { file, line: 1, column: 1 },
  }));
  const unknown =
    configFile === undefined || knownRuleIds === undefined
      ? []
      : findUnknownHouseRules(configSource, configFile, knownRuleIds);
  return { errors: lint.errors, warnings: [...skipped, ...lint.warnings, ...unknown], configFile };
}
