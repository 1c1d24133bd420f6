import type { SourceLocation } from '../errors.ts';
import type { HistoryEntry, LockedRule, RulesLock } from './lock.ts';
import type { RuleRegistry } from './registry.ts';
import type { RetiredRule } from './rule.ts';
import { sameValue, stateFields, stateOf, type RuleState, type StateField } from './rule-state.ts';

/** A rule whose state in the content differs from the lock in a way the lock must record. */
export interface LockChange {
  readonly id: string;
  /** The history entry this change adds, or `recorded` when the lock only learns a field it never held. */
  readonly kind: HistoryEntry['kind'] | 'recorded';
  /** Fields that changed (or were recorded), for `changed`, `restored` and `recorded`. */
  readonly fields: readonly StateField[];
  /** Where the rule is defined, or its entry in the retired list. */
  readonly location: SourceLocation;
}

/** The lock the content calls for, and what differs from the lock on disk. */
export interface LockPlan {
  readonly lock: RulesLock;
  readonly changes: readonly LockChange[];
}

/**
 * Compares the content with the lock and works out the next lock: new rules are introduced, changed ones get
 * one history entry each (however many fields changed), retired ones a `retired` or `merged` entry. A
 * statement edited only in whitespace or punctuation is taken over without an entry and is not a change.
 * Pure: `today` is the build's date.
 */
export function planLock(lock: RulesLock, registry: RuleRegistry, today: string): LockPlan {
  const rules: Record<string, LockedRule> = { ...lock.rules };
  const changes: LockChange[] = [];
  for (const rule of registry.rules) {
    const result = nextDefined(lock.rules[rule.id], stateOf(rule), today);
    rules[rule.id] = result.entry;
    if (result.change) changes.push({ id: rule.id, ...result.change, location: rule.location });
  }
  for (const retired of registry.retired) {
    const result = nextRetired(lock.rules[retired.id], retired, today);
    if (!result) continue;
    rules[retired.id] = result;
    changes.push({
      id: retired.id,
      kind: result.history.at(-1)?.kind ?? 'retired',
      fields: [],
      location: retired.location,
    });
  }
  return { lock: { note: lock.note, rules, ids: Object.keys(rules).sort() }, changes };
}

interface Next {
  readonly entry: LockedRule;
  readonly change?: Pick<LockChange, 'kind' | 'fields'>;
}

function nextDefined(locked: LockedRule | undefined, state: RuleState, today: string): Next {
  if (locked === undefined || locked.history.length === 0) {
    return {
      entry: { ...state, history: [{ date: today, kind: 'introduced' }] },
      change: { kind: 'introduced', fields: [] },
    };
  }
  const before: RuleState = {};
  const recorded: StateField[] = [];
  for (const field of stateFields) {
    const old = locked[field];
    if (sameValue(field, old, state[field])) continue;
    if (old === undefined) recorded.push(field);
    else before[field] = old;
  }
  const changed = Object.keys(before) as StateField[];
  const wasRetired = isRetired(locked);
  if (changed.length === 0 && !wasRetired) {
    return {
      entry: { ...state, history: locked.history },
      ...(recorded.length > 0 && { change: { kind: 'recorded', fields: recorded } }),
    };
  }
  const kind = wasRetired ? 'restored' : 'changed';
  const added: HistoryEntry = { date: today, kind, ...(changed.length > 0 && { before }) };
  return { entry: { ...state, history: [...locked.history, added] }, change: { kind, fields: changed } };
}

function nextRetired(locked: LockedRule | undefined, retired: RetiredRule, today: string): LockedRule | undefined {
  const last = locked?.history.at(-1);
  const kind = retired.replacedBy === undefined ? 'retired' : 'merged';
  if (last && last.kind === kind && last.into === retired.replacedBy) return undefined;
  const added: HistoryEntry = {
    date: today,
    kind,
    ...(retired.replacedBy !== undefined && { into: retired.replacedBy }),
  };
  return { ...locked, history: [...(locked?.history ?? []), added] };
}

/** Whether the last entry of a rule's history retired it. */
export function isRetired(rule: LockedRule): boolean {
  const last = rule.history.at(-1)?.kind;
  return last === 'retired' || last === 'merged';
}
