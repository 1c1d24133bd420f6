#!/usr/bin/env node
// `npm run build`: builds the handbook atomically. Astro writes into a temporary folder next to dist/;
// only when the build and every check pass is that folder swapped in. A failed build leaves the previous
// dist/ exactly as it was. `--outDir <dir>` (as in `astro build`; `--out` also works) builds elsewhere.
import path from 'node:path';
import { runAtomicBuild } from '../build/atomic-build.ts';
import { readOptions, runCommand } from './arguments.ts';

const usage = 'npm run build -- [--outDir <dir>]   (BASE_PATH and SITE_URL from the environment)';

await runCommand('archbook build', async () => {
  const options = readOptions(process.argv.slice(2), { outDir: { type: 'string' }, out: { type: 'string' } }, usage);
  const result = await runAtomicBuild({
    env: process.env,
    outDir: resolveFromCwd(options['outDir'] ?? options['out']),
  });
  return result.ok ? 0 : 1;
});

/** A folder named on the command line is relative to where the command runs, as in `astro build`. */
function resolveFromCwd(dir: string | undefined): string | undefined {
  return dir === undefined ? undefined : path.resolve(dir);
}
