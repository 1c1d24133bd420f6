import type { AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import type { RuleContext } from '../rules/context.ts';
import type { RuleDefinition } from '../rules/rule.ts';
import { ruleArea } from '../rules/rule.ts';
import { publishHistory, type PublishedHistory } from '../rules/published-history.ts';
import type { Scope, SourceDocument } from '../config/rule-origins-schema.ts';
import { publishOrigin, type PublishedOrigin } from '../rules/publish-origin.ts';
import { invalidateAndReload, isPageModule } from '../dev/invalidate.ts';
import { devProblems } from '../dev/problems.ts';
import { findingsOf } from '../findings.ts';
import { dataModule } from './data-module.ts';
import { diagramsModuleId } from '../diagrams/virtual-module.ts';

const moduleId = 'virtual:archbook/rules';
const resolvedId = `\0${moduleId}`;
const siteModuleId = 'virtual:archbook/site';
const resolvedSiteId = `\0${siteModuleId}`;

/** What the engine's own pages need to know of the handbook: `virtual:archbook/site`. */
export interface PublishedSite {
  readonly title: string;
  readonly description: string;
  /** The declared scopes, in the configuration's order. */
  readonly scopes: readonly Scope[];
  /** The declared source documents, in the configuration's order. */
  readonly sources: readonly SourceDocument[];
}

/** A rule as the engine's pages see it: plain data, URLs resolved with the base. */
export interface PublishedRule extends PublishedOrigin, PublishedHistory {
  readonly id: string;
  readonly level: RuleDefinition['level'];
  readonly title: string;
  readonly summary: string;
  readonly area: string;
  /** Section URL with base and anchor. */
  readonly url: string;
  /** Page title, then the `##` heading the rule sits under. */
  readonly section: string;
  readonly pageTitle: string;
  readonly heading: string | null;
}

/** A retired ID as the engine's pages see it. */
export interface PublishedRetiredRule extends PublishedHistory {
  readonly id: string;
  readonly reason: string;
  readonly replacedBy: PublishedRule | null;
}

/** Serialises the registry for the pages, resolving URLs. */
export function publishRules(rules: RuleContext): { rules: PublishedRule[]; retired: PublishedRetiredRule[] } {
  const published = rules.registry.rules.map((rule) => ({
    id: rule.id,
    level: rule.level,
    title: rule.title,
    summary: rule.summary,
    area: ruleArea(rule.id),
    url: rules.ruleUrl(rule),
    section: rule.heading ? `${rule.pageTitle} › ${rule.heading}` : rule.pageTitle,
    pageTitle: rule.pageTitle,
    heading: rule.heading ?? null,
    ...publishOrigin(rule, (page, anchor) => rules.sectionUrl(page, anchor)),
    ...publishHistory(rules.lockPlan.lock, rule.id),
  }));
  const byId = new Map(published.map((rule) => [rule.id, rule]));
  const retired = rules.registry.retired.map((entry) => ({
    id: entry.id,
    reason: entry.reason,
    replacedBy: entry.replacedBy === undefined ? null : (byId.get(entry.replacedBy) ?? null),
    ...publishHistory(rules.lockPlan.lock, entry.id),
  }));
  return { rules: published, retired };
}

/**
 * Vite plugin serving `virtual:archbook/rules` and `virtual:archbook/site`. In dev, a changed, added or
 * removed Markdown page re-runs the rule check (once for a burst of changes, such as a branch switch or a
 * build writing generated pages) and, when the rules changed, reloads the engine's pages and every page
 * that names a rule; a failing check is shown once in the terminal and on every page
 * (scripts/dev/problems.ts) while the last good registry stays.
 */
export function rulesVirtualModule(
  rules: RuleContext,
  site: PublishedSite,
  docsDir: string,
  logger: AstroIntegrationLogger,
): Plugin {
  return {
    name: 'archbook:rules',
    resolveId: (id) => (id === moduleId ? resolvedId : id === siteModuleId ? resolvedSiteId : undefined),
    load: (id) => {
      if (id === resolvedId) return dataModule(publishRules(rules));
      if (id === resolvedSiteId) return dataModule(site);
      return undefined;
    },
    configureServer(server) {
      let timer: NodeJS.Timeout | undefined;
      // The tool kit comes from the same rules (their kit blocks and checks), so it counts as a change too.
      const snapshot = () =>
        JSON.stringify([publishRules(rules), rules.kits, rules.registry.rules.map((rule) => rule.checkedBy)]);
      let published = snapshot();
      const recheck = () => {
        try {
          rules.refreshIfChanged();
        } catch (error) {
          const findings = findingsOf(error);
          if (findings === undefined) logger.error(error instanceof Error ? error.message : String(error));
          else devProblems()?.report('rules', findings);
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          return;
        }
        devProblems()?.report('rules', []);
        // Most edits leave the rules as they were: then the rule pages (thousands on a large handbook) keep
        // their cached paths, and the content layer alone reloads the edited page.
        const next = snapshot();
        if (next === published) return;
        published = next;
        // The kit is generated from the same rules, and diagram links lead to rule sections: both follow them,
        // and so do the pages, which name rules ([[LOG-002]], disputes, diagrams): each is compiled again when
        // it is next requested.
        const followers = new Set([resolvedId, '\0virtual:archbook/kit', diagramsModuleId]);
        invalidateAndReload(server, (id) => followers.has(id) || isPageModule(id));
      };
      const onChange = (file: string) => {
        if (!file.includes(docsDir) || !/\.mdx?$/.test(file)) return;
        rules.markChanged();
        clearTimeout(timer);
        timer = setTimeout(recheck, 50);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
