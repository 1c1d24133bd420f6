import type { HistoryKind, LockedRule } from './lock.ts';
import { stateFields, type StateField } from './rule-state.ts';

/** The kinds of change a reader can filter by: a `changed` entry counts as each field it changed. */
export const changeKinds = [
  'introduced',
  'level',
  'statement',
  'scope',
  'source',
  'retired',
  'merged',
  'restored',
] as const;
/** One of {@link changeKinds}. */
export type ChangeKind = (typeof changeKinds)[number];

/** Labels of the change kinds, for filters and headings. */
export const changeKindLabels: Readonly<Record<ChangeKind, string>> = {
  introduced: 'New',
  level: 'Level changed',
  statement: 'Statement changed',
  scope: 'Scope changed',
  source: 'Source changed',
  retired: 'Retired',
  merged: 'Merged',
  restored: 'Restored',
};

/** One field's value before and after a change. */
export interface FieldChange {
  readonly field: StateField;
  readonly from: string | null;
  readonly to: string | null;
}

/** A history entry ready to show: old and new values resolved, and a one-line description. */
export interface HistoryEvent {
  readonly date: string;
  readonly kind: HistoryKind;
  /** The filter kinds this entry belongs to. */
  readonly kinds: readonly ChangeKind[];
  readonly changes: readonly FieldChange[];
  /** For `merged`: the rule it was merged into. */
  readonly into: string | null;
  /** `Level changed from SHOULD to MUST; statement changed`. */
  readonly summary: string;
}

/**
 * Resolves a rule's lock history into events, oldest first. The lock stores only the values before each
 * change; the value after is the next change's "before", or the rule's current state.
 */
export function historyEvents(rule: LockedRule): HistoryEvent[] {
  const after = new Map<StateField, string>();
  for (const field of stateFields) {
    const value = rule[field];
    if (value !== undefined) after.set(field, value);
  }
  const events: HistoryEvent[] = [];
  for (const entry of [...rule.history].reverse()) {
    const changes: FieldChange[] = [];
    for (const field of stateFields) {
      if (entry.before === undefined || !(field in entry.before)) continue;
      const from = entry.before[field] ?? null;
      changes.push({ field, from, to: after.get(field) ?? null });
      if (from === null) after.delete(field);
      else after.set(field, from);
    }
    const into = entry.into ?? null;
    const kinds: ChangeKind[] = entry.kind === 'changed' ? changes.map((change) => change.field) : [entry.kind];
    events.unshift({
      date: entry.date,
      kind: entry.kind,
      kinds,
      changes,
      into,
      summary: summarise(entry.kind, changes, into),
    });
  }
  return events;
}

function summarise(kind: HistoryKind, changes: readonly FieldChange[], into: string | null): string {
  const head = {
    introduced: 'Introduced',
    retired: 'Retired',
    merged: `Merged into ${into ?? ''}`,
    restored: 'Restored',
  };
  const parts = changes.map(describeChange);
  if (kind === 'changed') return capitalise(parts.join('; '));
  return [head[kind], ...parts].join('; ');
}

function describeChange({ field, from, to }: FieldChange): string {
  // Statements are long: their old and new text are shown apart, not in the one-line summary.
  if (field === 'statement') return 'statement changed';
  if (from === null) return `${field} set to ${to ?? ''}`;
  if (to === null) return `${field} ${from} removed`;
  return `${field} changed from ${from} to ${to}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The date a rule was first recorded, and the date of its latest entry (the same until it changes). */
export function historyDates(rule: LockedRule): { introduced: string | null; changed: string | null } {
  return { introduced: rule.history[0]?.date ?? null, changed: rule.history.at(-1)?.date ?? null };
}
