import type { Finding } from '../findings.ts';
import { formatLocation } from '../errors.ts';
import type { MarkdownFile } from '../content/markdown-files.ts';
import { scanPage } from './scan.ts';
import { ruleIdPattern, type RetiredRule, type RuleDefinition, type RuleReference } from './rule.ts';
import { didYouMean } from '../suggest.ts';

/** Every rule of the handbook, checked: unique well-formed IDs, references that resolve. */
export interface RuleRegistry {
  /** Defined rules, sorted by ID. */
  readonly rules: readonly RuleDefinition[];
  readonly byId: ReadonlyMap<string, RuleDefinition>;
  /** Retired IDs, sorted. */
  readonly retired: readonly RetiredRule[];
  readonly retiredById: ReadonlyMap<string, RetiredRule>;
}

/** A registry and the problems met while building it. */
export interface RegistryResult {
  readonly registry: RuleRegistry;
  readonly findings: Finding[];
}

/**
 * Builds the registry from the pages and the retired list, reporting duplicate or malformed IDs,
 * references to unknown or retired rules, and retired IDs still defined. Pure.
 */
export function buildRuleRegistry(files: readonly MarkdownFile[], retired: readonly RetiredRule[]): RegistryResult {
  const findings: Finding[] = [];
  const byId = new Map<string, RuleDefinition>();
  const references: RuleReference[] = [];
  for (const file of files) {
    const scan = scanPage(file);
    findings.push(...scan.findings);
    references.push(...scan.references);
    for (const rule of scan.rules) {
      const earlier = byId.get(rule.id);
      if (earlier) {
        findings.push({
          code: 'RuleDuplicateId',
          message: `rule ID ${rule.id} is already defined at ${formatLocation(earlier.location)}`,
          hint: 'give this rule the next free ID of its area; IDs are never shared or reused',
          location: rule.location,
        });
        continue;
      }
      byId.set(rule.id, rule);
    }
  }
  const retiredById = new Map<string, RetiredRule>();
  for (const entry of retired) {
    if (byId.has(entry.id)) {
      findings.push({
        code: 'RetiredIdStillDefined',
        message: `rule ${entry.id} is retired but still defined at ${formatLocation(byId.get(entry.id)?.location ?? entry.location)}`,
        hint: 'remove the retired entry, or the rule',
        location: entry.location,
      });
    }
    if (entry.replacedBy !== undefined && !byId.has(entry.replacedBy)) {
      findings.push({
        code: 'RetiredReplacementUnknown',
        message: `retired rule ${entry.id} points to ${entry.replacedBy}, which is not defined`,
        hint: 'name a rule that exists, or leave replacedBy out',
        location: entry.location,
      });
    }
    retiredById.set(entry.id, entry);
  }
  for (const reference of references) {
    findings.push(...checkReference(reference, byId, retiredById));
  }
  return {
    registry: {
      rules: [...byId.values()].sort((a, b) => compareIds(a.id, b.id)),
      byId,
      retired: [...retiredById.values()].sort((a, b) => compareIds(a.id, b.id)),
      retiredById,
    },
    findings,
  };
}

function checkReference(
  reference: RuleReference,
  byId: ReadonlyMap<string, RuleDefinition>,
  retiredById: ReadonlyMap<string, RetiredRule>,
): Finding[] {
  const { id, location } = reference;
  if (byId.has(id)) return [];
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
      message: `[[${id}]] refers to a rule that does not exist${didYouMean(id, byId.keys())}`,
      hint: 'check the ID in the rule index (/rules/), or define the rule',
      location,
    },
  ];
}

/** Orders IDs by area, then number. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}
