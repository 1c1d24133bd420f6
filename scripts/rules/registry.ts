import type { Finding } from '../findings.ts';
import { formatLocation } from '../errors.ts';
import type { MarkdownFile } from '../content/markdown-files.ts';
import { scanPage, type PageScan, type ScannedRule } from './scan.ts';
import type { RetiredRule, RuleDefinition, RuleReference } from './rule.ts';
import type { DisputeEntry } from './dispute.ts';
import { checkDisputes } from './dispute-check.ts';
import { pageDefaults } from './origin-defaults.ts';
import type { RuleCatalog } from './origin-values.ts';
import { checkReference, checkRetired } from './registry-checks.ts';
import { resolveOrigin } from './resolve-origin.ts';

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
  /** Every ID defined in the pages, including rules left out of the registry for a wrong scope or source. */
  readonly definedIds: ReadonlySet<string>;
}

/**
 * Builds the registry from the pages, the retired list and the declared scopes and sources, reporting
 * duplicate or malformed IDs, references to unknown or retired rules, retired IDs still defined, rules
 * without a valid scope or source, and open questions naming unknown rules. Pure.
 */
export function buildRuleRegistry(
  files: readonly MarkdownFile[],
  retired: readonly RetiredRule[],
  catalog: RuleCatalog,
  scan: (file: MarkdownFile) => PageScan = scanPage,
): RegistryResult {
  const findings: Finding[] = [];
  const defined = new Map<string, ScannedRule>();
  const fileOf = new Map<string, MarkdownFile>();
  const references: RuleReference[] = [];
  const disputes: DisputeEntry[] = [];
  for (const file of files) {
    const page = scan(file);
    findings.push(...page.findings);
    references.push(...page.references);
    disputes.push(...page.disputes);
    for (const scanned of page.rules) {
      const { rule } = scanned;
      const earlier = defined.get(rule.id)?.rule;
      if (earlier) {
        findings.push({
          code: 'RuleDuplicateId',
          message: `rule ID ${rule.id} is already defined at ${formatLocation(earlier.location)}`,
          hint: 'give this rule the next free ID of its area; IDs are never shared or reused',
          location: rule.location,
        });
        continue;
      }
      defined.set(rule.id, scanned);
      fileOf.set(rule.id, file);
    }
  }
  const retiredById = checkRetired(retired, defined, findings);
  for (const reference of references) findings.push(...checkReference(reference, defined, retiredById));
  const disputed = checkDisputes(disputes, new Set(defined.keys()), retiredById);
  findings.push(...disputed.findings);
  const defaults = pageDefaults(files, catalog);
  findings.push(...defaults.findings);

  const byId = new Map<string, RuleDefinition>();
  for (const [id, scanned] of defined) {
    const file = fileOf.get(id) as MarkdownFile;
    const origin = resolveOrigin(scanned, defaults.defaultsOf(file), catalog, findings);
    if (origin === undefined) continue;
    byId.set(id, { ...scanned.rule, ...origin, disputes: disputed.byRule.get(id) ?? [] });
  }
  return {
    registry: {
      rules: [...byId.values()].sort((a, b) => compareIds(a.id, b.id)),
      byId,
      retired: [...retiredById.values()].sort((a, b) => compareIds(a.id, b.id)),
      retiredById,
    },
    findings,
    definedIds: new Set(defined.keys()),
  };
}

/** Orders IDs by area, then number. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}
