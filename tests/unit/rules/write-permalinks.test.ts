// Rule permalink pages are written beside the output while the site builds (scripts/rules/write-permalinks.ts),
// then moved into its rules/ folder by the build command (scripts/rules/move-permalinks.ts): the result is the pages Astro rendered there plus one page
// per rule, and nothing left beside the output.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadArchbookConfig } from '../../../scripts/config/load.ts';
import { createRuleContext, type RuleContext } from '../../../scripts/rules/context.ts';
import { permalinksBeside } from '../../../scripts/rules/permalinks-beside.ts';
import { writePermalinksAhead } from '../../../scripts/rules/write-permalinks.ts';
import { movePermalinksIn } from '../../../scripts/rules/move-permalinks.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const fixture = path.join(import.meta.dirname, '../../fixtures/minimal');
const site = { title: 'Minimal', base: '/', site: undefined };

describe('rule permalink pages written ahead of the build', () => {
  let root: string;
  let rules: RuleContext;
  before(async () => {
    root = temporaryFolder('archbook-permalinks-');
    cpSync(fixture, path.join(root, 'content'), { recursive: true });
    const content = path.join(root, 'content');
    rules = createRuleContext({
      root: content,
      config: await loadArchbookConfig(content),
      base: '/',
      today: '2026-12-06',
    });
    rules.refresh();
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('join the pages Astro rendered under rules/, a page per rule, and leave nothing beside', async () => {
    const outDir = path.join(root, '.dist-staging-1');
    const ahead = writePermalinksAhead(outDir, rules, site);
    // What Astro renders meanwhile: the rule index and the coverage page.
    mkdirSync(path.join(outDir, 'rules', 'coverage'), { recursive: true });
    writeFileSync(path.join(outDir, 'rules', 'index.html'), '<h1>Rules</h1>');
    writeFileSync(path.join(outDir, 'rules', 'coverage', 'index.html'), '<h1>Coverage</h1>');
    const ids = rules.registry.rules.map((rule) => rule.id);
    assert.ok(ids.length > 1, 'the fixture has rules');

    assert.equal(await ahead.written(), ids.length + rules.registry.retired.length);
    movePermalinksIn(outDir);
    const listed = readdirSync(path.join(outDir, 'rules')).sort();
    assert.deepEqual(
      listed,
      [...ids, ...rules.registry.retired.map((entry) => entry.id), 'coverage', 'index.html'].sort(),
    );
    assert.equal(readFileSync(path.join(outDir, 'rules', 'index.html'), 'utf8'), '<h1>Rules</h1>');
    const [first] = ids;
    assert.match(
      readFileSync(path.join(outDir, 'rules', first ?? '', 'index.html'), 'utf8'),
      new RegExp(`<title>${first}: `),
    );
    assert.equal(existsSync(permalinksBeside(outDir)), false);
  });

  it('are moved in whole where Astro rendered nothing under rules/', async () => {
    const outDir = path.join(root, '.dist-staging-2');
    mkdirSync(outDir);
    const ahead = writePermalinksAhead(outDir, rules, site);
    await ahead.written();
    movePermalinksIn(outDir);
    assert.equal(
      readdirSync(path.join(outDir, 'rules')).length,
      rules.registry.rules.length + rules.registry.retired.length,
    );
  });

  it('report a page that could not be written when awaited, not before, and leave nothing beside', async () => {
    // The output's folder lies under a file: no page can be written beside it.
    const blocker = path.join(root, 'a-file');
    writeFileSync(blocker, 'in the way');
    const outDir = path.join(blocker, '.dist-staging-3');
    const ahead = writePermalinksAhead(outDir, rules, site);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assert.rejects(ahead.written(), { code: 'ENOTDIR' });
    assert.equal(existsSync(permalinksBeside(outDir)), false);
  });

  it('refuse a page Astro rendered under the name of a permalink page, and leave nothing beside', async () => {
    const outDir = path.join(root, '.dist-staging-4');
    const ahead = writePermalinksAhead(outDir, rules, site);
    const [rule] = rules.registry.rules;
    mkdirSync(path.join(outDir, 'rules', rule?.id ?? ''), { recursive: true });
    await ahead.written();
    assert.throws(() => movePermalinksIn(outDir), new RegExp(`rules/${rule?.id ?? ''}/ is both a page of the site`));
    assert.equal(existsSync(permalinksBeside(outDir)), false);
  });
});
