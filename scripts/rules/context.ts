import type { ArchbookConfig } from '../config/schema.ts';
import { failOnFindings } from '../findings.ts';
import { checkRules } from './check.ts';
import { updateRulesLock } from './lock.ts';
import type { RuleRegistry } from './registry.ts';
import type { ScopeKit } from '../kit/kit-check.ts';
import { pagePath } from '../content/slug.ts';
import { ruleAnchor, type RuleDefinition } from './rule.ts';

/** The rules of the current build, re-read when content changes in dev. */
export interface RuleContext {
  /** The last registry that passed every check. */
  readonly registry: RuleRegistry;
  /** The tool kit of each scope, from the same check as the registry. */
  readonly kits: readonly ScopeKit[];
  /** Path of the section a rule is in, without the base: `/guidelines/logging/#log-002`. */
  rulePath(rule: RuleDefinition): string;
  /** The same with the base, as served: `/handbook/guidelines/logging/#log-002`. */
  ruleUrl(rule: RuleDefinition): string;
  /** Path of a rule's permalink page, with the base: `/handbook/rules/LOG-002/`. */
  permalink(id: string): string;
  /** URL of a section of a page, with the base: (`guidelines/faq`, `formatter`) → `/handbook/guidelines/faq/#formatter`. */
  sectionUrl(page: string, anchor: string): string;
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
  let kits: readonly ScopeKit[] = [];
  return {
    get registry() {
      return registry;
    },
    get kits() {
      return kits;
    },
    rulePath: (rule) => `${pagePath('/', rule.page)}#${ruleAnchor(rule.id)}`,
    ruleUrl: (rule) => `${pagePath(base, rule.page)}#${ruleAnchor(rule.id)}`,
    permalink: (id) => `${base}rules/${id}/`,
    sectionUrl: (page, anchor) => `${pagePath(base, page)}#${anchor}`,
    refresh() {
      const check = checkRules(root, config);
      failOnFindings('The rule check', check.findings);
      registry = check.registry;
      kits = check.kits;
      return updateRulesLock(root, config.rules.lockFile, check.lock, check.registry.byId.keys());
    },
  };
}
