import { didYouMean } from '../suggest.ts';
import { formatLocation } from '../errors.ts';
import type { Finding } from '../findings.ts';
import { ruleIdPattern, type RetiredRule, type RuleReference } from './rule.ts';
import type { ScannedRule } from './scan.ts';

/**
 * Indexes the retired list, reporting a retired ID that is still defined and a replacement that is not.
 * @param defined - every rule defined in the pages, by ID
 */
export function checkRetired(
  retired: readonly RetiredRule[],
  defined: ReadonlyMap<string, ScannedRule>,
  findings: Finding[],
): Map<string, RetiredRule> {
  const retiredById = new Map<string, RetiredRule>();
  for (const entry of retired) {
    const still = defined.get(entry.id);
    if (still) {
      findings.push({
        code: 'RetiredIdStillDefined',
        message: `rule ${entry.id} is retired but still defined at ${formatLocation(still.rule.location)}`,
        hint: 'remove the retired entry, or the rule',
        location: entry.location,
      });
    }
    if (entry.replacedBy !== undefined && !defined.has(entry.replacedBy)) {
      findings.push({
        code: 'RetiredReplacementUnknown',
        message: `retired rule ${entry.id} points to ${entry.replacedBy}, which is not defined`,
        hint: 'name a rule that exists, or leave replacedBy out',
        location: entry.location,
      });
    }
    retiredById.set(entry.id, entry);
  }
  return retiredById;
}

/** The problem with a `[[ID]]` reference, if any: malformed, retired or unknown. */
export function checkReference(
  reference: RuleReference,
  defined: ReadonlyMap<string, ScannedRule>,
  retiredById: ReadonlyMap<string, RetiredRule>,
): Finding[] {
  const { id, location } = reference;
  if (defined.has(id)) return [];
  if (!ruleIdPattern.test(id)) {
    return [
      {
        code: 'RuleReferenceMalformed',
        message: `[[${id}]] is not a rule ID`,
        hint: 'write [[AREA-NNN]], e.g. [[LOG-002]]',
        location,
      },
    ];
  }
  const retired = retiredById.get(id);
  if (retired) {
    return [
      {
        code: 'RuleReferenceRetired',
        message: `[[${id}]] refers to a retired rule`,
        hint: retired.replacedBy ? `refer to [[${retired.replacedBy}]] instead` : 'remove the reference',
        location,
      },
    ];
  }
  return [
    {
      code: 'RuleReferenceUnknown',
      message: `[[${id}]] refers to a rule that does not exist${didYouMean(id, defined.keys())}`,
      hint: 'check the ID in the rule index (/rules/), or define the rule',
      location,
    },
  ];
}
