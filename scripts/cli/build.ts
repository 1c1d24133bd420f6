#!/usr/bin/env node
// `npm run build`: builds the handbook atomically. Astro writes into a temporary folder next to dist/;
// only when the build and every check pass is that folder swapped in. A failed build leaves the previous
// dist/ exactly as it was. `--outDir <dir>` (as in `astro build`; `--out` also works) builds elsewhere.
// `--verbose` (or `DEBUG=archbook`) prints stack traces and Astro's own detail (`astro build --verbose`).
import path from 'node:path';
import { runAtomicBuild } from '../build/atomic-build.ts';
import { readOptions, runCommand } from './arguments.ts';
import { verbose } from '../logging/verbose.ts';

const usage = 'npm run build -- [--outDir <dir>] [--verbose]   (BASE_PATH and SITE_URL from the environment)';

await runCommand('archbook build', async () => {
  const flags = { outDir: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' } } as const;
  const options = readOptions(process.argv.slice(2), flags, usage);
  const result = await runAtomicBuild({
    env: process.env,
    outDir: resolveFromCwd(options['outDir'] ?? options['out']),
    verbose: verbose(process.env, process.argv),
  });
  return result.ok ? 0 : 1;
});

/** A folder named on the command line is relative to where the command runs, as in `astro build`. */
function resolveFromCwd(dir: string | undefined): string | undefined {
  return dir === undefined ? undefined : path.resolve(dir);
}
