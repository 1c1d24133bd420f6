import type { Finding } from '../findings.ts';
import { nearest } from '../suggest.ts';
import type { DisputeEntry } from './dispute.ts';
import type { RetiredRule, RuleDispute } from './rule.ts';

/**
 * Checks that every rule an open question names exists, and groups the questions by rule.
 * @param defined - IDs of every rule defined in the pages
 */
export function checkDisputes(
  entries: readonly DisputeEntry[],
  defined: ReadonlySet<string>,
  retiredById: ReadonlyMap<string, RetiredRule>,
): { byRule: Map<string, RuleDispute[]>; findings: Finding[] } {
  const byRule = new Map<string, RuleDispute[]>();
  const findings: Finding[] = [];
  for (const entry of entries) {
    for (const id of entry.ids) {
      if (defined.has(id)) {
        byRule.set(id, [...(byRule.get(id) ?? []), entry.dispute]);
        continue;
      }
      const retired = retiredById.get(id);
      const near = retired ? undefined : nearest(id, defined);
      findings.push({
        code: retired ? 'DisputeRuleRetired' : 'DisputeRuleUnknown',
        message: `the open question "${entry.dispute.question}" names ${id}, ${retired ? 'a retired rule' : 'a rule that does not exist'}`,
        hint: retired?.replacedBy
          ? `name ${retired.replacedBy} instead`
          : retired
            ? 'remove it from rules="…"'
            : near
              ? `did you mean ${near}?`
              : 'check the ID in the rule index (/rules/)',
        location: entry.location,
      });
    }
  }
  return { byRule, findings };
}
