import type { LockedRule, RulesLock } from './lock.ts';
import { historyDates, historyEvents, type HistoryEvent } from './history.ts';

/** What the engine's pages show of a rule's history. */
export interface PublishedHistory {
  /** Day the rule was first recorded in the lock, `YYYY-MM-DD`. */
  readonly introduced: string | null;
  /** Day of its latest history entry; the same as `introduced` until it changes. */
  readonly changed: string | null;
  /** Its history, oldest first. */
  readonly history: HistoryEvent[];
  /** The statement and level the lock last recorded (what a retired rule said). */
  readonly lastStatement: string | null;
  readonly lastLevel: string | null;
}

/** The history of one rule from the lock this build publishes; empty for a rule the lock does not hold. */
export function publishHistory(lock: RulesLock, id: string): PublishedHistory {
  const rule: LockedRule = lock.rules[id] ?? { history: [] };
  return {
    ...historyDates(rule),
    history: historyEvents(rule),
    lastStatement: rule.statement ?? null,
    lastLevel: rule.level ?? null,
  };
}

/** Whether a rule's history holds more than its introduction: a reader should see what changed. */
export function hasChanged(history: readonly HistoryEvent[]): boolean {
  return history.some((event) => event.kind !== 'introduced');
}
