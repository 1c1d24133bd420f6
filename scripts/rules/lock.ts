import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ArchbookError } from '../errors.ts';
import type { Finding } from '../findings.ts';
import { stateFields, type RuleState } from './rule-state.ts';

/** What happened to a rule on a date. A `changed` entry may change several fields at once. */
export const historyKinds = ['introduced', 'changed', 'retired', 'merged', 'restored'] as const;
/** One of {@link historyKinds}. */
export type HistoryKind = (typeof historyKinds)[number];

/** One entry of a rule's history in the lock. */
export interface HistoryEntry {
  /** Day of the build that first saw the change, `YYYY-MM-DD` (UTC). */
  readonly date: string;
  readonly kind: HistoryKind;
  /** For `changed` and `restored`: the values before the change, only of the fields that changed. */
  readonly before?: RuleState;
  /** For `merged`: the rule it was merged into. */
  readonly into?: string;
}

/** A rule as the lock records it: its last published state and how it got there, oldest first. */
export interface LockedRule extends RuleState {
  readonly history: readonly HistoryEntry[];
}

/**
 * The rules lock: every rule ID ever published, with its published state and history, committed with the
 * content. An ID in the lock that is neither defined nor retired has vanished, and its permalink would break.
 */
export interface RulesLock {
  /** A sentence for the reader of the file (how its history was seeded); kept as written. */
  readonly note?: string | undefined;
  readonly rules: Readonly<Record<string, LockedRule>>;
  /** Every ID in the lock, sorted. */
  readonly ids: string[];
}

/** An empty lock (first build). */
export const emptyLock: RulesLock = { rules: {}, ids: [] };

/**
 * Reads the lock file; a missing file is an empty lock. The first format, `{ "ids": [...] }`, reads as rules
 * with no recorded state: the next build records their state and introduces them.
 * @throws ArchbookError naming the file when it is not a lock
 */
export function readRulesLock(root: string, file: string): RulesLock {
  const source = readLockSource(root, file);
  if (source === '') return emptyLock;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ArchbookError('RulesLockInvalid', `${file} is not valid JSON: ${(error as Error).message}`, lockHint);
  }
  const record = isRecord(data) ? data : {};
  const rules: Record<string, LockedRule> = {};
  if (Array.isArray(record['ids'])) {
    for (const id of record['ids']) if (typeof id === 'string') rules[id] = { history: [] };
  }
  if (isRecord(record['rules'])) {
    for (const [id, entry] of Object.entries(record['rules'])) rules[id] = readEntry(file, id, entry);
  }
  const note = typeof record['note'] === 'string' ? record['note'] : undefined;
  return { note, rules, ids: Object.keys(rules).sort() };
}

const lockHint = 'restore the file from git, or delete it to start a new history';

function readEntry(file: string, id: string, value: unknown): LockedRule {
  const fail = (what: string) => new ArchbookError('RulesLockInvalid', `${file}: rule ${id} ${what}`, lockHint);
  if (!isRecord(value) || !Array.isArray(value['history'])) throw fail('has no history list');
  const entry: RuleState & { history: HistoryEntry[] } = { history: [] };
  for (const field of stateFields) {
    const text = value[field];
    if (typeof text === 'string') entry[field] = text;
  }
  for (const item of value['history']) {
    if (!isRecord(item) || typeof item['date'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(item['date'])) {
      throw fail('has a history entry without a YYYY-MM-DD date');
    }
    const kind = item['kind'];
    if (!historyKinds.includes(kind as HistoryKind))
      throw fail(`has a history entry of unknown kind "${String(kind)}"`);
    const before = isRecord(item['before']) ? (item['before'] as RuleState) : undefined;
    const into = typeof item['into'] === 'string' ? item['into'] : undefined;
    entry.history.push({
      date: item['date'],
      kind: kind as HistoryKind,
      ...(before && { before }),
      ...(into && { into }),
    });
  }
  return entry;
}

/**
 * Finds IDs that were published (in the lock) and are now neither defined nor retired.
 * @param lockSource - the lock file's text, to name the line of each vanished ID
 */
export function findVanishedIds(
  lock: RulesLock,
  known: ReadonlySet<string>,
  lockFile: string,
  lockSource: string,
  retiredFile: string,
): Finding[] {
  const lines = lockSource.split('\n');
  return lock.ids
    .filter((id) => !known.has(id))
    .map((id) => ({
      code: 'RuleIdVanished',
      message: `rule ${id} was published and is no longer defined; its permalink /rules/${id}/ would break`,
      hint: `restore the rule, or retire it in ${retiredFile} with replacedBy and reason`,
      location: { file: lockFile, line: lineOf(lines, id), column: 1 },
    }));
}

/** The line of a rule's entry: the line starting with its quoted ID, else the first line naming it. */
function lineOf(lines: readonly string[], id: string): number {
  const quoted = `"${id}"`;
  const own = lines.findIndex((line) => line.trimStart().startsWith(quoted));
  return (own === -1 ? lines.findIndex((line) => line.includes(quoted)) : own) + 1;
}

/** The lock file's text, or '' when it does not exist yet. */
export function readLockSource(root: string, file: string): string {
  const absolute = path.join(root, file);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
