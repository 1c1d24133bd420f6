#!/usr/bin/env node
// `npm run check:rules`: the rule check alone, in about a second: duplicate, malformed, unknown, retired
// and vanished rule IDs, with file:line. Does not write the lock file.
import { loadArchbookConfig } from '../config/load.ts';
import { formatFinding } from '../findings.ts';
import { contentRoot } from '../paths.ts';
import { checkRules } from '../rules/check.ts';

const { registry, findings, pageCount } = checkRules(contentRoot, await loadArchbookConfig(contentRoot));
for (const finding of findings) process.stderr.write(`${formatFinding(finding)}\n`);
process.stdout.write(`${registry.rules.length} rules in ${pageCount} pages; ${findings.length} problem(s)\n`);
process.exitCode = findings.length === 0 ? 0 : 1;
