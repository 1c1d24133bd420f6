#!/usr/bin/env node
// `npm run check:rules`: the rule check alone, in about a second: duplicate, malformed, unknown, retired
// and vanished rule IDs, with file:line. Does not write the lock file.
import { loadArchbookConfig } from '../config/load.ts';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { formatFinding } from '../findings.ts';
import { contentRoot, docsDir } from '../paths.ts';
import { findVanishedIds, readLockSource, readRulesLock } from '../rules/lock.ts';
import { buildRuleRegistry } from '../rules/registry.ts';
import { readRetiredRules } from '../rules/retired.ts';

const config = await loadArchbookConfig(contentRoot);
const pages = readMarkdownFiles(contentRoot, docsDir);
const retired = readRetiredRules(contentRoot, config.rules.retiredFile);
const { registry, findings } = buildRuleRegistry(pages.files, retired.retired);
const known = new Set([...registry.byId.keys(), ...registry.retiredById.keys()]);
const lock = readRulesLock(contentRoot, config.rules.lockFile);
const vanished = findVanishedIds(
  lock,
  known,
  config.rules.lockFile,
  readLockSource(contentRoot, config.rules.lockFile),
  config.rules.retiredFile,
);
const all = [...pages.findings, ...retired.findings, ...findings, ...vanished];
for (const finding of all) process.stderr.write(`${formatFinding(finding)}\n`);
process.stdout.write(`${registry.rules.length} rules in ${pages.files.length} pages; ${all.length} problem(s)\n`);
process.exitCode = all.length === 0 ? 0 : 1;
