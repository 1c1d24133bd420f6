import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/** Every file of a folder with the hash of its bytes, sorted. */
function fingerprint(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  return new Map(
    entries
      .map((file) => [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Bytes of every file in a folder; a file gone before it is weighed (a cache's temporary file) counts 0. */
function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (sum, entry) => sum + (statSync(path.join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.size ?? 0),
      0,
    );
}

/**
 * Builds the minimal fixture, makes a change to its copy, and builds again: the first build's output
 * fingerprint, the second build, and the copy's folder (where a build leaves its staging folders).
 */
async function buildThenRebuildAfter(change: (root: string) => void) {
  const root = copyFixture('minimal');
  const first = await buildFixture('minimal', { reuseRoot: root });
  assert.equal(first.code, 0, first.output);
  const before = fingerprint(first.outDir);
  change(root);
  const second = await buildFixture('minimal', { reuseRoot: root });
  return { root, before, second };
}

/** What builds left beside the output in `root`: staging folders and the files named after them. */
function leftoversIn(root: string): string[] {
  return readdirSync(root).filter((name) => name.includes('staging'));
}

const loggingPage = (root: string): string => path.join(root, 'site/content/docs/guidelines/logging.md');

describe('build output', () => {
  it('a failed build leaves the previous dist/ byte for byte as it was', async () => {
    const { root, before, second } = await buildThenRebuildAfter((root) => {
      const page = loggingPage(root);
      writeFileSync(page, readFileSync(page, 'utf8').replace('See also [[LOG-001]].', 'See also [[LOG-999]].'));
    });
    assert.ok(before.size > 5);
    assert.notEqual(second.code, 0);
    assert.match(second.output, /dist was left as it was/);
    assert.deepEqual(fingerprint(second.outDir), before);
    assert.deepEqual(leftoversIn(root), []);
  });

  it('a broken link found after rendering also leaves dist/ untouched, naming the Markdown line', async () => {
    const { root, before, second } = await buildThenRebuildAfter((root) => {
      const page = loggingPage(root);
      writeFileSync(page, `${readFileSync(page, 'utf8')}\nRead the [missing page](/guidelines/missing/).\n`);
    });
    assert.notEqual(second.code, 0);
    assert.match(
      second.output,
      /site\/content\/docs\/guidelines\/logging\.md:22:1 {2}a\[href\] "\/guidelines\/missing\/" points to a page or file that does not exist/,
    );
    assert.deepEqual(fingerprint(second.outDir), before);
    assert.deepEqual(leftoversIn(root), []);
  });

  it('a failure once Astro is done (search index, sidebars, permalink pages) also leaves dist/ and nothing beside', async () => {
    // A page at the address of LOG-001's permalink page: found when the permalink pages are moved in.
    const { root, before, second } = await buildThenRebuildAfter((root) =>
      writeFileSync(
        path.join(root, 'site/content/docs/guidelines/clash.md'),
        '---\ntitle: Clash\nslug: rules/LOG-001\n---\n\nA page where a permalink page goes.\n',
      ),
    );
    assert.notEqual(second.code, 0);
    assert.match(
      second.output,
      /archbook: the build could not be finished: rules\/LOG-001\/ is both a page of the site and a rule's permalink page: rename the page; dist was left as it was/,
    );
    assert.deepEqual(fingerprint(second.outDir), before);
    assert.deepEqual(leftoversIn(root), []);
  });

  it('two builds of the same sources are byte-identical, and the second compiles nothing new', async () => {
    const root = copyFixture('minimal');
    // Node's compile cache (which Astro's command turns on outside CI) in a folder of this test's own: the
    // second build loads the code the first compiled, Astro's page chunks included, instead of adding its
    // own copy of them under a path of its own (about 29 MB per build of the bench handbook, before).
    const compileCache = temporaryFolder('archbook-compile-cache-');
    const env = { NODE_COMPILE_CACHE: compileCache };
    const first = await buildFixture('minimal', { reuseRoot: root, env });
    assert.equal(first.code, 0, first.output);
    const a = fingerprint(first.outDir);
    const cachedByFirst = folderBytes(compileCache);
    const second = await buildFixture('minimal', { reuseRoot: root, env });
    assert.equal(second.code, 0, second.output);
    const b = fingerprint(second.outDir);
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
    assert.deepEqual(differing, []);
    // Astro loads astro.config.mjs under a new query each time: a few kB of new entries are its.
    const added = folderBytes(compileCache) - cachedByFirst;
    assert.ok(added < 100_000, `the second build added ${added} bytes to the compile cache`);
    // The process that removes the swapped-out output in the background may still be writing its entry.
    rmSync(compileCache, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });
});
