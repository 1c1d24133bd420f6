import type { LeafDirective } from 'mdast-util-directive';
import type { SourceLocation } from '../errors.ts';
import type { Finding } from '../findings.ts';
import type { RuleDispute } from './rule.ts';

/** Name of the leaf directive that marks an open question: `::dispute{rules="CODE-003 CDOTL-004"}`. */
export const disputeDirectiveName = 'dispute';

/** A `::dispute` directive as written: the IDs it names and the question it sits under. */
export interface DisputeEntry {
  /** The rule IDs of its `rules` attribute, each once, in the order written. */
  readonly ids: readonly string[];
  /** The question (nearest `##` heading) it belongs to. */
  readonly dispute: RuleDispute;
  readonly location: SourceLocation;
}

/** Where a `::dispute` directive was met: its page, and the `##` heading above it, if any. */
export interface DisputeContext {
  readonly file: string;
  readonly page: string;
  readonly pageTitle: string;
  readonly question: { readonly text: string; readonly anchor: string } | undefined;
}

/** The IDs of a `rules` attribute: separated by spaces or commas. */
export function disputedIds(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter((id) => id !== ''))];
}

/**
 * Reads one `::dispute` directive, reporting one without rules or outside a `##` section.
 * @returns the entry, or undefined when it cannot be used
 */
export function readDispute(
  node: LeafDirective,
  context: DisputeContext,
  findings: Finding[],
): DisputeEntry | undefined {
  const location = { file: context.file, line: node.position?.start.line, column: node.position?.start.column };
  const ids = disputedIds(node.attributes?.['rules']);
  if (ids.length === 0) {
    findings.push({
      code: 'DisputeRulesMissing',
      message: 'an open question names no rules',
      hint: 'list the rule IDs it concerns: ::dispute{rules="LOG-001 LOG-004"}',
      location,
    });
    return undefined;
  }
  if (context.question === undefined) {
    findings.push({
      code: 'DisputeOutsideQuestion',
      message: `the open question naming ${ids.join(', ')} is not under a ## heading`,
      hint: 'put ::dispute inside the ## section that states the question; the heading names it',
      location,
    });
    return undefined;
  }
  const dispute = {
    page: context.page,
    pageTitle: context.pageTitle,
    question: context.question.text,
    anchor: context.question.anchor,
  };
  return { ids, dispute, location };
}
