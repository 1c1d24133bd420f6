#!/usr/bin/env node
// `npm run lint:specs`: checks every API description in the specs folder as the build does (syntax first,
// then Redocly's lint with the house rules of redocly.yaml) and prints each problem as
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
const { errors, warnings } = await checkSpecs({
  root: contentRoot,
  files,
  ruleUrl: (id) => `${hosting.site ?? ''}${hosting.base}rules/${id}/`,
  knownRuleIds: new Set(readRulesLock(contentRoot, config.rules.lockFile).ids),
});
for (const finding of errors) process.stderr.write(`${formatFinding(finding)}\n`);
for (const finding of warnings) process.stderr.write(`warning: ${formatFinding(finding)}\n`);
process.stdout.write(
  `${files.specs.length} spec(s) in ${config.content.specs}/: ${errors.length} error(s), ${warnings.length} warning(s)\n`,
);
process.exitCode = errors.length === 0 ? 0 : 1;
