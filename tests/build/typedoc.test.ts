// The code reference: TypeDoc pages inside the handbook, from configurable entry points; any TypeDoc
// warning stops the build with file:line:col.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture, copyFixture, engineRoot, type FixtureBuild } from '../helpers/build.ts';

/** Appends to one file of a fixture copy. */
function append(root: string, file: string, text: string): void {
  const absolute = path.join(root, file);
  writeFileSync(absolute, readFileSync(absolute, 'utf8') + text);
}

describe('code reference', () => {
  let build: FixtureBuild;

  before(async () => {
    build = await buildFixture('typedoc-demo');
    assert.equal(build.code, 0, build.output);
  });

  const page = (file: string): string => readFileSync(path.join(build.outDir, file), 'utf8');

  it('documents the configured entry points under /reference/, in the handbook layout and search', () => {
    const index = page('reference/index.html');
    assert.match(index, /<title>Billing library \| Code reference fixture<\/title>/);
    assert.match(index, /Billing helpers of the fixture team/);
    const fn = page('reference/functions/invoicetotal/index.html');
    assert.match(fn, /The total of an invoice/);
    assert.match(fn, /data-pagefind-body/);
    assert.match(fn, /href="\/reference\/functions\/add\/"/, 'the {@link} resolves');
    assert.ok(existsSync(path.join(build.outDir, 'reference/interfaces/money/index.html')));
  });

  it('lists every page in its sidebar group, with the current page marked', () => {
    const fn = page('reference/functions/invoicetotal/index.html');
    for (const href of [
      '/reference/',
      '/reference/functions/add/',
      '/reference/interfaces/money/',
      '/reference/interfaces/invoiceline/',
    ]) {
      assert.match(fn, new RegExp(`<a href="${href}"`), href);
    }
    assert.match(fn, /<a href="\/reference\/functions\/invoicetotal\/" aria-current="page"/);
    assert.match(fn, /Billing library/);
  });

  it('links each symbol to its source in the repository', () => {
    assert.match(
      page('reference/functions/add/index.html'),
      /href="https:\/\/example\.org\/acme\/fixture\/blob\/main\/src\/money\.ts#L15"/,
    );
  });
});

describe('TypeDoc warnings stop the build', () => {
  it('names the file and line of an export without TSDoc', async () => {
    const root = copyFixture('typedoc-demo');
    append(root, 'src/money.ts', '\nexport function round(value: number): number {\n  return Math.round(value);\n}\n');
    const build = await buildFixture('typedoc-demo', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(
      build.output,
      /src\/money\.ts:20:\d+ {2}round \(\w+\) is exported without a TSDoc comment {2}\(add a \/\*\* … \*\/ comment/,
    );
    assert.match(build.output, /\[TypeDocWarnings\]|The code reference found 1 problem/);
    // One way errors look: no hook wrapper, node_modules location or stack trace.
    assert.doesNotMatch(build.output, /Stack trace|Location:|An unhandled error occurred/);
    assert.equal(existsSync(build.outDir), false);
  });

  it('names the file and line of a broken {@link}', async () => {
    const root = copyFixture('typedoc-demo');
    append(
      root,
      'src/money.ts',
      '\n/** Like {@link subtract}, which does not exist. */\nexport const zero: number = 0;\n',
    );
    const build = await buildFixture('typedoc-demo', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /src\/money\.ts:\d+:\d+ {2}Failed to resolve link to "subtract" in comment for zero/);
  });
});

describe("the toolkit's own reference", () => {
  it('builds from scripts/index.ts with TSDoc on every export', async () => {
    const root = copyFixture('minimal');
    writeFileSync(
      path.join(root, 'archbook.config.ts'),
      `export default {
  title: 'Toolkit reference',
  description: 'The archbook toolkit, documented.',
  repository: { url: 'https://example.org/acme/fixture' },
  reference: { entryPoints: [${JSON.stringify(path.join(engineRoot, 'scripts/index.ts'))}], tsconfig: ${JSON.stringify(path.join(engineRoot, 'tsconfig.json'))} },
  scopes: [
    { id: 'all', label: 'All services', covers: 'Every service.' },
    { id: 'workers', label: 'Queue workers', covers: 'Services that consume a queue.' },
  ],
  sources: [
    { id: 'fixture-guide', title: 'Fixture Style Guide' },
    { id: 'ops-notes', title: 'Operations notes' },
  ],
};
`,
    );
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.equal(build.code, 0, build.output);
    for (const symbol of [
      'functions/defineconfig',
      'functions/parsearchbookconfig',
      'functions/preparespecs',
      'classes/archbookerror',
    ]) {
      assert.ok(existsSync(path.join(build.outDir, 'reference', symbol, 'index.html')), symbol);
    }
  });
});
