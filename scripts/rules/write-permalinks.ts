import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { permalinkHtml, type PermalinkSite } from './permalink-html.ts';
import { permalinkPages, type PermalinkPage } from './permalink-pages.ts';
import { publishRules } from '../integration/virtual-modules.ts';
import type { RuleContext } from './context.ts';

// Files written at once, on Node's thread pool: one after another, the bench's 3,000 took 1.1-1.5 s on an
// idle disk; this many in flight, 0.15-0.45 s.
const inFlight = 32;

/** The folder beside a build's output folder where its permalink pages are written first. */
export function permalinksBeside(outDir: string): string {
  return path.join(path.dirname(outDir), `${path.basename(outDir)}.permalinks`);
}

/** Permalink pages being written beside a build's output folder, to be moved into it when it is done. */
export interface PermalinksAhead {
  /**
   * Waits for the pages, then moves them into `outDir/rules/`, beside the pages Astro rendered there.
   * @throws the error that stopped a page from being written
   * @returns how many pages were written
   */
  moveInto(outDir: string): Promise<number>;
}

/**
 * Starts writing `rules/<ID>/index.html` for every rule and retired ID into `sideDir`, while the site is
 * built. Thousands of small pages that need nothing of Astro's (no layout, no sidebar, no search) are
 * written as files, not rendered one by one through Astro's router; written before the site's own 300 MB
 * instead of after them, they no longer wait for the disk to take those (1-3 s after the build, by the
 * profile of a bench build). Beside the output, Pagefind does not read them either. The dev server serves
 * the same HTML from site/pages/rules/[id].astro.
 */
export function writePermalinksAhead(sideDir: string, rules: RuleContext, site: PermalinkSite): PermalinksAhead {
  rmSync(sideDir, { recursive: true, force: true });
  const pages = permalinkPages(publishRules(rules), site.base);
  const written = writeAll(path.join(sideDir, 'rules'), pages, site);
  // Until moveInto awaits it, a failed write is held, not reported as an unhandled rejection.
  written.catch(() => undefined);
  return {
    async moveInto(outDir) {
      await written;
      mergeFolder(path.join(sideDir, 'rules'), path.join(outDir, 'rules'));
      rmSync(sideDir, { recursive: true, force: true });
      return pages.length;
    },
  };
}

async function writeAll(rulesDir: string, pages: readonly PermalinkPage[], site: PermalinkSite): Promise<void> {
  let next = 0;
  const writeNext = async (): Promise<void> => {
    for (let page = pages[next++]; page !== undefined; page = pages[next++]) {
      const dir = path.join(rulesDir, page.id);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'index.html'), permalinkHtml(page, site));
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, pages.length) }, writeNext));
}

/**
 * Puts the permalink pages at `target` in a few renames: what Astro rendered there (the rule index, the
 * coverage page) moves in among them, unless a permalink page has its name, then the whole folder moves.
 */
function mergeFolder(permalinks: string, target: string): void {
  if (!existsSync(permalinks)) return;
  if (existsSync(target)) {
    for (const entry of readdirSync(target)) {
      if (!existsSync(path.join(permalinks, entry))) renameSync(path.join(target, entry), path.join(permalinks, entry));
    }
    rmSync(target, { recursive: true, force: true });
  }
  renameSync(permalinks, target);
}
