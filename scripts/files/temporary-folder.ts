import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A folder of the system's temporary folder that this process owns. */
export interface TemporaryFolder {
  readonly path: string;
  /** Removes the folder now; it is removed at the process's exit otherwise. */
  remove(): void;
}

/** Folders to remove at exit; one listener for all of them (a listener each would trip Node's leak warning). */
const owned = new Set<string>();
/**
 * Removes every temporary folder this process still owns. Runs at the process's exit; call it first where
 * the process ends without one (a build that stops itself with SIGKILL, scripts/integration/hook-errors.ts).
 */
export function removeTemporaryFolders(): void {
  for (const folder of owned) removeFolder(folder);
  owned.clear();
  process.removeListener('exit', removeTemporaryFolders);
}

/**
 * Makes a folder in the system's temporary folder that goes away with the process even where the code
 * that made it never gets to remove it: a build stopped by an error while a PlantUML JVM ran, a test that
 * fails before its cleanup. Only a process killed by a signal it does not handle leaves it behind.
 * @param prefix - the start of the folder's name, e.g. `archbook-plantuml-`
 */
export function makeTemporaryFolder(prefix: string): TemporaryFolder {
  const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
  if (owned.size === 0) process.once('exit', removeTemporaryFolders);
  owned.add(folder);
  return {
    path: folder,
    remove() {
      owned.delete(folder);
      if (owned.size === 0) process.removeListener('exit', removeTemporaryFolders);
      removeFolder(folder);
    },
  };
}

/** Attempts at removing a folder another process may be removing part of; about two seconds in all. */
const attempts = 100;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Removes a folder that another process may be emptying at the same time (a build's previous output,
 * removed in the background, lies inside a test's fixture copy). Node's removal stops without an error, the
 * rest left, at the first entry that vanished under it (seen: fixture copies left half removed at the end
 * of a test file), so this tries again until the folder is gone. It never throws: at exit, a throw would
 * turn a finished command into a failed one, and a folder left is the lesser harm.
 */
function removeFolder(folder: string): void {
  for (let attempt = 0; attempt < attempts && existsSync(folder); attempt++) {
    if (attempt > 0) Atomics.wait(pause, 0, 0, 20);
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      continue;
    }
  }
}
