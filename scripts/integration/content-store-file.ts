import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildDataFolder, jsonFileModule } from './data-module.ts';

/** Astro's module of the content store: every entry of every collection, with its rendered HTML. */
const storeModuleId = '\0astro:data-layer-content';

/** The file name of Astro's content store in its cache folder (astro/dist/content/consts.js). */
export const contentStoreFileName = 'data-store.json';

/**
 * Astro's content store, read from a file when the pages render instead of bundled into them. Astro makes
 * the store a module whose text is the store's JSON as one string literal (42 MB for the 3,000-page bench),
 * which the bundler parses and writes out again, and which V8 keeps as source while every page renders:
 * on the 3,000-page bench, 1.8 GB allocated while Vite bundled, 0.37 GB once read from a file, and the
 * cold build's peak 1.59 to 1.66 GB instead of 1.90 to 2.37 GB.
 * In a build run by the build command (as for the data modules, data-module.ts), the store is copied into
 * the build's data folder and the module reads it from there: the same JSON, parsed the same way by the
 * store's loader (`ImmutableDataStore.fromModule`), so the pages come out the same.
 *
 * Anything else (the dev server, a build outside the command, a store Astro has not written) is left to
 * Astro's own module. The `meta` is the one Astro gives this module (incremental-metadata.js).
 */
export function contentStoreFromFile(storeFile: URL, env: NodeJS.ProcessEnv = process.env): Plugin {
  return {
    name: 'archbook:content-store-file',
    enforce: 'pre',
    apply: 'build',
    load: {
      // Before Astro's own load hook, which is in an `enforce: 'pre'` plugin of its own, listed first.
      order: 'pre',
      filter: { id: new RegExp(`^${storeModuleId}$`) },
      handler() {
        const folder = buildDataFolder(env);
        const source = fileURLToPath(storeFile);
        if (folder === undefined || !existsSync(source)) return null;
        mkdirSync(folder, { recursive: true });
        const copy = path.join(folder, contentStoreFileName);
        copyFileSync(source, copy);
        return {
          code: jsonFileModule(copy),
          map: { mappings: '' },
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}
