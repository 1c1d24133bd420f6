import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * Turns on Node's compile cache (compiled code of the modules a process loads, kept on disk) for this
 * process and, through `NODE_COMPILE_CACHE`, for every thread and Node process it starts: the rule scan
 * and SVG sanitizer threads, Redocly, Pagefind's indexer, Astro. Astro's own command turns it on for its
 * main thread alone, so the threads loaded jsdom, micromark and the rest from source on every build; a
 * cold bench build was 2 to 4 s slower for it (README, tenth round). The folder is the one Node and Astro
 * use by default, in the system's temporary folder.
 *
 * Not in CI, as Astro does not: a fresh machine writes the cache and never reads it. `NODE_COMPILE_CACHE`
 * set by the user wins, and `NODE_DISABLE_COMPILE_CACHE=1` turns it off everywhere (Node reads both).
 */
export function shareCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  if (env['CI'] || env['NODE_DISABLE_COMPILE_CACHE'] || env['NODE_COMPILE_CACHE']) return;
  const folder = path.join(os.tmpdir(), 'node-compile-cache');
  const { status } = module.enableCompileCache(folder);
  if (status === module.constants.compileCacheStatus.ENABLED) env['NODE_COMPILE_CACHE'] = folder;
}
