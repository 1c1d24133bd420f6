import type { HistoryEvent } from './history.ts';

/** A rule as the change log needs it: its ID, its statement (current, or last for a retired rule), history. */
export interface ChangeLogRule {
  readonly id: string;
  readonly statement: string;
  readonly history: readonly HistoryEvent[];
}

/** One change of one rule. */
export interface ChangeLogEntry {
  readonly id: string;
  readonly statement: string;
  readonly event: HistoryEvent;
  /** 1-based position of the event in the rule's history: stable, since history is only appended to. */
  readonly position: number;
}

/** The changes of one day. */
export interface ChangeLogDay {
  readonly date: string;
  readonly entries: readonly ChangeLogEntry[];
}

// Within a day, what a reader is most likely looking for comes first: merges, retirements and changes
// before the (often many) introductions.
const kindOrder = { merged: 0, retired: 1, restored: 2, changed: 3, introduced: 4 } as const;

/** Every change of every rule, newest day first, grouped by day. */
export function changeLog(rules: readonly ChangeLogRule[]): ChangeLogDay[] {
  const entries = rules.flatMap((rule) =>
    rule.history.map((event, index) => ({ id: rule.id, statement: rule.statement, event, position: index + 1 })),
  );
  entries.sort(
    (a, b) =>
      b.event.date.localeCompare(a.event.date) ||
      kindOrder[a.event.kind] - kindOrder[b.event.kind] ||
      a.id.localeCompare(b.id, 'en') ||
      b.position - a.position,
  );
  const days: { date: string; entries: ChangeLogEntry[] }[] = [];
  for (const entry of entries) {
    const day = days.at(-1);
    if (day?.date === entry.event.date) day.entries.push(entry);
    else days.push({ date: entry.event.date, entries: [entry] });
  }
  return days;
}
