// Acceptance of issue 9: another team adopts archbook. In a copy of this repository (node_modules hard-linked),
// `npm run new -- handbook` replaces the content, the daily `new` commands add to it, and the copy builds,
// passes the engine's unit tests and the content check, with nothing of the original handbook left.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readMarkdownFiles } from '../../scripts/content/markdown-files.ts';
import { docsDir } from '../../scripts/paths.ts';
import { readRulesLock } from '../../scripts/rules/lock.ts';
import { listFiles } from '../../scripts/files/list-files.ts';
import { engineRoot, stripAnsi } from '../helpers/build.ts';

const skipped = /^(node_modules|dist|\.archbook|\.git|test-results|playwright-report|\.astro)$/;

/** Runs a script of the copy with the copy's Node, as `npm run` would; returns exit code and output. */
function run(root: string, args: readonly string[]): { code: number; output: string } {
  // The copy is its own content root; the test runner's own variables must not leak into it.
  const inherited = Object.entries(process.env).filter(([name]) => !/^(ARCHBOOK_|NODE_TEST_CONTEXT$)/.test(name));
  // An adopter scaffolds and builds on their own machine, where the build writes the new rules lock; under
  // CI=true the build would refuse the lock it has not yet written.
  const env = { ...Object.fromEntries(inherited), NO_COLOR: '1', FORCE_COLOR: '0', BASE_PATH: '', CI: '' };
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status ?? 1, output: stripAnsi(`${result.stdout}${result.stderr}`) };
}

describe('a new team adopts archbook', () => {
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'archbook-adopt-'));
    cpSync(engineRoot, root, {
      recursive: true,
      filter: (source) => !skipped.test(path.basename(source)) || path.dirname(source) !== engineRoot,
    });
    // Hard links, not a symlink: Astro compiles components by their real path, which must lie in the copy.
    const linked = spawnSync('cp', ['-al', path.join(engineRoot, 'node_modules'), path.join(root, 'node_modules')]);
    // A dev server of a concurrent test may add or drop Vite's cache files under node_modules/.vite while cp
    // walks it; those caches are rebuilt on demand, so only other failures count.
    const problems = String(linked.stderr)
      .split('\n')
      .filter((line) => line.trim() !== '' && !/node_modules\/\.(vite|astro|cache)\//.test(line));
    assert.deepEqual(problems, [], `copying node_modules failed (exit ${linked.status})`);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('scaffolds a handbook, adds to it daily, builds, and passes the unit tests and the content check', () => {
    const scaffold = run(root, ['scripts/cli/new.ts', 'handbook', '--title', 'Payments Handbook', '--yes']);
    assert.equal(scaffold.code, 0, scaffold.output);
    for (const args of [
      ['page', 'runbooks/incident', '--title', 'Incident response'],
      ['rule', 'SVC', '--page', 'guidelines/services.md', '--level', 'MUST', '--title', 'Log in JSON'],
      ['diagram', 'payments/flow'],
      ['spec', 'orders'],
      ['adr', 'Use PostgreSQL'],
    ]) {
      const created = run(root, ['scripts/cli/new.ts', ...args]);
      assert.equal(created.code, 0, created.output);
    }
    const build = run(root, ['scripts/cli/build.ts']);
    assert.equal(build.code, 0, build.output);
    const dist = path.join(root, 'dist');
    assert.match(readFileSync(path.join(dist, 'index.html'), 'utf8'), /<title>Payments Handbook<\/title>/);
    const rules = JSON.parse(readFileSync(path.join(dist, 'rules.json'), 'utf8')) as { rules: { id: string }[] };
    assert.deepEqual(
      rules.rules.map((rule) => rule.id),
      ['SVC-001', 'SVC-002'],
    );
    for (const page of [
      'runbooks/incident',
      'decisions/adr-001-use-postgresql',
      'api/orders',
      'diagrams/payments/flow',
    ])
      assert.ok(existsSync(path.join(dist, page, 'index.html')), page);
    assert.equal(existsSync(path.join(dist, 'reference')), false, 'no code reference');

    const unit = run(root, ['--test', '--test-concurrency=1', 'tests/unit/**/*.test.ts']);
    assert.match(unit.output, /ℹ fail 0/, unit.output.slice(-3000));
    const content = run(root, ['--test', 'tests/content/**/*.test.ts']);
    assert.equal(content.code, 0, content.output);
  });

  it('leaves none of the original pages or rules in the new handbook', () => {
    const dist = path.join(root, 'dist');
    const published = readFileSync(path.join(dist, 'rules.json'), 'utf8');
    const ours = readRulesLock(engineRoot, 'rules/rules.lock.json').ids;
    assert.deepEqual(
      ours.filter((id) => published.includes(`"${id}"`)),
      [],
    );
    const titles = new Set(
      readMarkdownFiles(engineRoot, docsDir).files.map((page) => String(page.frontmatter['title'])),
    );
    const builtTitles = listFiles(dist, '.html').map(
      (file) => /<title>([^<|]+?)(?: \| [^<]*)?<\/title>/.exec(readFileSync(path.join(dist, file), 'utf8'))?.[1] ?? '',
    );
    assert.ok(builtTitles.length > 5);
    assert.deepEqual(
      builtTitles.filter((title) => titles.has(title)),
      [],
    );
  });
});
