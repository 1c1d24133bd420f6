import type { RuleDefinition, RuleSource } from './rule.ts';

/** What the lock records of a rule's published state, in the order the lock file writes them. */
export const stateFields = ['level', 'statement', 'scope', 'source'] as const;
/** One of {@link stateFields}. */
export type StateField = (typeof stateFields)[number];
/** A rule's published state: `scope` and `source` only where the rule has them. */
export type RuleState = Partial<Record<StateField, string>>;

/**
 * The state of a rule as written now: its level, statement, scope ID and source (`document#section`,
 * `document`, or `house`).
 */
export function stateOf(rule: RuleDefinition): RuleState {
  return { level: rule.level, statement: rule.title, scope: rule.scope.id, source: sourceText(rule.source) };
}

/** A rule's source as the lock writes it: `design-requirements#Logging`, `design-requirements` or `house`. */
export function sourceText(source: RuleSource): string {
  if (source.kind === 'house') return 'house';
  return source.section === undefined || source.section === ''
    ? source.document
    : `${source.document}#${source.section}`;
}

/**
 * Whether two values of a field say the same thing. A statement edited only in whitespace or punctuation
 * (a comma, a full stop, typographic quotes) has not changed.
 */
export function sameValue(field: StateField, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return field === 'statement' ? normaliseStatement(a) === normaliseStatement(b) : a === b;
}

/** A statement with punctuation read as spaces and runs of whitespace collapsed. */
export function normaliseStatement(statement: string): string {
  return statement
    .replace(/[\p{P}`]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
