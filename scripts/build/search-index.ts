import path from 'node:path';
import { makeTemporaryFolder } from '../files/temporary-folder.ts';
import { runNodeScript } from '../run-node-script.ts';

/** What indexing a build's output found. */
export interface SearchIndexed {
  readonly pages: number;
  readonly milliseconds: number;
}

/**
 * Builds the site's search index under `<outDir>/pagefind/`, as Starlight's own `astro:build:done` hook
 * does (the same Pagefind calls, no options), but once the Astro process has ended: while Pagefind indexed
 * inside it, the Astro process still held what it had rendered with (1.6-1.8 GB at 3,000 pages), and the
 * two together set the build's peak memory (scripts/integration/starlight-search.ts).
 *
 * Pagefind runs from a process of its own (index-site.ts) in an empty working folder: Pagefind reads a
 * `pagefind.yml` (or `.json`, `.toml`) from its working folder, which the author's folder may hold, and its
 * Node API never settles a call when the Pagefind binary dies; an exit code does.
 * @throws Error with Pagefind's own message when it fails or dies
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexed> {
  const workingDir = makeTemporaryFolder('archbook-pagefind-');
  try {
    const { code, stdout, stderr } = await runNodeScript(path.join(import.meta.dirname, 'index-site.ts'), [outDir], {
      cwd: workingDir.path,
    });
    // The time is the indexing process's own: the caller's thread may be busy when the process ends.
    const said = /^\{"pages":(\d+),"milliseconds":(\d+)\}$/m.exec(stdout);
    if (code === 0 && said) return { pages: Number(said[1]), milliseconds: Number(said[2]) };
    throw new Error(
      `Pagefind could not index ${outDir} (exit ${code}): ${stderr.trim() || stdout.trim() || 'it said nothing'}. Build again; if it fails the same way, report it with the output of \`npm ls pagefind\``,
    );
  } finally {
    workingDir.remove();
  }
}
