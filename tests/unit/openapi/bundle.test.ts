import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ArchbookError } from '../../../scripts/errors.ts';
import { bundleSpecs } from '../../../scripts/openapi/bundle.ts';
import { readSpecFiles } from '../../../scripts/openapi/spec-files.ts';
import { engineRoot } from '../../../scripts/paths.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

/** A content root holding a copy of the real-world fixture's specs (three specs, one with a space in its name). */
function rootWithSpecs(): string {
  const root = temporaryFolder('archbook-bundle-');
  cpSync(path.join(engineRoot, 'tests/fixtures/openapi-real-world/specs'), path.join(root, 'specs'), {
    recursive: true,
  });
  return root;
}

describe('bundleSpecs', () => {
  it('bundles several specs in one run to the same documents as one at a time', async () => {
    const root = rootWithSpecs();
    const { specs } = readSpecFiles(root, 'specs');
    assert.equal(specs.length, 3);
    const together = await bundleSpecs({ root, specs, configFile: undefined, outDir: path.join(root, 'all') });
    assert.deepEqual(
      together.map((bundled) => path.basename(bundled.jsonFile)),
      specs.map((source) => `${source.name}.json`),
    );
    for (const [index, source] of specs.entries()) {
      const alone = await bundleSpecs({
        root,
        specs: [source],
        configFile: undefined,
        outDir: path.join(root, `one-${index}`),
      });
      assert.deepEqual(together[index]?.document, alone[0]?.document, source.file);
      assert.equal(
        readFileSync(together[index]?.yamlFile ?? '', 'utf8'),
        readFileSync(alone[0]?.yamlFile ?? '', 'utf8'),
      );
    }
    const bookshop = together.find((bundled) => bundled.source.name === 'bookshop')?.document;
    assert.doesNotMatch(JSON.stringify(bookshop), /shared\/book\.yaml/, 'the fragment is inlined');
  });

  it('names the spec the bundler refused, even when the others bundle', async () => {
    const root = rootWithSpecs();
    writeFileSync(
      path.join(root, 'specs/broken.yaml'),
      [
        'openapi: 3.1.0',
        'info: { title: Broken, version: 1.0.0 }',
        'paths:',
        '  /a:',
        '    get:',
        '      responses:',
        "        '200': { $ref: './missing.yaml#/Ok' }",
        '',
      ].join('\n'),
    );
    const { specs } = readSpecFiles(root, 'specs');
    await assert.rejects(
      bundleSpecs({ root, specs, configFile: undefined, outDir: path.join(root, 'out') }),
      (error: unknown) =>
        error instanceof ArchbookError &&
        error.code === 'SpecBundleFailed' &&
        error.message.startsWith('specs/broken.yaml: redocly bundle failed'),
    );
  });
});
