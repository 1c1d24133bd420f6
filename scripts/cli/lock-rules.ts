#!/usr/bin/env node
// `npm run lock:rules`: records rule changes in the rules lock without a whole build, in about a second.
// The same check and history as `npm run build`; the command a CI failure on a stale lock names.
import { loadArchbookConfig } from '../config/load.ts';
import { formatFinding } from '../findings.ts';
import { contentRoot } from '../paths.ts';
import { readBuildDate } from '../rules/build-date.ts';
import { checkRules } from '../rules/check.ts';
import { writeRulesLock } from '../rules/lock-file.ts';
import { planLock } from '../rules/lock-plan.ts';
import { summariseChanges } from '../rules/stale-lock.ts';

const config = await loadArchbookConfig(contentRoot);
const { registry, lock, findings } = checkRules(contentRoot, config);
for (const finding of findings) process.stderr.write(`${formatFinding(finding)}\n`);
if (findings.length > 0) {
  process.stderr.write(`${findings.length} problem(s); ${config.rules.lockFile} was left as it was\n`);
  process.exitCode = 1;
} else {
  const plan = planLock(lock, registry, readBuildDate(process.env));
  writeRulesLock(contentRoot, config.rules.lockFile, plan.lock);
  process.stdout.write(
    plan.changes.length === 0
      ? `${config.rules.lockFile}: no rule changed\n`
      : `${config.rules.lockFile} records ${plan.changes.length} rule change(s): ${summariseChanges(plan.changes)}; review and commit it\n`,
  );
}
