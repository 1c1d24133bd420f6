import { filesOnDisk, type OutputFiles } from '../links/output-files.ts';
import { movePermalinksIn } from '../rules/move-permalinks.ts';
import { planSidebarFill, type SidebarFill } from '../sidebar/fill-sidebars.ts';
import { takeOverSidebars, sidebarsBeside } from '../sidebar/sidebar-handoff.ts';
import { finalOutput, type FinalOutput } from './final-output.ts';
import { buildSearchIndex } from './search-index.ts';

/** What finishing the output said, and what its checks found. */
export interface FinishedOutput {
  /** A line for the terminal. */
  readonly said: string;
  /** What `check` returned: an empty list when the output may be published. */
  readonly problems: string[];
}

/**
 * What the build command does to Astro's output once the Astro process has ended: builds the search index
 * (scripts/integration/starlight-search.ts says why here), then writes in what Pagefind is not to read: the
 * sidebars the pages were rendered without, and the rule permalink pages written beside the output.
 * Pagefind runs in a process of its own and uses about one and a half cores: meanwhile `check` reads the
 * output as it will be (final-output.ts). Should it ask after a file of the search index, which Pagefind
 * may not have written yet, it reads the finished folder again once Pagefind is done.
 * @param check - the checks of the finished output (post-build-checks.ts)
 * @throws Error when Pagefind fails, the sidebars handed over do not match the pages, or a permalink page
 *   has the name of a page Astro rendered
 */
export async function finishOutput(
  stagingDir: string,
  check: (files: OutputFiles) => string[],
): Promise<FinishedOutput> {
  const indexing = buildSearchIndex(stagingDir);
  const { fill, output, problems: found } = await checkWhileIndexing(stagingDir, indexing, check);
  const indexed = await indexing;
  const sidebars = await fill.write();
  movePermalinksIn(stagingDir);
  const problems = output.askedForSearchIndex ? check(filesOnDisk(stagingDir)) : found;
  const seconds = (indexed.milliseconds / 1000).toFixed(2);
  return {
    said: `search index of ${counted(indexed.pages, 'page')} built by Pagefind in ${seconds} s; ${counted(sidebars, 'sidebar')} written in`,
    problems,
  };
}

/**
 * Plans the sidebar fill and runs `check` over the output as it will be, while `indexing` runs. On failure
 * it lets Pagefind end first (it writes into the folder the caller removes), and Pagefind's own failure is
 * the one reported, as when it ran first.
 */
async function checkWhileIndexing(
  stagingDir: string,
  indexing: Promise<unknown>,
  check: (files: OutputFiles) => string[],
): Promise<{ fill: SidebarFill; output: FinalOutput; problems: string[] }> {
  try {
    const fill = planSidebarFill(stagingDir, takeOverSidebars(sidebarsBeside(stagingDir)));
    const output = finalOutput(stagingDir, fill);
    return { fill, output, problems: check(output) };
  } catch (error) {
    const failed: unknown = await indexing.then(
      () => undefined,
      (pagefindError: unknown) => pagefindError,
    );
    throw failed ?? error;
  }
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
