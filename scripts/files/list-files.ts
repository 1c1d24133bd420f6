import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file below a folder, as paths relative to it with forward slashes, sorted; an empty list when the
 * folder does not exist. Hidden files (a leading dot) are left out.
 * @param directory - absolute folder
 * @param extension - keep only names ending in it, e.g. `.html`
 */
export function listFiles(directory: string, extension?: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { recursive: true, withFileTypes: true });
  } catch (error) {
    // A folder that is not there has no files; one that went away while it was read is an error.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(directory)) return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .filter((entry) => extension === undefined || entry.name.endsWith(extension))
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
