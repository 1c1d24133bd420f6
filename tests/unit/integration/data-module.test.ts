import assert from 'node:assert/strict';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { dataModule, dataFolderVariable } from '../../../scripts/integration/data-module.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const value = { rules: [{ id: 'LOG-002', title: 'Quotes " and \\ and \u2028 survive', level: 'MUST' }], count: 1 };

/** Writes a module's source to a file and imports it, as the page renderer would load it. */
async function load(source: string, folder: string): Promise<Record<string, unknown>> {
  const file = path.join(folder, `module-${readdirSync(folder).length}.mjs`);
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

describe('dataModule', () => {
  it('carries the value in the module text outside a build (dev server, tests)', async () => {
    const folder = temporaryFolder('archbook-data-module-');
    try {
      const source = dataModule(value, 'default', {});
      assert.ok(source.includes('LOG-002'));
      assert.deepEqual((await load(source, folder))['default'], value);
      assert.deepEqual((await load(dataModule(value, 'specs', {}), folder))['specs'], value);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads the value from a file in the build’s data folder, leaving the module text a line long', async () => {
    const folder = temporaryFolder('archbook-data-module-');
    try {
      const env = { ARCHBOOK_BUILD: '1', [dataFolderVariable]: path.join(folder, 'data') };
      // A dev server or test that inherited the folder's name writes nothing.
      assert.ok(dataModule(value, 'default', { [dataFolderVariable]: env[dataFolderVariable] }).includes('LOG-002'));
      const source = dataModule(value, 'default', env);
      assert.ok(!source.includes('LOG-002'), source);
      assert.equal(readdirSync(path.join(folder, 'data')).length, 1);
      assert.deepEqual((await load(source, folder))['default'], value);
      // The same data is one file, whatever asks for it.
      assert.deepEqual((await load(dataModule(value, 'specs', env), folder))['specs'], value);
      assert.equal(readdirSync(path.join(folder, 'data')).length, 1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
