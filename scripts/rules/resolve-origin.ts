import type { Scope } from '../config/rule-origins-schema.ts';
import type { Finding } from '../findings.ts';
import type { PageDefaults, OriginDefault } from './origin-defaults.ts';
import { parseScope, parseSource, type Parsed, type RuleCatalog } from './origin-values.ts';
import type { RuleSource } from './rule.ts';
import type { ScannedRule } from './scan.ts';

/** A rule's scope and source, once resolved. */
export interface RuleOrigin {
  readonly scope: Scope;
  readonly source: RuleSource;
}

/**
 * Gives a rule its scope and source: its own `scope=` / `source=` attribute, else its page's default
 * (see {@link PageDefaults}). A wrong attribute, or no value anywhere, is reported at the rule.
 * @returns the origin, or undefined when either part is missing or wrong
 */
export function resolveOrigin(
  { rule, declared }: ScannedRule,
  defaults: PageDefaults,
  catalog: RuleCatalog,
  findings: Finding[],
): RuleOrigin | undefined {
  const report = (code: string, message: string, hint: string): undefined => {
    findings.push({ code, message, hint, location: rule.location });
    return undefined;
  };
  const pick = <T>(declared: string | undefined, fallback: OriginDefault<T>, parse: (v: string) => Parsed<T>) => {
    if (declared === undefined) return fallback;
    const parsed = parse(declared);
    if (parsed.ok) return parsed.value;
    report(parsed.problem.code, `rule ${rule.id}: ${parsed.problem.message}`, parsed.problem.hint);
    return 'invalid';
  };
  const scope = pick(declared.scope, defaults.scope, (value) => parseScope(value, catalog));
  const source = pick(declared.source, defaults.source, (value) => parseSource(value, catalog));
  if (scope === undefined) {
    const known = catalog.scopes.map((entry) => entry.id).join(', ') || 'none declared yet';
    report(
      'ScopeMissing',
      `rule ${rule.id} has no scope`,
      `add scope=<id> to the rule, or \`scope: <id>\` to the frontmatter of its page or its section's index page (scopes: ${known})`,
    );
  }
  if (source === undefined) {
    report(
      'SourceMissing',
      `rule ${rule.id} does not say where it comes from`,
      'add source="<document>#<section heading>" (or source=house for a rule of the team\'s own) to the rule, or `source:` to its page\'s frontmatter',
    );
  }
  if (scope === undefined || scope === 'invalid' || source === undefined || source === 'invalid') return undefined;
  return { scope, source };
}
