import type { HistoryEvent } from './history.ts';
import { hasChanged } from './published-history.ts';
import { previewText } from './preview-text.ts';
import type { PublishedRetiredRule, PublishedRule } from '../integration/virtual-modules.ts';

/** What a rule's permalink page shows (`/rules/LOG-002/`). */
export interface PermalinkPage {
  readonly id: string;
  readonly title: string;
  /** Link preview text: level, scope, summary; cut at a whole sentence. */
  readonly description: string;
  /** Where the page leads: the rule's section, or the replacement of a retired rule. */
  readonly target: string;
  readonly lead: string;
  readonly linkLabel: string;
  readonly history: readonly HistoryEvent[];
  /** A rule that never changed sends the browser on at once; a changed or retired one keeps the reader. */
  readonly redirect: boolean;
}

/** The permalink pages of every rule and every retired ID. Pure. */
export function permalinkPages(
  data: { readonly rules: readonly PublishedRule[]; readonly retired: readonly PublishedRetiredRule[] },
  base: string,
): PermalinkPage[] {
  return [
    ...data.rules.map((rule) => ({
      id: rule.id,
      title: `${rule.id}: ${rule.title}`,
      description: previewText(`${rule.level}, scope: ${rule.scopeLabel}. ${rule.summary}`),
      target: rule.url,
      lead: `${rule.level} · ${rule.scopeLabel} · ${rule.section}`,
      linkLabel: `Read ${rule.id} in its section`,
      history: rule.history,
      redirect: !hasChanged(rule.history),
    })),
    ...data.retired.map((entry) => ({
      id: entry.id,
      title: `${entry.id} (retired)`,
      description: entry.replacedBy
        ? `${entry.id} was retired: ${entry.reason} See ${entry.replacedBy.id}: ${entry.replacedBy.title}`
        : `${entry.id} was retired: ${entry.reason}`,
      target: entry.replacedBy ? entry.replacedBy.url : `${base}rules/#retired`,
      lead: entry.lastStatement ? `Retired. It said: ${entry.lastLevel ?? ''} ${entry.lastStatement}` : 'Retired',
      linkLabel: entry.replacedBy ? `Go to ${entry.replacedBy.id}: ${entry.replacedBy.title}` : 'See the retired rules',
      history: entry.history,
      redirect: false,
    })),
  ];
}
