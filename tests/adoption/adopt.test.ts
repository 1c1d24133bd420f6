// Acceptance of issue 9: another team adopts archbook. In a copy of this repository, `npm run new -- handbook`
// replaces the content, the daily `new` commands add to it, the copy builds, and its own `npm test` (the
// whole plan: unit, build and end-to-end tests, content check) passes, with nothing of the original
// handbook left in what it publishes.
// `npm test` runs this file alone, in a step of its own after the build tests: the nested suite needs both
// cores. In the copy this file is skipped (ARCHBOOK_ADOPTION_COPY), or each copy would adopt again.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readMarkdownFiles } from '../../scripts/content/markdown-files.ts';
import { listFiles } from '../../scripts/files/list-files.ts';
import { docsDir } from '../../scripts/paths.ts';
import { readRulesLock } from '../../scripts/rules/lock.ts';
import { handbookPages, handbookSupport } from '../../scripts/scaffold/handbook-files.ts';
import { failedSteps } from '../../scripts/testing/failed-steps.ts';
import { testPlan } from '../../scripts/testing/test-plan.ts';
import { engineRoot } from '../helpers/build.ts';
import { copyRepository, runInCopy } from './repository-copy.ts';

const nestedReason = "the adoption test's own copy: adopting again from here would nest copies without end";
const skip = process.env['ARCHBOOK_ADOPTION_COPY'] === '1' && nestedReason;
/** The nested `npm test`'s whole output, kept for reading after a failure (the copy is removed). */
const nestedLog = path.join(engineRoot, '.archbook', 'adoption', 'npm-test.log');
const seed = { title: 'Payments Handbook' };
/** Pages the daily commands below add, relative to the docs folder. */
const dailyPages = ['runbooks/incident.md', 'decisions/adr-001-use-postgresql.md'];

/** Page titles and rule IDs of a content root, as its pages and rules lock declare them. */
function declared(root: string): { titles: Set<string>; ids: Set<string> } {
  const pages = readMarkdownFiles(root, docsDir).files;
  return {
    titles: new Set(pages.map((page) => String(page.frontmatter['title']))),
    ids: new Set(readRulesLock(root, 'rules/rules.lock.json').ids),
  };
}

describe('a new team adopts archbook', () => {
  let root: string;

  before(() => {
    if (!skip) root = copyRepository();
  });

  after(() => {
    if (!skip) rmSync(root, { recursive: true, force: true });
  });

  it('scaffolds a handbook in place of ours, adds to it daily, and builds it', { skip }, () => {
    const scaffold = runInCopy(root, 'node', ['scripts/cli/new.ts', 'handbook', '--title', seed.title, '--yes']);
    assert.equal(scaffold.code, 0, scaffold.output);
    for (const args of [
      ['page', 'runbooks/incident', '--title', 'Incident response'],
      ['rule', 'SVC', '--page', 'guidelines/services.md', '--level', 'MUST', '--title', 'Log in JSON'],
      ['diagram', 'payments/flow'],
      ['spec', 'orders'],
      ['adr', 'Use PostgreSQL'],
    ]) {
      const created = runInCopy(root, 'node', ['scripts/cli/new.ts', ...args]);
      assert.equal(created.code, 0, created.output);
    }
    const written = Object.keys({ ...handbookPages(seed), ...handbookSupport() })
      .filter((file) => file.startsWith(`${docsDir}/`))
      .map((file) => file.slice(docsDir.length + 1));
    assert.deepEqual(
      listFiles(path.join(root, docsDir)),
      [...written, ...dailyPages].sort(),
      'the docs hold only the new handbook',
    );

    const build = runInCopy(root, 'node', ['scripts/cli/build.ts']);
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
  });

  it('passes its own npm test: every step of the plan, this adoption skipped there', { skip }, () => {
    const nested = runInCopy(root, 'npm', ['test'], { ARCHBOOK_ADOPTION_COPY: '1' });
    mkdirSync(path.dirname(nestedLog), { recursive: true });
    writeFileSync(nestedLog, nested.output);
    // What the failed steps printed about their failures: the copy and its log are gone once CI ends.
    const titles = testPlan()
      .flat()
      .map((step) => step.title);
    const failures = failedSteps(nested.output, titles).map((step) => `=== ${step.title}: FAILED ===\n${step.report}`);
    const context = `${failures.join('\n\n')}\n…${nested.output.slice(-2000)}\n(whole output: ${nestedLog})`;
    assert.equal(nested.code, 0, context);
    assert.match(nested.output, /^tests: [1-9]\d* passed, 0 failed$/m, context);
    for (const step of testPlan().flat()) assert.ok(nested.output.includes(`=== ${step.title} ===`), step.title);
    assert.ok(nested.output.includes(`# ${nestedReason}`), 'the nested adoption test reports why it skips');
  });

  it('publishes none of our pages or rules', { skip }, () => {
    // The nested run's content check built the copy's handbook into dist/ last. A title or rule ID the new
    // handbook declares itself is its own (a team that adopted from the same scaffold shares them).
    const dist = path.join(root, 'dist');
    const ours = declared(engineRoot);
    const theirs = declared(root);
    const published = readFileSync(path.join(dist, 'rules.json'), 'utf8');
    assert.deepEqual(
      [...ours.ids].filter((id) => !theirs.ids.has(id) && published.includes(`"${id}"`)),
      [],
    );
    const builtTitles = listFiles(dist, '.html').map(
      (file) => /<title>([^<|]+?)(?: \| [^<]*)?<\/title>/.exec(readFileSync(path.join(dist, file), 'utf8'))?.[1] ?? '',
    );
    assert.ok(builtTitles.length > 5);
    assert.deepEqual(
      builtTitles.filter((title) => ours.titles.has(title) && !theirs.titles.has(title)),
      [],
    );
  });
});
