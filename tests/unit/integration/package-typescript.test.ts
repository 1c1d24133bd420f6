// Node loads the packages that publish TypeScript (scripts/integration/package-typescript.ts), so Astro loads
// the handbook's config with Node instead of falling back to a Vite server: each in a fresh process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { engineRoot } from '../../../scripts/paths.ts';

const hooks = pathToFileURL(`${engineRoot}/scripts/integration/package-typescript.ts`).href;
const importBoth =
  "const openapi = await import('starlight-openapi'); const typedoc = await import('starlight-typedoc');" +
  'console.log(typeof openapi.default, typeof typedoc.default);';

function run(script: string) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: engineRoot, encoding: 'utf8' });
}

describe('packages that publish TypeScript', () => {
  it('are refused by Node on its own', () => {
    const plain = run(importBoth);
    assert.notEqual(plain.status, 0);
    assert.match(plain.stderr, /ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING/);
  });

  it('load with the hooks (extensionless imports, parameter properties), without a warning', () => {
    const hooked = run(
      `import { loadPackageTypeScript } from ${JSON.stringify(hooks)};` +
        `loadPackageTypeScript(); loadPackageTypeScript(); ${importBoth}`,
    );
    assert.equal(hooked.stderr, '');
    assert.equal(hooked.status, 0);
    assert.equal(hooked.stdout.trim(), 'function function');
  });
});
