import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';

describe('configuration errors stop the build', () => {
  it('names the field path of a wrong value', async () => {
    const root = copyFixture('minimal');
    writeFileSync(
      path.join(root, 'archbook.config.ts'),
      `export default {
  title: 'Fixture handbook',
  description: 'A tiny handbook.',
  repository: { url: 'not a url' },
  diagrams: { threads: 0 },
  reference: { entryPoints: [] },
};
`,
    );
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /archbook\.config\.ts: the configuration is not valid/);
    assert.match(build.output, /- repository\.url: /);
    assert.match(build.output, /- diagrams\.threads: /);
    assert.equal(existsSync(build.outDir), false);
  });

  it('names an unknown option', async () => {
    const root = copyFixture('minimal');
    writeFileSync(
      path.join(root, 'archbook.config.ts'),
      `export default { title: 'T', description: 'D', repository: { url: 'https://example.org/r', brnach: 'main' }, reference: { entryPoints: [] } };\n`,
    );
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /- repository\.brnach: unknown option/);
  });

  it('rejects a BASE_PATH a URL cannot hold', async () => {
    const build = await buildFixture('minimal', { env: { BASE_PATH: '/hand book/' } });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /BASE_PATH has characters a URL path cannot hold: "\/hand book\/"/);
  });
});
