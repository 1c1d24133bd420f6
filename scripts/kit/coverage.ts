import type { RuleLevel } from '../rules/rule.ts';

/** What coverage needs of a rule. */
export interface CoverageRule {
  readonly id: string;
  readonly level: RuleLevel;
  readonly area: string;
  readonly scope: string;
  readonly checked: boolean;
}

/** Counts for one group of rules (an area, a scope, or all). */
export interface CoverageCount {
  readonly group: string;
  readonly must: number;
  readonly mustChecked: number;
  readonly should: number;
  readonly shouldChecked: number;
}

/** The coverage view: per area, per scope, in total, and the MUSTs only a reviewer checks. */
export interface Coverage {
  readonly total: CoverageCount;
  readonly byArea: readonly CoverageCount[];
  readonly byScope: readonly CoverageCount[];
  /** IDs of MUST rules no tool checks: the candidates for the next check. */
  readonly reviewOnlyMust: readonly string[];
}

/** Computes how many MUST and SHOULD rules are machine-checked. Pure. */
export function computeCoverage(rules: readonly CoverageRule[]): Coverage {
  const group = (key: (rule: CoverageRule) => string): CoverageCount[] => {
    const names = [...new Set(rules.map(key))].sort();
    return names.map((name) =>
      count(
        name,
        rules.filter((rule) => key(rule) === name),
      ),
    );
  };
  return {
    total: count('all', rules),
    byArea: group((rule) => rule.area),
    byScope: group((rule) => rule.scope),
    reviewOnlyMust: rules.filter((rule) => rule.level === 'MUST' && !rule.checked).map((rule) => rule.id),
  };
}

/** The one line the build prints: `machine-checked: 12 of 140 MUST, 3 of 80 SHOULD rules`. */
export function formatCoverage(coverage: Coverage): string {
  const { total } = coverage;
  return `machine-checked: ${total.mustChecked} of ${total.must} MUST, ${total.shouldChecked} of ${total.should} SHOULD rules (/rules/coverage/)`;
}

function count(name: string, rules: readonly CoverageRule[]): CoverageCount {
  const at = (level: RuleLevel, checked?: boolean) =>
    rules.filter((rule) => rule.level === level && (checked === undefined || rule.checked === checked)).length;
  return {
    group: name,
    must: at('MUST'),
    mustChecked: at('MUST', true),
    should: at('SHOULD'),
    shouldChecked: at('SHOULD', true),
  };
}
