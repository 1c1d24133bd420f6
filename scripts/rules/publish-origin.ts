import type { RuleDefinition } from './rule.ts';

/** Where a rule comes from, as published: a document and section, or `"house"`. */
export type PublishedSource =
  { readonly document: string; readonly title: string; readonly section: string | null } | 'house';

/** A rule's scope, source and disputes as the engine's pages and `rules.json` see them. */
export interface PublishedOrigin {
  /** ID of the rule's scope. */
  readonly scope: string;
  readonly scopeLabel: string;
  readonly source: PublishedSource;
  /** "Title › Section", or "House rule". */
  readonly sourceLabel: string;
  /** The open questions naming the rule, with their URL (base and anchor included). */
  readonly disputes: readonly { readonly question: string; readonly page: string; readonly url: string }[];
}

/**
 * Plain data for a rule's origin.
 * @param sectionUrl - URL of a section of a page, with the base: (page slug, anchor) → URL
 */
export function publishOrigin(
  rule: RuleDefinition,
  sectionUrl: (page: string, anchor: string) => string,
): PublishedOrigin {
  const { source } = rule;
  return {
    scope: rule.scope.id,
    scopeLabel: rule.scope.label,
    source:
      source.kind === 'house'
        ? 'house'
        : { document: source.document, title: source.title, section: source.section ?? null },
    sourceLabel:
      source.kind === 'house'
        ? 'House rule'
        : source.section === undefined
          ? source.title
          : `${source.title} › ${source.section}`,
    disputes: rule.disputes.map((dispute) => ({
      question: dispute.question,
      page: dispute.pageTitle,
      url: sectionUrl(dispute.page, dispute.anchor),
    })),
  };
}
