import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings.ts';
import type { ConformanceRow } from './conformance.ts';
import { lintExternalSpecs } from './external-lint.ts';
import { readHouseChecks } from './house-checks.ts';
import { findUnknownHouseRules } from './house-rules.ts';
import { lintSpecs } from './lint.ts';
import type { SpecFiles } from './spec-files.ts';
import { parseSpecFile } from './spec-parse.ts';

/** Name of the lint configuration at the content root. */
export const lintConfigFile = 'redocly.yaml';
/** Redocly's file of accepted problems, beside the configuration (`redocly lint --generate-ignore-file`). */
export const lintIgnoreFile = '.redocly.lint-ignore.yaml';

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
  /** Permalink of a rule in the conformance tables, or undefined to show the ID unlinked. */
  readonly ruleHref?: (id: string) => string | undefined;
  readonly timeoutMs?: number;
}

/** The findings of {@link checkSpecs}: errors stop the build, warnings are printed. */
export interface SpecCheck {
  readonly errors: Finding[];
  readonly warnings: Finding[];
  /** `redocly.yaml` relative to the root, or undefined when there is none (Redocly's recommended rules). */
  readonly configFile: string | undefined;
  /** Conformance table of each third-party spec, by spec name. */
  readonly conformance: ReadonlyMap<string, ConformanceRow[]>;
}

/**
 * Checks the specs folder as the build and `npm run lint:specs` do: first the syntax of every spec file
 * and of `redocly.yaml`, and that every top-level file is OpenAPI (a file that does not parse cannot be
 * linted, so these errors come alone), then Redocly's lint of the team's own specs with the house rules,
 * and of the third-party specs for structure and `$ref`s, with their house-rule findings counted.
 */
export async function checkSpecs({
  root,
  files,
  ruleUrl,
  knownRuleIds,
  ruleHref = () => undefined,
  timeoutMs,
}: CheckSpecsOptions): Promise<SpecCheck> {
  const configFile = existsSync(path.join(root, lintConfigFile)) ? lintConfigFile : undefined;
  const configSource = configFile === undefined ? '' : readFileSync(path.join(root, configFile), 'utf8');
  const syntax = [
    ...files.findings,
    ...(configFile === undefined ? [] : parseSpecFile(configSource, configFile).findings),
  ];
  if (syntax.length > 0) return { errors: syntax, warnings: [], configFile, conformance: new Map() };
  const timeout = timeoutMs === undefined ? {} : { timeoutMs };
  const own = files.specs.filter((spec) => spec.kind === 'own');
  const lint = await lintSpecs({ root, specs: own, configFile, ruleUrl, ...timeout });
  const external = await lintExternalSpecs({
    root,
    specs: files.specs.filter((spec) => spec.kind === 'external'),
    checks: readHouseChecks(configSource),
    ruleUrl,
    ruleHref,
    ...timeout,
  });
  const unknown =
    configFile === undefined || knownRuleIds === undefined
      ? []
      : findUnknownHouseRules(configSource, configFile, knownRuleIds);
  return {
    errors: [...lint.errors, ...external.errors],
    warnings: [...lint.warnings, ...unknown],
    configFile,
    conformance: external.conformance,
  };
}
