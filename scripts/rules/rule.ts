import type { SourceLocation } from '../errors.ts';
import type { CheckReference } from '../kit/checked-by.ts';
import type { KitFragment } from '../kit/setting.ts';

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
