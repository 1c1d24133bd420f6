#!/usr/bin/env node
// `npm run check:rules`: the rule check alone, in about a second: duplicate, malformed, unknown, retired
// and vanished rule IDs, with file:line, and the rule changes the lock does not record yet (a problem with
// CI=true, as in the build). Does not write the lock file: `npm run lock:rules` does.
import { loadArchbookConfig } from '../config/load.ts';
import { formatFinding } from '../findings.ts';
import { contentRoot } from '../paths.ts';
import { readBuildDate } from '../rules/build-date.ts';
import { checkRules } from '../rules/check.ts';
import { planLock } from '../rules/lock-plan.ts';
import { isCi } from '../rules/settle-lock.ts';
import { lockCommand, staleLockFindings, summariseChanges } from '../rules/stale-lock.ts';

const config = await loadArchbookConfig(contentRoot);
const { registry, lock, findings, pageCount } = checkRules(contentRoot, config);
const { changes } = planLock(lock, registry, readBuildDate(process.env));
const problems = isCi(process.env) ? [...findings, ...staleLockFindings(changes, config.rules.lockFile)] : findings;
for (const finding of problems) process.stderr.write(`${formatFinding(finding)}\n`);
if (changes.length > 0 && !isCi(process.env)) {
  process.stdout.write(`not yet in the lock: ${summariseChanges(changes)}; \`${lockCommand}\` records them\n`);
}
process.stdout.write(`${registry.rules.length} rules in ${pageCount} pages; ${problems.length} problem(s)\n`);
process.exitCode = problems.length === 0 ? 0 : 1;
