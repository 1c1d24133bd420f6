import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { permalinkHtml, type PermalinkSite } from './permalink-html.ts';
import { permalinkPages } from './permalink-pages.ts';
import { publishRules } from '../integration/virtual-modules.ts';
import type { RuleContext } from './context.ts';

/**
 * Writes `rules/<ID>/index.html` for every rule and retired ID into a finished build. Thousands of small
 * pages that need nothing of Astro's (no layout, no sidebar, no search) are written as files once the site
 * is built, instead of being rendered one by one through Astro's router and read again by Pagefind, which
 * indexes none of them. The dev server serves the same HTML from site/pages/rules/[id].astro.
 * @returns how many pages were written
 */
export function writePermalinkPages(outDir: string, rules: RuleContext, site: PermalinkSite): number {
  const pages = permalinkPages(publishRules(rules), site.base);
  for (const page of pages) {
    const dir = path.join(outDir, 'rules', page.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), permalinkHtml(page, site));
  }
  return pages.length;
}
