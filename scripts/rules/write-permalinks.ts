import { existsSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { permalinkHtml, type PermalinkSite } from './permalink-html.ts';
import { permalinkPages } from './permalink-pages.ts';
import { publishRules } from '../integration/virtual-modules.ts';
import type { RuleContext } from './context.ts';
import { writeFiles } from '../files/write-files.ts';
import { permalinksBeside } from './permalinks-beside.ts';

/** Permalink pages being written beside a build's output folder, to be moved into it when it is done. */
export interface PermalinksAhead {
  /**
   * Waits for the pages, then moves them into the output's `rules/`, beside the pages Astro rendered there.
   * Leaves nothing beside the output, also when it fails.
   * @throws the error that stopped a page from being written
   * @returns how many pages were written
   */
  moveIn(): Promise<number>;
}

/**
 * Starts writing `rules/<ID>/index.html` for every rule and retired ID beside `outDir` (see
 * {@link permalinksBeside}), while the site is
 * built. Thousands of small pages that need nothing of Astro's (no layout, no sidebar, no search) are
 * written as files, not rendered one by one through Astro's router; written before the site's own 300 MB
 * instead of after them, they no longer wait for the disk to take those (1-3 s after the build, by the
 * profile of a bench build). Beside the output, Pagefind does not read them either. The dev server serves
 * the same HTML from site/pages/rules/[id].astro.
 */
export function writePermalinksAhead(outDir: string, rules: RuleContext, site: PermalinkSite): PermalinksAhead {
  const sideDir = permalinksBeside(outDir);
  rmSync(sideDir, { recursive: true, force: true });
  const pages = permalinkPages(publishRules(rules), site.base);
  const written = writeFiles(
    pages.map((page) => ({
      file: path.join(sideDir, 'rules', page.id, 'index.html'),
      text: () => permalinkHtml(page, site),
    })),
  );
  // Until moveIn awaits it, a failed write is held, not reported as an unhandled rejection.
  written.catch(() => undefined);
  return {
    async moveIn() {
      try {
        await written;
        mergeFolder(path.join(sideDir, 'rules'), path.join(outDir, 'rules'));
      } finally {
        rmSync(sideDir, { recursive: true, force: true });
      }
      return pages.length;
    },
  };
}

/**
 * Puts the permalink pages at `target` in a few renames: what Astro rendered there (the rule index, the
 * coverage page) moves in among them, then the whole folder moves.
 * @throws Error when Astro rendered a page under the name of a rule's permalink page
 */
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
