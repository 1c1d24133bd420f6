import { isMap, isScalar, parseDocument } from 'yaml';
import { houseRuleId } from './lint-report.ts';

/** One configurable rule of the lint configuration that checks a house rule: `rule/<ID>-<what>`. */
export interface HouseCheck {
  /** Its name in `redocly.yaml`, e.g. `rule/API-001-decimal-as-string`. */
  readonly name: string;
  /** The handbook rule it checks, from its name; undefined for a house check named after no rule. */
  readonly id: string | undefined;
  /** Its definition, as written. */
  readonly definition: unknown;
}

/**
 * The house checks of the lint configuration: the `rules:` entries named `rule/…` (Redocly's configurable
 * rules) that are not switched off, in file order. Pure.
 * @param source - text of `redocly.yaml`
 */
export function readHouseChecks(source: string): HouseCheck[] {
  const document = parseDocument(source);
  const rules = document.get('rules', true);
  if (document.errors.length > 0 || !isMap(rules)) return [];
  return rules.items.flatMap((pair) => {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const definition: unknown = isMap(pair.value)
      ? pair.value.toJSON()
      : isScalar(pair.value)
        ? pair.value.value
        : undefined;
    const off = definition === 'off' || (isRecord(definition) && definition['severity'] === 'off');
    return name.startsWith('rule/') && !off ? [{ name, id: houseRuleId(name), definition }] : [];
  });
}

/**
 * The lint configuration third-party specs are checked with: structure and `$ref`s (errors that stop the
 * build, as for every spec) and the house checks (counted, never enforced), nothing else, so neither
 * Redocly's recommended rules nor the ignore file of the team's own specs changes the figures. Pure.
 */
export function externalLintConfig(checks: readonly HouseCheck[]): Record<string, unknown> {
  return {
    extends: [],
    rules: {
      struct: 'error',
      'no-unresolved-refs': 'error',
      ...Object.fromEntries(checks.map((check) => [check.name, check.definition])),
    },
  };
}

/** Redocly rules whose problems make a third-party spec fail: it is not valid OpenAPI, or a `$ref` dangles. */
export function isStructuralRule(ruleId: string | undefined): boolean {
  return ruleId === undefined || !ruleId.startsWith('rule/');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
