import type { Scope } from '../config/rule-origins-schema.ts';
import type { RuleDefinition } from '../rules/rule.ts';

/** A scope the kit is generated for, and which rules belong to it. */
export interface KitScope {
  readonly id: string;
  readonly label: string;
  /** One line saying which services the scope covers. */
  readonly covers: string;
  readonly includes: (rule: RuleDefinition) => boolean;
}

/**
 * The kits to generate, one per declared scope: each holds its own rules and those of the universal scope,
 * whose rules bind every service.
 */
export function kitScopes(scopes: readonly Scope[]): KitScope[] {
  const universal = scopes.find((scope) => scope.universal)?.id;
  return scopes.map((scope) => ({
    id: scope.id,
    label: scope.label,
    covers: scope.covers,
    includes: (rule: RuleDefinition) => rule.scope.id === scope.id || rule.scope.id === universal,
  }));
}
