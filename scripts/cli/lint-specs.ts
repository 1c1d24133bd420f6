#!/usr/bin/env node
// `npm run lint:specs`: checks every API description in the specs folder as the build does (syntax first,
// then Redocly's lint with the house rules of redocly.yaml; third-party specs in specs/external/ for
// structure and $refs, their house-rule findings counted) and prints each problem as
// `file:line:col  message  (hint) [Code]`. Exits 1 on any error; warnings are printed and pass.
// Redocly's telemetry is off in every run (scripts/openapi/redocly-cli.ts).
import { loadArchbookConfig } from '../config/load.ts';
import { readHosting } from '../config/hosting.ts';
import { formatFinding } from '../findings.ts';
import { checkSpecs } from '../openapi/check.ts';
import { readSpecFiles } from '../openapi/spec-files.ts';
import { contentRoot } from '../paths.ts';
import { readRulesLock } from '../rules/lock.ts';

const config = await loadArchbookConfig(contentRoot);
const hosting = readHosting(process.env);
const files = readSpecFiles(contentRoot, config.content.specs, config.api.externalDir);
const { errors, warnings, conformance } = await checkSpecs({
  root: contentRoot,
  files,
  ruleUrl: (id) => `${hosting.site ?? ''}${hosting.base}rules/${id}/`,
  knownRuleIds: new Set(readRulesLock(contentRoot, config.rules.lockFile).ids),
});
for (const finding of errors) process.stderr.write(`${formatFinding(finding)}\n`);
for (const finding of warnings) process.stderr.write(`warning: ${formatFinding(finding)}\n`);
for (const [name, rows] of conformance) {
  const findings = rows.reduce((sum, row) => sum + row.findings, 0);
  const spec = files.specs.find((candidate) => candidate.name === name);
  process.stdout.write(
    `${spec?.file ?? name}: third-party, ${findings} house-rule finding(s), counted, not enforced\n`,
  );
}
process.stdout.write(
  `${files.specs.length} spec(s) in ${config.content.specs}/: ${errors.length} error(s), ${warnings.length} warning(s)\n`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
