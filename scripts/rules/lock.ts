import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings.ts';

/**
 * The rules lock: every rule ID ever published, committed with the content. An ID in the lock that is
 * neither defined nor retired has vanished, and its permalink would break.
 */
export interface RulesLock {
  readonly ids: string[];
}

/** Reads the lock file; a missing file is an empty lock (first build). */
export function readRulesLock(root: string, file: string): RulesLock {
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return { ids: [] };
  const data = JSON.parse(readFileSync(absolute, 'utf8')) as Partial<RulesLock>;
  return { ids: Array.isArray(data.ids) ? data.ids.filter((id): id is string => typeof id === 'string') : [] };
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
      location: { file: lockFile, line: lines.findIndex((line) => line.includes(`"${id}"`)) + 1, column: 1 },
    }));
}

/**
 * Adds new IDs to the lock file, keeping it sorted. Returns the IDs added.
 * Never removes one: retiring is explicit.
 */
export function updateRulesLock(root: string, file: string, lock: RulesLock, defined: Iterable<string>): string[] {
  const known = new Set(lock.ids);
  const added = [...defined].filter((id) => !known.has(id)).sort();
  if (added.length === 0) return [];
  const ids = [...known, ...added].sort();
  const absolute = path.join(root, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, `${JSON.stringify({ ids }, null, 2)}\n`);
  return added;
}

/** The lock file's text, or '' when it does not exist yet. */
export function readLockSource(root: string, file: string): string {
  const absolute = path.join(root, file);
  return existsSync(absolute) ? readFileSync(absolute, 'utf8') : '';
}
