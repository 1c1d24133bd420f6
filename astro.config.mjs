// @ts-check
// The engine's wiring. Teams change archbook.config.ts, not this file.
import { defineConfig } from 'astro/config';
import { loadPackageTypeScript } from './scripts/integration/package-typescript.ts';
import { scanAhead } from './scripts/rules/scan-ahead.ts';
import { contentRoot } from './scripts/paths.ts';

// When Node's attempt to load this file fails, Astro evaluates it once more through Vite, at once. A
// mistake of the author's (a bad archbook.config.ts, a page missing from the sidebar) is then thrown again
// as it was, not looked for again after the diagrams of the first attempt were started a second time.
const failure = Symbol.for('archbook.configFailure');
const state = /** @type {Record<symbol, unknown>} */ (globalThis);
const earlier = state[failure];
state[failure] = undefined;
if (earlier !== undefined) throw earlier;

// The pages are parsed for rules on another thread while Astro and the engine load (the check waits for it).
scanAhead(contentRoot);

// Node loads the engine directly, not through Vite (see package-typescript.ts); it is imported after the
// hooks are registered, so that they are in place when its packages load.
loadPackageTypeScript();
const { createAstroConfig } = await import('./scripts/integration/astro-config.ts');
let config;
try {
  config = await createAstroConfig(process.env);
} catch (error) {
  state[failure] = error;
  throw error;
}

export default defineConfig(config);
