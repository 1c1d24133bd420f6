import type { ArchbookConfig } from '../config/schema.ts';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import type { Finding } from '../findings.ts';
import { checkKits, type ScopeKit } from '../kit/kit-check.ts';
import { kitScopes } from '../kit/kit-scopes.ts';
import { readRedoclyRuleNames } from '../kit/redocly-rules.ts';
import { docsDir } from '../paths.ts';
import { findVanishedIds, readLockSource, readRulesLock, type RulesLock } from './lock.ts';
import { buildRuleRegistry, type RuleRegistry } from './registry.ts';
import { readRetiredRules } from './retired.ts';
import { openScanCache } from './scan-cache.ts';

/** Everything the rule check found: the registry, the lock it was compared with, and every problem. */
export interface RuleCheck {
  readonly registry: RuleRegistry;
  readonly lock: RulesLock;
  /** The tool kit of each scope, assembled from the rules' kit blocks. */
  readonly kits: readonly ScopeKit[];
  /** Frontmatter, rule, reference, retired-file and vanished-ID problems, each with file:line. */
  readonly findings: Finding[];
  /** How many pages were read. */
  readonly pageCount: number;
}

/**
 * Reads every page, the retired list and the lock, and checks them together. Reports, writes nothing:
 * the build fails on the findings and adds new IDs to the lock; `npm run check:rules` only prints.
 * @param root - content root
 */
export function checkRules(root: string, config: ArchbookConfig): RuleCheck {
  const { lockFile, retiredFile } = config.rules;
  const pages = readMarkdownFiles(root, docsDir);
  const retired = readRetiredRules(root, retiredFile);
  const scans = openScanCache(root);
  const built = buildRuleRegistry(pages.files, retired.retired, config, (file) => scans.scan(file));
  scans.save();
  const lock = readRulesLock(root, lockFile);
  const known = new Set([...built.definedIds, ...built.registry.retiredById.keys()]);
  const scopes = kitScopes(config.scopes);
  const kit = checkKits(built.registry.rules, scopes, readRedoclyRuleNames(root));
  const vanished = findVanishedIds(lock, known, lockFile, readLockSource(root, lockFile), retiredFile);
  return {
    registry: built.registry,
    lock,
    kits: kit.kits,
    findings: [...pages.findings, ...retired.findings, ...built.findings, ...kit.findings, ...vanished],
    pageCount: pages.files.length,
  };
}
