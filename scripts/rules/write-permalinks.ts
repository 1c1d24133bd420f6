import { rmSync } from 'node:fs';
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
   * Waits for the pages to be written; the build command moves them into the output's `rules/` once the
   * site is indexed (move-permalinks.ts). Leaves nothing beside the output when a page could not be written.
   * @throws the error that stopped a page from being written
   * @returns how many pages were written
   */
  written(): Promise<number>;
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
  const writing = writeFiles(
    pages.map((page) => ({
      file: path.join(sideDir, 'rules', page.id, 'index.html'),
      text: () => permalinkHtml(page, site),
    })),
  );
  // Until `written` awaits it, a failed write is held, not reported as an unhandled rejection.
  writing.catch(() => undefined);
  return {
    async written() {
      try {
        await writing;
      } catch (error) {
        rmSync(sideDir, { recursive: true, force: true });
        throw error;
      }
      return pages.length;
    },
  };
}
