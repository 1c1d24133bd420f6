import type { RuleDefinition } from './rule.ts';

/** What the lock records of a rule's published state, in the order the lock file writes them. */
export const stateFields = ['level', 'statement', 'scope', 'source'] as const;
/** One of {@link stateFields}. */
export type StateField = (typeof stateFields)[number];
/** A rule's published state: `scope` and `source` only where the rule has them. */
export type RuleState = Partial<Record<StateField, string>>;

/**
 * The state of a rule as written now. `scope` and `source` are read when the rule carries them as text, so
 * the lock starts recording them as soon as the rule parser provides them.
 */
export function stateOf(rule: RuleDefinition): RuleState {
  const extra = rule as RuleDefinition & { readonly scope?: unknown; readonly source?: unknown };
  const state: RuleState = { level: rule.level, statement: rule.title };
  const scope = asText(extra.scope);
  const source = asText(extra.source);
  if (scope !== undefined) state.scope = scope;
  if (source !== undefined) state.source = source;
  return state;
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

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  // A parsed source reference such as { document, section } is recorded as written: document#section.
  if (typeof value === 'object' && value !== null) {
    const { document, section, id } = value as Record<string, unknown>;
    const head = typeof document === 'string' ? document : typeof id === 'string' ? id : undefined;
    if (head !== undefined) return typeof section === 'string' && section !== '' ? `${head}#${section}` : head;
  }
  return undefined;
}
