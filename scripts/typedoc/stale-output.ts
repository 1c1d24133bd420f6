import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { docsDir } from '../paths.ts';
import { referenceOutput } from './plugin.ts';

/**
 * Removes the code reference pages an earlier build generated, once the reference is off: left in the docs
 * folder they would still be built, listed and found by search. Only a folder git ignores is removed (the
 * repository's .gitignore marks it as generated); a team's own `reference/` folder is content and stays.
 * @param root - content root
 * @returns whether a stale folder was removed
 */
export function removeStaleReference(root: string): boolean {
  const folder = path.join(root, docsDir, referenceOutput);
  if (!existsSync(folder)) return false;
  const ignored = spawnSync('git', ['check-ignore', '-q', folder], { cwd: root, stdio: 'ignore' });
  if (ignored.status !== 0) return false;
  rmSync(folder, { recursive: true, force: true });
  return true;
}
