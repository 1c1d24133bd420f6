import type { Finding } from '../findings.ts';
import type { RuleContext } from '../rules/context.ts';
import type { RetiredRule } from '../rules/rule.ts';
import { diagramFinding } from './catalog.ts';
import { escapeHtml } from './figure.ts';
import { ruleLinkId, type DiagramLink } from './links.ts';

/** What diagrams need to know about the build's rules. */
export interface RuleTargets {
  /** Path of the section that holds the rule, without the base (`/guidelines/adapters/#adp-001`); none if no rule has the ID. */
  section(id: string): string | undefined;
  /** The retired entry of the ID, if it was retired. */
  retired(id: string): RetiredRule | undefined;
}

/** For diagrams that link to no rule, and for tests. */
export const noRuleTargets: RuleTargets = { section: () => undefined, retired: () => undefined };

/**
 * The build's rules as diagrams see them, read when asked: in dev the registry is replaced whenever a page
 * changes. A rule's section is the same path a `[[ADP-001]]` reference in a page leads to.
 */
export function ruleTargetsOf(rules: Pick<RuleContext, 'registry' | 'rulePath'>): RuleTargets {
  return {
    section: (id) => {
      const rule = rules.registry.byId.get(id);
      return rule === undefined ? undefined : rules.rulePath(rule);
    },
    retired: (id) => rules.registry.retiredById.get(id),
  };
}

/**
 * Points the SVG's links to a rule's permalink page (`/rules/ADP-001/`, with or without the base, with or
 * without `#…`) at the rule's section instead, under the base, so a click lands on the rule, highlighted, and
 * not on the permalink page (which, for a rule that changed, stops to show its history). A link to an ID no
 * rule has stays as written, for the link check to report at its `.puml` line. Pure.
 */
export function linkRulesToSections(svg: string, base: string, rules: Pick<RuleTargets, 'section'>): string {
  return svg.replace(/(\s(?:xlink:)?href=")([^"]*)"/g, (whole, attribute: string, href: string) => {
    const written = href.startsWith(base) ? `/${href.slice(base.length)}` : href;
    const id = ruleLinkId(written);
    const section = id === undefined ? undefined : rules.section(id);
    return section === undefined ? whole : `${attribute}${escapeHtml(`${base}${section.slice(1)}`)}"`;
  });
}

/**
 * Links to retired rules, as findings at the line that wrote them; like a `[[LOG-009]]` reference in a
 * page, a diagram must link to the rule that replaced it. Pure.
 */
export function retiredRuleLinks(links: readonly DiagramLink[], rules: Pick<RuleTargets, 'retired'>): Finding[] {
  return links.flatMap((link) => {
    const id = ruleLinkId(link.target);
    const entry = id === undefined ? undefined : rules.retired(id);
    if (entry === undefined) return [];
    const finding = diagramFinding('DiagramLinkRetired', `[[${link.target}]] links to a retired rule`, link.location);
    const replacement = entry.replacedBy;
    return [replacement ? { ...finding, hint: `link to [[/rules/${replacement}/ ${replacement}]] instead` } : finding];
  });
}
