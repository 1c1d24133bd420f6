import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildFixture, copyFixture } from '../helpers/build.ts';

const loggingPage = 'site/content/docs/guidelines/logging.md';

/** Copies the minimal fixture and rewrites one of its files. */
function fixtureWith(file: string, edit: (source: string) => string): string {
  const root = copyFixture('minimal');
  const absolute = path.join(root, file);
  writeFileSync(absolute, edit(existsSync(absolute) ? readFileSync(absolute, 'utf8') : ''));
  return root;
}

describe('rule checks stop the build', () => {
  it('fails with file:line on a duplicate rule id', async () => {
    const root = fixtureWith(loggingPage, (s) => s.replace('{#LOG-002 level=SHOULD}', '{#LOG-001 level=SHOULD}'));
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(
      build.output,
      /site\/content\/docs\/guidelines\/logging\.md:12:1 {2}rule ID LOG-001 is already defined at site\/content\/docs\/guidelines\/logging\.md:8:1/,
    );
    assert.match(build.output, /\[RuleDuplicateId\]/);
    assert.equal(existsSync(build.outDir), false);
  });

  it('fails with file:line on a malformed rule id', async () => {
    const root = fixtureWith(loggingPage, (s) => s.replace('{#LOG-002 level=SHOULD}', '{#Log-2 level=SHOULD}'));
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /logging\.md:12:1 {2}rule ID "Log-2" does not match/);
    assert.match(build.output, /\[RuleIdMalformed\]/);
  });

  it('fails with file:line on a reference to an unknown rule', async () => {
    const root = fixtureWith(loggingPage, (s) => s.replace('See also [[LOG-001]].', 'See also [[LOG-404]].'));
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /logging\.md:20:10 {2}\[\[LOG-404\]\] refers to a rule that does not exist/);
    assert.match(build.output, /\[RuleReferenceUnknown\]/);
  });

  it('fails naming the lock file line when a published id disappears without being retired', async () => {
    const root = fixtureWith(loggingPage, (s) => s.replace(/:::rule\[Pass arguments[\s\S]*?\n:::\n/, ''));
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /rules\/rules\.lock\.json:13:1 {2}rule LOG-002 was published and is no longer defined/);
    assert.match(build.output, /retire it in rules\/retired\.yaml/);
  });

  it('fails with file:line on a rule without a level', async () => {
    const root = fixtureWith(loggingPage, (s) => s.replace('{#LOG-002 level=SHOULD}', '{#LOG-002}'));
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(build.output, /logging\.md:12:1 {2}rule LOG-002 has level ""/);
  });

  it('keeps the permalink of a retired id, showing why and linking its replacement', async () => {
    const retiredRoot = copyFixture('minimal');
    writeFileSync(
      path.join(retiredRoot, loggingPage),
      readFileSync(path.join(retiredRoot, loggingPage), 'utf8').replace(/:::rule\[Pass arguments[\s\S]*?\n:::\n/, ''),
    );
    writeFileSync(
      path.join(retiredRoot, 'rules/retired.yaml'),
      '- id: LOG-002\n  replacedBy: LOG-001\n  reason: Covered by the JSON rule.\n',
    );
    const build = await buildFixture('minimal', { reuseRoot: retiredRoot });
    assert.equal(build.code, 0, build.output);
    const page = readFileSync(path.join(build.outDir, 'rules/LOG-002/index.html'), 'utf8');
    assert.match(page, /<a href="\/guidelines\/logging\/#log-001"[^>]*>Go to LOG-001: Write log records as JSON<\/a>/);
    assert.match(page, /Covered by the JSON rule\./);
    const json = JSON.parse(readFileSync(path.join(build.outDir, 'rules.json'), 'utf8')) as {
      retired: { id: string; reason: string; replacedBy: string; retired: string }[];
    };
    assert.deepEqual(
      json.retired.map(({ id, reason, replacedBy }) => ({ id, reason, replacedBy })),
      [{ id: 'LOG-002', reason: 'Covered by the JSON rule.', replacedBy: 'LOG-001' }],
    );
    assert.match(json.retired[0]?.retired ?? '', /^\d{4}-\d{2}-\d{2}$/);
  });

  it('fails with file:line on a reference to a retired rule', async () => {
    const root = copyFixture('minimal');
    writeFileSync(path.join(root, 'rules/retired.yaml'), '- id: LOG-003\n  replacedBy: LOG-001\n  reason: Merged.\n');
    writeFileSync(path.join(root, 'rules/rules.lock.json'), '{ "ids": ["LOG-001", "LOG-002", "LOG-003"] }\n');
    const index = path.join(root, 'site/content/docs/index.md');
    writeFileSync(index, readFileSync(index, 'utf8').replace('[[LOG-001]]', '[[LOG-003]]'));
    const build = await buildFixture('minimal', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(
      build.output,
      /site\/content\/docs\/index\.md:6:66 {2}\[\[LOG-003\]\] refers to a retired rule {2}\(refer to \[\[LOG-001\]\] instead\)/,
    );
  });
});
