import type { ArchbookConfig } from '../config/schema.ts';
import { failOnFindings } from '../findings.ts';
import { checkRules } from './check.ts';
import { emptyLock } from './lock.ts';
import { planLock, type LockPlan } from './lock-plan.ts';
import type { RuleRegistry } from './registry.ts';
import type { ScopeKit } from '../kit/kit-check.ts';
import { pagePath } from '../content/slug.ts';
import { ruleAnchor, type RuleDefinition } from './rule.ts';
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The rules of the current build, re-read when content changes in dev. */
export interface RuleContext {
  /** The last registry that passed every check. */
  readonly registry: RuleRegistry;
  /** The lock as this build publishes it: the lock file plus the changes the content made since. */
  readonly lockPlan: LockPlan;
  /** The tool kit of each scope, from the same check as the registry. */
  readonly kits: readonly ScopeKit[];
  /**
   * A digest of everything above and of the configuration, part of the key of each page that holds or
   * names a rule (pageDependencyKey). Nothing of the context is enumerable: it rides in the Markdown
   * plugins' options, which Astro serialises into the key of its whole content store (megabytes on a
   * large handbook, and every page rendered again whenever any rule changed).
   */
  readonly fingerprint: string;
  /** Path of the section a rule is in, without the base: `/guidelines/logging/#log-002`. */
  rulePath(rule: RuleDefinition): string;
  /** The same with the base, as served: `/handbook/guidelines/logging/#log-002`. */
  ruleUrl(rule: RuleDefinition): string;
  /** Path of a rule's permalink page, with the base: `/handbook/rules/LOG-002/`. */
  permalink(id: string): string;
  /** URL of a section of a page, with the base: (`guidelines/faq`, `formatter`) → `/handbook/guidelines/faq/#formatter`. */
  sectionUrl(page: string, anchor: string): string;
  /**
   * Re-reads every page, checks, compares with the lock, and keeps the result. Writes nothing: what happens
   * to the lock is decided by the command (see settleRulesLock).
   * @throws ArchbookError listing every problem (file:line), leaving the previous registry in place
   * @returns the next lock and the rule changes it records
   */
  refresh(): LockPlan;
  /** Records that a page changed since the last refresh (dev: the watcher saw a page written). */
  markChanged(): void;
  /**
   * Refreshes when a page changed since the last refresh, so that whoever asks first after an edit (the
   * edited page's dependency key, before the page renders) sees the rules the page now holds.
   * @throws ArchbookError as refresh, also when the last refresh failed and nothing changed since
   */
  refreshIfChanged(): void;
}

/** Options of {@link createRuleContext}. */
export interface RuleContextOptions {
  readonly root: string;
  readonly config: ArchbookConfig;
  readonly base: string;
  /** The build's date, `YYYY-MM-DD`: the date of any change it records. */
  readonly today: string;
}

/** Creates the build's rule context; call `refresh()` before use. */
export function createRuleContext({ root, config, base, today }: RuleContextOptions): RuleContext {
  let registry: RuleRegistry = { rules: [], byId: new Map(), retired: [], retiredById: new Map() };
  let lockPlan: LockPlan = { lock: emptyLock, changes: [] };
  let kits: readonly ScopeKit[] = [];
  let fingerprint = '';
  let changed = false;
  let lastFailure: Error | undefined;
  const context: Omit<RuleContext, 'registry' | 'lockPlan' | 'kits' | 'fingerprint'> = {
    rulePath: (rule) => `${pagePath('/', rule.page)}#${ruleAnchor(rule.id)}`,
    ruleUrl: (rule) => `${pagePath(base, rule.page)}#${ruleAnchor(rule.id)}`,
    permalink: (id) => `${base}rules/${id}/`,
    sectionUrl: (page, anchor) => `${pagePath(base, page)}#${anchor}`,
    refresh() {
      changed = false;
      lastFailure = undefined;
      let check: ReturnType<typeof checkRules>;
      try {
        check = checkRules(root, config);
        failOnFindings('The rule check', check.findings);
      } catch (error) {
        lastFailure = error instanceof Error ? error : new Error(String(error));
        throw lastFailure;
      }
      registry = check.registry;
      kits = check.kits;
      lockPlan = planLock(check.lock, check.registry, today);
      fingerprint = '';
      return lockPlan;
    },
    markChanged() {
      changed = true;
    },
    refreshIfChanged() {
      if (changed) context.refresh();
      else if (lastFailure !== undefined) throw lastFailure;
    },
  };
  const hidden = { enumerable: false, configurable: false };
  return Object.defineProperties(context, {
    registry: { ...hidden, get: () => registry },
    lockPlan: { ...hidden, get: () => lockPlan },
    kits: { ...hidden, get: () => kits },
    fingerprint: {
      ...hidden,
      get: () =>
        (fingerprint ||= sha256(
          // Where a rule is written (file:line) shows only in messages: a line added above it changes nothing.
          JSON.stringify([registry.rules, registry.retired, lockPlan.lock, kits, config], (key, value: unknown) =>
            key === 'location' ? undefined : value,
          ),
        )),
    },
  }) as RuleContext;
}
