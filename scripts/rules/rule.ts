import type { SourceLocation } from '../errors.ts';
import type { CheckReference } from '../kit/checked-by.ts';
import type { KitFragment } from '../kit/setting.ts';
import type { Scope } from '../config/rule-origins-schema.ts';

/** RFC 2119 levels a rule can have. */
export const ruleLevels = ['MUST', 'SHOULD', 'MAY'] as const;
/** One of {@link ruleLevels}. */
export type RuleLevel = (typeof ruleLevels)[number];

/** Shape every rule ID has: an area of 2-6 capitals, a dash, three digits. */
export const ruleIdPattern = /^[A-Z]{2,6}-[0-9]{3}$/;

/** A rule as written in a guideline page. */
export interface RuleDefinition {
  /** Stable identifier, e.g. `LOG-002`. */
  readonly id: string;
  readonly level: RuleLevel;
  /** The one-line statement (plain text). */
  readonly title: string;
  /** Plain-text body, for previews and search. */
  readonly summary: string;
  /** Slug of the page that holds the rule, e.g. `guidelines/logging`. */
  readonly page: string;
  /** Title of that page. */
  readonly pageTitle: string;
  /** Nearest `##` heading above the rule, if any. */
  readonly heading: string | undefined;
  /** Checks that enforce the rule (`checkedBy`); empty for a rule only review can check. */
  readonly checkedBy: readonly CheckReference[];
  /** Settings blocks the rule contributes to the generated tool kit. */
  readonly kit: readonly KitFragment[];
  readonly location: SourceLocation;
  /** The services the rule applies to, as declared in the configuration. */
  readonly scope: Scope;
  /** Where the rule comes from. */
  readonly source: RuleSource;
  /** Open questions that name the rule, in page order. */
  readonly disputes: readonly RuleDispute[];
}

/**
 * Where a rule comes from: a section of one of the team's source documents (the section may be left
 * out), or the team itself (a house rule, `source=house`).
 */
export type RuleSource =
  | {
      readonly kind: 'document';
      /** ID of the document in the configuration's `sources`. */
      readonly document: string;
      readonly title: string;
      /** Heading of the section in that document, as the author wrote it. */
      readonly section: string | undefined;
    }
  | { readonly kind: 'house' };

/** An open question (a `::dispute` directive) that names a rule. */
export interface RuleDispute {
  /** Slug of the page holding the question. */
  readonly page: string;
  readonly pageTitle: string;
  /** The `##` heading the directive sits under: the question. */
  readonly question: string;
  /** HTML anchor of that heading on its page. */
  readonly anchor: string;
}

/** A `[[ID]]` reference found in prose. */
export interface RuleReference {
  readonly id: string;
  readonly location: SourceLocation;
}

/** A rule ID that is no longer defined, kept so its permalink keeps working. */
export interface RetiredRule {
  readonly id: string;
  /** The rule that took its place, if any. */
  readonly replacedBy: string | undefined;
  readonly reason: string;
  readonly location: SourceLocation;
}

/** The HTML anchor of a rule: its lower-cased ID. */
export function ruleAnchor(id: string): string {
  return id.toLowerCase();
}

/** The area part of an ID: `LOG` for `LOG-002`. */
export function ruleArea(id: string): string {
  return id.slice(0, id.indexOf('-'));
}
