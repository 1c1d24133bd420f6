// Astro's content store is read from a file when a build's pages render (scripts/integration/content-store-file.ts).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { contentStoreFileName, contentStoreFromFile } from '../../../scripts/integration/content-store-file.ts';
import { dataFolderVariable } from '../../../scripts/integration/data-module.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const astroDist = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist');
const storeModuleId = '\0astro:data-layer-content';
// A store as Astro writes it (devalue's flat form), with characters a module's string literal must escape.
const store = JSON.stringify([[['docs', 1]], 'docs', [[2, 3]], 'guide', { id: 4 }, 'Quotes " \\ \u2028 — and a rule']);

type LoadResult = { code: string; map: unknown; meta: unknown } | null;

function load(plugin: Plugin, id: string): LoadResult {
  const hook = plugin.load as { filter: { id: RegExp }; handler: (id: string) => LoadResult };
  return hook.filter.id.test(id) ? hook.handler.call(undefined as never, id) : null;
}

function withFolder(run: (folder: string) => Promise<void> | void): Promise<void> {
  const folder = temporaryFolder('archbook-content-store-');
  return Promise.resolve(run(folder)).finally(() => rmSync(folder, { recursive: true, force: true }));
}

describe('contentStoreFromFile', () => {
  it('gives the store module a line that reads the store from a copy in the build’s data folder', () =>
    withFolder(async (folder) => {
      const cache = path.join(folder, 'cache');
      mkdirSync(cache);
      writeFileSync(path.join(cache, contentStoreFileName), store);
      const env = { ARCHBOOK_BUILD: '1', [dataFolderVariable]: path.join(folder, 'data') };
      const plugin = contentStoreFromFile(pathToFileURL(path.join(cache, contentStoreFileName)), env);
      assert.equal(plugin.enforce, 'pre');
      assert.equal(plugin.apply, 'build');
      const result = load(plugin, storeModuleId);
      assert.ok(result !== null);
      assert.ok(!result.code.includes('rule'), result.code);
      assert.deepEqual(readdirSync(path.join(folder, 'data')), [contentStoreFileName]);
      const { createContentDataIncrementalMetadata } = (await import(
        pathToFileURL(path.join(astroDist, 'core', 'build', 'incremental-metadata.js')).href
      )) as { createContentDataIncrementalMetadata: () => unknown };
      assert.deepEqual(result.meta, createContentDataIncrementalMetadata());
      const moduleFile = path.join(folder, 'store-module.mjs');
      writeFileSync(moduleFile, result.code);
      const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
      assert.deepEqual(loaded.default, JSON.parse(store));
      // The copy is what the pages read: a later change of Astro's cache does not reach them.
      writeFileSync(path.join(cache, contentStoreFileName), '[]');
      assert.equal(readFileSync(path.join(folder, 'data', contentStoreFileName), 'utf8'), store);
    }));

  it('leaves the module to Astro outside a build by the command, before the store exists, and for other modules', () =>
    withFolder((folder) => {
      const file = pathToFileURL(path.join(folder, contentStoreFileName));
      const env = { ARCHBOOK_BUILD: '1', [dataFolderVariable]: path.join(folder, 'data') };
      assert.equal(load(contentStoreFromFile(file, env), storeModuleId), null);
      writeFileSync(file, store);
      assert.equal(
        load(contentStoreFromFile(file, { [dataFolderVariable]: env[dataFolderVariable] }), storeModuleId),
        null,
      );
      assert.equal(load(contentStoreFromFile(file, { ARCHBOOK_BUILD: '1' }), storeModuleId), null);
      assert.equal(load(contentStoreFromFile(file, env), '\0astro:data-layer-content-chunk:docs-0.json'), null);
      assert.equal(load(contentStoreFromFile(file, env), 'astro:data-layer-content'), null);
    }));

  it('wins over a plugin shaped like Astro’s, which loads the module first otherwise', () =>
    withFolder(async (folder) => {
      // Astro's plugin is `enforce: 'pre'` too, and comes before an integration's plugins.
      const astroLike: Plugin = {
        name: 'astro-like-content-store',
        enforce: 'pre',
        resolveId: (id) => (id === 'astro:data-layer-content' ? storeModuleId : null),
        load: {
          filter: { id: new RegExp(`^${storeModuleId}$`) },
          handler: () => `export default JSON.parse(${JSON.stringify(store)})`,
        },
      };
      writeFileSync(path.join(folder, contentStoreFileName), store);
      writeFileSync(path.join(folder, 'page.js'), "export { default } from 'astro:data-layer-content';\n");
      const env = { ARCHBOOK_BUILD: '1', [dataFolderVariable]: path.join(folder, 'data') };
      const output = (await build({
        root: folder,
        configFile: false,
        logLevel: 'silent',
        plugins: [astroLike, contentStoreFromFile(pathToFileURL(path.join(folder, contentStoreFileName)), env)],
        build: { write: false, ssr: path.join(folder, 'page.js') },
      })) as Rolldown.RolldownOutput;
      const code = output.output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
      assert.match(code, /readFileSync/);
      assert.ok(!code.includes('a rule'), code);
    }));

  it('stands in for the module as this Astro release makes it: the store file inlined as one JSON string', () => {
    // A release that names the module or the file otherwise, or builds the module another way, fails here:
    // follow it, or drop the plugin.
    const consts = readFileSync(path.join(astroDist, 'content', 'consts.js'), 'utf8');
    assert.match(consts, /const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";/);
    assert.match(consts, new RegExp(`const DATA_STORE_FILE = "${contentStoreFileName}";`));
    const plugin = readFileSync(path.join(astroDist, 'content', 'vite-plugin-content-virtual-mod.js'), 'utf8');
    assert.match(plugin, /enforce: "pre",/);
    assert.match(plugin, /code: `export default JSON\.parse\(\$\{JSON\.stringify\(jsonData\)\}\)`/);
    const paths = readFileSync(path.join(astroDist, 'content', 'paths.js'), 'utf8');
    assert.match(paths, /new URL\(DATA_STORE_FILE, isDev \? settings\.dotAstroDir : settings\.config\.cacheDir\)/);
  });
});
