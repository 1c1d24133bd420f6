import { fillSidebars } from '../sidebar/fill-sidebars.ts';
import { takeOverSidebars, sidebarsBeside } from '../sidebar/sidebar-handoff.ts';
import { movePermalinksIn } from '../rules/move-permalinks.ts';
import { buildSearchIndex } from './search-index.ts';

/**
 * What the build command does to Astro's output once the Astro process has ended: builds the search index
 * (scripts/integration/starlight-search.ts says why here), then writes in what Pagefind is not to read: the
 * sidebars the pages were rendered without, and the rule permalink pages written beside the output.
 * @returns a line for the terminal
 * @throws Error when Pagefind fails, the sidebars handed over do not match the pages, or a permalink page
 *   has the name of a page Astro rendered
 */
export async function finishOutput(stagingDir: string): Promise<string> {
  const indexed = await buildSearchIndex(stagingDir);
  const sidebars = await fillSidebars(stagingDir, takeOverSidebars(sidebarsBeside(stagingDir)));
  movePermalinksIn(stagingDir);
  const seconds = (indexed.milliseconds / 1000).toFixed(2);
  return `search index of ${counted(indexed.pages, 'page')} built by Pagefind in ${seconds} s; ${counted(sidebars, 'sidebar')} written in`;
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
