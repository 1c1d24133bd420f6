import { filesOnDisk, type OutputFiles } from '../links/output-files.ts';
import { movePermalinksIn } from '../rules/move-permalinks.ts';
import { planSidebarFill } from '../sidebar/fill-sidebars.ts';
import { takeOverSidebars, sidebarsBeside } from '../sidebar/sidebar-handoff.ts';
import { finalOutput } from './final-output.ts';
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
  let fill;
  let output;
  let problems;
  try {
    fill = planSidebarFill(stagingDir, takeOverSidebars(sidebarsBeside(stagingDir)));
    output = finalOutput(stagingDir, fill);
    problems = check(output);
  } catch (error) {
    // Pagefind writes into the folder the caller removes on failure: let it end first. Its own failure is
    // the one to report, as when it ran first.
    const failed: unknown = await indexing.then(
      () => undefined,
      (pagefindError: unknown) => pagefindError,
    );
    throw failed ?? error;
  }
  const indexed = await indexing;
  const sidebars = await fill.write();
  movePermalinksIn(stagingDir);
  if (output.askedForSearchIndex) problems = check(filesOnDisk(stagingDir));
  const seconds = (indexed.milliseconds / 1000).toFixed(2);
  return {
    said: `search index of ${counted(indexed.pages, 'page')} built by Pagefind in ${seconds} s; ${counted(sidebars, 'sidebar')} written in`,
    problems,
  };
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
