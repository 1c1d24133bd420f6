import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { buildFixture, copyFixture } from '../helpers/build.ts';

const loggingPage = 'site/content/docs/guidelines/logging.md';
const lockFile = 'rules/rules.lock.json';
const oldStatement = 'Pass arguments to the logger instead of formatting the message';
const newStatement = 'Pass values to the logger as arguments';
const atom = 'http://www.w3.org/2005/Atom';

interface LockJson {
  rules: Record<string, { level?: string; statement?: string; history: Record<string, unknown>[] }>;
}

function edit(root: string, file: string, change: (source: string) => string): void {
  const absolute = path.join(root, file);
  writeFileSync(absolute, change(readFileSync(absolute, 'utf8')));
}

/** The minimal fixture with LOG-002's statement and level changed. */
function fixtureWithChangedRule(): string {
  const root = copyFixture('minimal');
  edit(root, loggingPage, (source) =>
    source.replace(`:::rule[${oldStatement}]{#LOG-002 level=SHOULD}`, `:::rule[${newStatement}]{#LOG-002 level=MUST}`),
  );
  return root;
}

function readLock(root: string): LockJson {
  return JSON.parse(readFileSync(path.join(root, lockFile), 'utf8')) as LockJson;
}

function html(outDir: string, page: string): Document {
  return new JSDOM(readFileSync(path.join(outDir, page), 'utf8')).window.document;
}

