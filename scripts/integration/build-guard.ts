import { ArchbookError } from '../errors.ts';

/**
 * Stops `npx astro build` run directly: it would skip the link check and write into dist/ in place, so a
 * failed build could leave a half-written site where the last good one was. `npm run build` runs the same
 * Astro build with both (scripts/build/atomic-build.ts sets `ARCHBOOK_BUILD`). `astro dev`, `astro check`
 * and `astro sync` are not affected.
 * @param argv - the Astro process's arguments
 * @param env - the process environment
 * @throws ArchbookError `AstroBuildUnsupported`
 */
export function refusePlainAstroBuild(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  const command = argv.slice(2).find((argument) => !argument.startsWith('-'));
  if (command !== 'build' || env['ARCHBOOK_BUILD'] === '1') return;
  throw new ArchbookError(
    'AstroBuildUnsupported',
    "`astro build` on its own skips archbook's link check and atomic output swap",
    'run `npm run build` (add `-- --outDir <dir>` for another output folder)',
  );
}
