import { createHash } from 'node:crypto';
import path from 'node:path';
import { contentRoot, engineRoot, workDir } from './paths.ts';

/**
 * Astro's project root for the dev server of this content root. Astro keeps its generated modules, types
 * and dev content store in `<root>/.astro/`, one folder per root; with the engine's root for every
 * handbook, two dev servers (or a dev server and a build) of different content would overwrite each
 * other's content modules and serve one another's pages. Content checked in with the engine (the team's
 * handbook, the fixtures `astro check` reads through the tsconfig's `.astro/types.d.ts`) keeps the engine's
 * root; content elsewhere, or generated under `.archbook/` (the test plan's and the benchmarks' handbooks),
 * gets a root of its own inside the engine, where Astro's generated imports still resolve the engine's
 * node_modules. Builds always use the engine's root and take turns instead (scripts/build/build-turn.ts):
 * Astro names scoped styles and assets after paths relative to the root, and a build's output must not
 * depend on where the engine lies.
 */
export function astroRootFor(content: string): string {
  const relative = path.relative(engineRoot, content);
  const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  const generated = relative === workDir || relative.startsWith(`${workDir}${path.sep}`);
  if (inside && !generated) return engineRoot;
  const key = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return path.join(engineRoot, workDir, 'roots', key);
}

/** Astro's project root in this process: the engine's in a build (`ARCHBOOK_BUILD`), else the dev root. */
export const astroRoot: string = process.env['ARCHBOOK_BUILD'] === '1' ? engineRoot : astroRootFor(contentRoot);

/**
 * Arguments that point Astro at its root and at the engine's `astro.config.mjs` (Astro reads `--config`
 * relative to `--root`).
 */
export function astroRootArgs(root: string = astroRoot): string[] {
  const config = path.relative(root, path.join(engineRoot, 'astro.config.mjs')) || 'astro.config.mjs';
  return ['--root', root, '--config', config];
}
