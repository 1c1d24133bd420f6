#!/usr/bin/env node
// `npm run build`: builds the handbook atomically. Astro writes into a temporary folder next to dist/;
// only when the build and every check pass is that folder swapped in. A failed build leaves the previous
// dist/ exactly as it was.
import { runAtomicBuild } from '../build/atomic-build.ts';

const result = await runAtomicBuild({ env: process.env, argv: process.argv.slice(2) });
process.exitCode = result.ok ? 0 : 1;
