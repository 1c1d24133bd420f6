import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const removeFolder = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";

/**
 * Removes a folder nobody reads any more from a process of its own that outlives the caller. A build's
 * previous output, swapped out, took 1.0-1.1 s to delete (4,268 files of a bench build) while the command
 * waited; bare Starlight spends that time emptying its output folder before it builds, archbook keeps the
 * previous output until the new one has passed its checks. Removed here and now if no process can start.
 */
export function removeInBackground(folder: string): void {
  try {
    const child = spawn(process.execPath, ['-e', removeFolder, folder], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
    });
    child.on('error', () => rmSync(folder, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}
