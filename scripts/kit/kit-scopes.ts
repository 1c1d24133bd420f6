import type { RuleDefinition } from '../rules/rule.ts';

/** A scope the kit is generated for, and which rules belong to it. */
export interface KitScope {
  readonly id: string;
  readonly label: string;
  /** One line saying which services the scope covers. */
  readonly covers: string;
  readonly includes: (rule: RuleDefinition) => boolean;
}

/** The scope of a rule, where the registry knows one. */
export function ruleScope(rule: RuleDefinition): string | undefined {
  const scope = (rule as { readonly scope?: unknown }).scope;
  return typeof scope === 'string' ? scope : undefined;
}

/**
 * The kits to generate. Without declared scopes, the whole handbook is one kit. With scopes, each scope's
 * kit holds its own rules and those of the universal scope (the one whose rules bind every service).
 * @param universal - ID of the scope every service follows, if the handbook has one
 */
export function kitScopes(
  scopes: readonly { readonly id: string; readonly label: string; readonly covers: string }[],
  handbookTitle: string,
  universal: string | undefined,
): KitScope[] {
  if (scopes.length === 0) {
    return [{ id: 'handbook', label: handbookTitle, covers: 'Every rule of the handbook.', includes: () => true }];
  }
  return scopes.map((scope) => ({
    ...scope,
    includes: (rule: RuleDefinition) => {
      const own = ruleScope(rule);
      return own === scope.id || (universal !== undefined && own === universal);
    },
  }));
}