describe('rule history', () => {
  it('records a changed statement and level as one lock entry and shows old and new on every page', async () => {
    const root = fixtureWithChangedRule();
    const build = await buildFixture('minimal', {
      reuseRoot: root,
      env: { ARCHBOOK_NOW: '2026-12-01', SITE_URL: 'https://example.org' },
    });
    assert.equal(build.code, 0, build.output);
    assert.match(build.output, /rules\/rules\.lock\.json records 1 rule change\(s\): LOG-002 \(level, statement\)/);

    const lock = readLock(root);
    assert.equal(lock.rules['LOG-002']?.level, 'MUST');
    assert.equal(lock.rules['LOG-002']?.statement, newStatement);
    assert.deepEqual(lock.rules['LOG-002']?.history, [
      { date: '2026-11-23', kind: 'introduced' },
      { date: '2026-12-01', kind: 'changed', before: { level: 'SHOULD', statement: oldStatement } },
    ]);
    assert.equal(lock.rules['LOG-001']?.history.length, 1);

    const section = html(build.outDir, 'guidelines/logging/index.html').querySelector('section[data-rule="LOG-002"]');
    const history = section?.querySelector('details.ab-rule-history');
    assert.ok(history, 'the section has a History disclosure');
    assert.equal(history.hasAttribute('open'), false);
    assert.match(history.textContent, /2026-12-01 Level changed from SHOULD to MUST; statement changed/);
    assert.match(history.textContent, new RegExp(`Before${oldStatement}After${newStatement}`));

    const permalink = html(build.outDir, 'rules/LOG-002/index.html');
    assert.equal(permalink.querySelector('meta[http-equiv="refresh"]'), null, 'a changed rule keeps its reader');
    assert.match(permalink.querySelector('h1')?.textContent ?? '', new RegExp(`LOG-002: ${newStatement}`));
    assert.match(permalink.querySelector('.notice')?.textContent ?? '', /This rule changed on 2026-12-01/);
    assert.match(permalink.querySelector('.ab-history')?.textContent ?? '', new RegExp(`Before${oldStatement}`));
    const sectionLink = [...permalink.querySelectorAll('a')].find(
      (a) => a.textContent === 'Read LOG-002 in its section',
    );
    assert.equal(sectionLink?.getAttribute('href'), '/guidelines/logging/#log-002');
    const unchanged = html(build.outDir, 'rules/LOG-001/index.html');
    assert.equal(
      unchanged.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'),
      '0; url=/guidelines/logging/#log-001',
    );

    const changes = html(build.outDir, 'rules/changes/index.html');
    const first = changes.querySelector('li.ab-change');
    assert.equal(first?.getAttribute('data-rule'), 'LOG-002');
    assert.equal(first?.getAttribute('data-kinds'), 'level statement');
    assert.equal(first?.querySelector('a')?.getAttribute('href'), '/rules/LOG-002/');
    assert.equal(changes.querySelector('section.ab-change-day h2')?.textContent, '2026-12-01');
    assert.deepEqual(
      [...changes.querySelectorAll('input[name=kind]')].map((box) => box.getAttribute('value')),
      ['introduced', 'level', 'statement'],
    );

    const feed = new JSDOM(readFileSync(path.join(build.outDir, 'rules/changes.xml'), 'utf8'), {
      contentType: 'application/xml',
    }).window.document;
    assert.equal(feed.getElementsByTagName('parsererror').length, 0);
    assert.equal(feed.documentElement.namespaceURI, atom);
    assert.equal(feed.documentElement.localName, 'feed');
    const entry = feed.getElementsByTagNameNS(atom, 'entry')[0];
    assert.equal(
      entry?.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href'),
      'https://example.org/rules/LOG-002/',
    );
    assert.equal(entry?.getElementsByTagNameNS(atom, 'updated')[0]?.textContent, '2026-12-01T00:00:00Z');

    const json = JSON.parse(readFileSync(path.join(build.outDir, 'rules.json'), 'utf8')) as {
      rules: { id: string; introduced: string; changed: string }[];
    };
    assert.deepEqual(
      json.rules.map(({ id, introduced, changed }) => ({ id, introduced, changed })),
      [
        { id: 'LOG-001', introduced: '2026-11-23', changed: '2026-11-23' },
        { id: 'LOG-002', introduced: '2026-11-23', changed: '2026-12-01' },
        { id: 'TRC-001', introduced: '2026-11-23', changed: '2026-11-23' },
      ],
    );
  });

  it('with CI=true refuses a lock that misses the change, naming the rule at file:line and the command', async () => {
    const root = fixtureWithChangedRule();
    const lockBefore = readFileSync(path.join(root, lockFile), 'utf8');
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist/index.html'), 'previous build\n');
    const build = await buildFixture('minimal', { reuseRoot: root, env: { CI: 'true' } });
    assert.notEqual(build.code, 0);
    assert.match(
      build.output,
      /site\/content\/docs\/guidelines\/logging\.md:12:1 {2}rule LOG-002 changed its level and statement, and rules\/rules\.lock\.json does not record it {2}\(run `npm run lock:rules` \(or `npm run build`\) without CI=true, review and commit rules\/rules\.lock\.json\) \[RulesLockStale\]/,
    );
    assert.match(build.output, /dist was left as it was/);
    assert.equal(readFileSync(path.join(root, 'dist/index.html'), 'utf8'), 'previous build\n');
    assert.equal(readFileSync(path.join(root, lockFile), 'utf8'), lockBefore);
  });

  it('records retiring a rule and merging one into another as their own kinds of change', async () => {
    const root = copyFixture('minimal');
    edit(root, loggingPage, (source) => source.replace(/:::rule\[Pass arguments[\s\S]*?\n:::\n/, ''));
    const published = readLock(root);
    published.rules['LOG-003'] = {
      level: 'MAY',
      statement: 'Sample debug logs',
      history: [{ date: '2026-11-23', kind: 'introduced' }],
    };
    writeFileSync(path.join(root, lockFile), JSON.stringify(published));
    writeFileSync(
      path.join(root, 'rules/retired.yaml'),
      '- id: LOG-002\n  reason: Formatting is the logging library’s business.\n' +
        '- id: LOG-003\n  replacedBy: LOG-001\n  reason: Merged into the JSON rule.\n',
    );
    const build = await buildFixture('minimal', { reuseRoot: root, env: { ARCHBOOK_NOW: '2026-12-02' } });
    assert.equal(build.code, 0, build.output);

    const lock = readLock(root);
    assert.deepEqual(lock.rules['LOG-002']?.history.at(-1), { date: '2026-12-02', kind: 'retired' });
    assert.deepEqual(lock.rules['LOG-003']?.history.at(-1), { date: '2026-12-02', kind: 'merged', into: 'LOG-001' });
    assert.equal(lock.rules['LOG-002']?.statement, oldStatement, 'a retired rule keeps what it said');

    const changes = html(build.outDir, 'rules/changes/index.html');
    const today = [...(changes.querySelector('section.ab-change-day')?.querySelectorAll('li.ab-change') ?? [])];
    assert.deepEqual(
      today.map((item) => [item.getAttribute('data-rule'), item.getAttribute('data-kinds')]),
      [
        ['LOG-003', 'merged'],
        ['LOG-002', 'retired'],
      ],
    );
    const labels = [...changes.querySelectorAll('form[data-change-filter] label')].map((label) =>
      label.textContent.trim(),
    );
    assert.deepEqual(labels, ['New', 'Retired', 'Merged']);

    const merged = html(build.outDir, 'rules/LOG-003/index.html');
    assert.equal(merged.querySelector('meta[http-equiv="refresh"]'), null);
    assert.match(merged.querySelector('.notice')?.textContent ?? '', /This rule was merged into LOG-001 on 2026-12-02/);
    assert.ok(merged.querySelector('.ab-history a[href="/rules/LOG-001/"]'), 'the history links the surviving rule');
    const retired = html(build.outDir, 'rules/LOG-002/index.html');
    assert.match(retired.body.textContent, new RegExp(`It said: SHOULD ${oldStatement}`));
    assert.match(retired.querySelector('.notice')?.textContent ?? '', /This rule was retired on 2026-12-02/);
  });
});
