// The dev server lints and bundles the specs again when a spec, redocly.yaml or Redocly's ignore file beside
// it changes (scripts/openapi/watch-specs.ts), and not for other files.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { describe, it } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { loadPackageTypeScript } from '../../../scripts/integration/package-typescript.ts';
import type { LiveSpecs } from '../../../scripts/openapi/live-specs.ts';

// watch-specs.ts imports starlight-openapi, which publishes TypeScript: Node loads it as the build does.
loadPackageTypeScript();
const { watchSpecs } = await import('../../../scripts/openapi/watch-specs.ts');

const root = path.join(path.sep, 'handbook');

/** A dev server with only what watchSpecs uses: a watcher, and environments without modules. */
function fakeServer(): { server: ViteDevServer; watched: string[]; watcher: EventEmitter } {
  const watched: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: (paths: string[]) => watched.push(...paths) });
  const environment = (name: string) => ({
    name,
    moduleGraph: { idToModuleMap: new Map(), invalidateModule: () => undefined },
    hot: { send: () => undefined },
  });
  const server = { watcher, environments: { client: environment('client'), ssr: environment('ssr') } };
  return { server: server as unknown as ViteDevServer, watched, watcher };
}

describe('the dev server watching the specs', () => {
  it("runs the pipeline again for a spec, redocly.yaml and Redocly's ignore file, not for other files", async () => {
    const { server, watched, watcher } = fakeServer();
    let runs = 0;
    const live = {
      folder: path.join(root, 'specs'),
      reload: () => {
        runs += 1;
        return Promise.resolve([]);
      },
    } as unknown as LiveSpecs;
    const logger = { warn: () => undefined, error: () => undefined } as unknown as AstroIntegrationLogger;
    watchSpecs({ server, live, configFile: path.join(root, 'redocly.yaml'), logger });
    const ignoreFile = path.join(root, '.redocly.lint-ignore.yaml');
    assert.ok(watched.includes(ignoreFile));
    const changed = async (file: string) => {
      watcher.emit('change', file);
      await setTimeout(300);
      return runs;
    };
    assert.equal(await changed(path.join(root, 'site/content/docs/index.md')), 0);
    assert.equal(await changed(ignoreFile), 1);
    assert.equal(await changed(path.join(root, 'redocly.yaml')), 2);
    assert.equal(await changed(path.join(root, 'specs/planner.yaml')), 3);
  });
});
