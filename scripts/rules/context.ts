import type { ArchbookConfig } from '../config/schema.ts';
import { readMarkdownFiles } from '../content/markdown-files.ts';
import { failOnFindings } from '../findings.ts';
import { docsDir } from '../paths.ts';
import { findVanishedIds, readLockSource, readRulesLock, updateRulesLock } from './lock.ts';
import { buildRuleRegistry, type RuleRegistry } from './registry.ts';
import { readRetiredRules } from './retired.ts';
import { pagePath } from '../content/slug.ts';
import { ruleAnchor, type RuleDefinition } from './rule.ts';

/** The rules of the current build, re-read when content changes in dev. */
export interface RuleContext {
  /** The last registry that passed every check. */
  readonly registry: RuleRegistry;
  /** Path of the section a rule is in, without the base: `/guidelines/logging/#log-002`. */
  rulePath(rule: RuleDefinition): string;
  /** The same with the base, as served: `/handbook/guidelines/logging/#log-002`. */
  ruleUrl(rule: RuleDefinition): string;
  /** Path of a rule's permalink page, with the base: `/handbook/rules/LOG-002/`. */
  permalink(id: string): string;
  /**
   * Re-reads every page, checks, updates the lock with new IDs, and keeps the result.
   * @throws ArchbookError listing every problem (file:line), leaving the previous registry in place
   * @returns the IDs newly added to the lock file
   */
  refresh(): string[];
}

/** Options of {@link createRuleContext}. */
export interface RuleContextOptions {
  readonly root: string;
  readonly config: ArchbookConfig;
  readonly base: string;
}

/** Creates the build's rule context; call `refresh()` before use. */
export function createRuleContext({ root, config, base }: RuleContextOptions): RuleContext {
  let registry: RuleRegistry = { rules: [], byId: new Map(), retired: [], retiredById: new Map() };
  return {
    get registry() {
      return registry;
    },
    rulePath: (rule) => `${pagePath('/', rule.page)}#${ruleAnchor(rule.id)}`,
    ruleUrl: (rule) => `${pagePath(base, rule.page)}#${ruleAnchor(rule.id)}`,
    permalink: (id) => `${base}rules/${id}/`,
    refresh() {
      const { lockFile, retiredFile } = config.rules;
      const pages = readMarkdownFiles(root, docsDir);
      const retired = readRetiredRules(root, retiredFile);
      const built = buildRuleRegistry(pages.files, retired.retired);
      const lock = readRulesLock(root, lockFile);
      const known = new Set([...built.registry.byId.keys(), ...built.registry.retiredById.keys()]);
      const vanished = findVanishedIds(lock, known, lockFile, readLockSource(root, lockFile), retiredFile);
      failOnFindings('The rule check', [...pages.findings, ...retired.findings, ...built.findings, ...vanished]);
      registry = built.registry;
      return updateRulesLock(root, lockFile, lock, built.registry.byId.keys());
    },
  };
}
