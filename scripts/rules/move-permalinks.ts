import { existsSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { permalinksBeside } from './permalinks-beside.ts';

/**
 * Moves the permalink pages written beside `outDir` (write-permalinks.ts) into its `rules/` in a few
 * renames: what Astro rendered there (the rule index, the coverage page) moves in among them, then the whole
 * folder moves. Called once the site is indexed: Pagefind does not index the permalink pages. Leaves nothing
 * beside the output.
 * @throws Error when Astro rendered a page under the name of a rule's permalink page
 */
export function movePermalinksIn(outDir: string): void {
  const sideDir = permalinksBeside(outDir);
  try {
    mergeFolder(path.join(sideDir, 'rules'), path.join(outDir, 'rules'));
  } finally {
    rmSync(sideDir, { recursive: true, force: true });
  }
}

function mergeFolder(permalinks: string, target: string): void {
  if (!existsSync(permalinks)) return;
  if (existsSync(target)) {
    for (const entry of readdirSync(target)) {
      if (existsSync(path.join(permalinks, entry)))
        throw new Error(`rules/${entry}/ is both a page of the site and a rule's permalink page: rename the page`);
      renameSync(path.join(target, entry), path.join(permalinks, entry));
    }
    rmdirSync(target);
  }
  renameSync(permalinks, target);
}
