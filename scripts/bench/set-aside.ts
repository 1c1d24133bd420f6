import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Moves a folder into `trash` instead of deleting it, so that the builds measured next do not pay for its
 * deletion. On ext4 without a journal (the bench machine's disk), the kernel passes over each inode freed in
 * the last one to six minutes, one by one, when it makes a new file (`recently_deleted`). Six cold builds,
 * each right after the last one's 11,561 files were deleted: system time grew from 4.9 s to 11.1 s a build,
 * and a seventh spent 12 % of all its samples making inodes, most of it in that scan (`perf`); with the
 * files moved aside instead, 5.0 to 6.1 s (README, fourteenth round). A rename frees no inode.
 * @returns where the folder now is, or `undefined` if there was none
 */
export function setAside(folder: string, trash: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  mkdirSync(trash, { recursive: true });
  const destination = path.join(mkdtempSync(path.join(trash, 'set-aside-')), path.basename(folder));
  renameSync(folder, destination);
  return destination;
}

/** Deletes everything set aside, once nothing is measured any more. */
export function emptyTrash(trash: string): void {
  rmSync(trash, { recursive: true, force: true });
}
