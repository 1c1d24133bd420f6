// Rule permalink pages are written beside the output while the site builds, then moved into its rules/
// folder (scripts/rules/write-permalinks.ts): the result is the pages Astro rendered there plus one page
// per rule, and nothing left beside the output.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadArchbookConfig } from '../../../scripts/config/load.ts';
import { createRuleContext, type RuleContext } from '../../../scripts/rules/context.ts';
import { permalinksBeside, writePermalinksAhead } from '../../../scripts/rules/write-permalinks.ts';

const fixture = path.join(import.meta.dirname, '../../fixtures/minimal');
const site = { title: 'Minimal', base: '/', site: undefined };

describe('rule permalink pages written ahead of the build', () => {
  let root: string;
  let rules: RuleContext;
  before(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'archbook-permalinks-'));
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
    const ahead = writePermalinksAhead(permalinksBeside(outDir), rules, site);
    // What Astro renders meanwhile: the rule index and the coverage page.
    mkdirSync(path.join(outDir, 'rules', 'coverage'), { recursive: true });
    writeFileSync(path.join(outDir, 'rules', 'index.html'), '<h1>Rules</h1>');
    writeFileSync(path.join(outDir, 'rules', 'coverage', 'index.html'), '<h1>Coverage</h1>');
    const ids = rules.registry.rules.map((rule) => rule.id);
    assert.ok(ids.length > 1, 'the fixture has rules');

    assert.equal(await ahead.moveInto(outDir), ids.length + rules.registry.retired.length);
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
    const ahead = writePermalinksAhead(permalinksBeside(outDir), rules, site);
    await ahead.moveInto(outDir);
    assert.equal(
      readdirSync(path.join(outDir, 'rules')).length,
      rules.registry.rules.length + rules.registry.retired.length,
    );
  });

  it('report a page that could not be written when moved, not before', async () => {
    const outDir = path.join(root, '.dist-staging-3');
    const beside = permalinksBeside(outDir);
    const ahead = writePermalinksAhead(beside, rules, site);
    // A file where the folder of rule pages belongs: every write fails.
    rmSync(beside, { recursive: true, force: true });
    writeFileSync(beside, 'in the way');
    await assert.rejects(ahead.moveInto(outDir));
  });
});
