// The rule context rides in the Markdown plugins' options, which Astro serialises on every content sync
// (own enumerable properties) into the key of its whole store: nothing of the rules may show there.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadArchbookConfig } from '../../../scripts/config/load.ts';
import { createRuleContext } from '../../../scripts/rules/context.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const fixture = path.join(import.meta.dirname, '../../fixtures/minimal');

describe('the rule context as Astro sees it', () => {
  let root: string;
  before(() => {
    root = temporaryFolder('archbook-context-');
    cpSync(fixture, root, { recursive: true });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('serialises to nothing that changes with the content, and its digest follows a changed rule', async () => {
    const config = await loadArchbookConfig(root);
    const rules = createRuleContext({ root, config, base: '/', today: '2026-12-03' });
    rules.refresh();
    assert.ok(rules.registry.rules.length > 0, 'the fixture has rules');
    const serialised = () => JSON.stringify(Object.fromEntries(Object.entries(rules)));
    assert.equal(serialised(), '{}');
    assert.match(rules.fingerprint, /^[0-9a-f]{64}$/);

    const before = rules.fingerprint;
    const [rule] = rules.registry.rules;
    const page = path.join(root, 'site/content/docs', `${rule?.page ?? ''}.md`);
    writeFileSync(page, readFileSync(page, 'utf8').replace(rule?.title ?? '', `${rule?.title ?? ''} now`));
    rules.refresh();
    assert.notEqual(rules.fingerprint, before);
    assert.equal(serialised(), '{}');
  });

  it('in dev, re-reads the pages on the first question after one changed, and remembers a failed check', async () => {
    const config = await loadArchbookConfig(root);
    const rules = createRuleContext({ root, config, base: '/', today: '2026-12-03' });
    rules.refresh();
    const [rule] = rules.registry.rules;
    const page = path.join(root, 'site/content/docs', `${rule?.page ?? ''}.md`);
    const text = readFileSync(page, 'utf8');
    const added = `${text}\n:::rule[Added]{#ZZZ-901 level=MAY}\nNew.\n:::\n`;
    writeFileSync(page, added);
    rules.refreshIfChanged();
    assert.ok(!rules.registry.byId.has('ZZZ-901'), 'nothing was marked changed: the registry stays');

    rules.markChanged();
    rules.refreshIfChanged();
    assert.ok(rules.registry.byId.has('ZZZ-901'));

    writeFileSync(page, `${added}\n:::rule[Twice]{#ZZZ-901 level=MUST}\nAgain.\n:::\n`);
    rules.markChanged();
    assert.throws(() => rules.refreshIfChanged(), /ZZZ-901/);
    assert.throws(() => rules.refreshIfChanged(), /ZZZ-901/, 'the failure stays until the pages change again');
    assert.ok(rules.registry.byId.has('ZZZ-901'), 'the last good registry stays');

    writeFileSync(page, text);
    rules.markChanged();
    rules.refreshIfChanged();
    assert.ok(!rules.registry.byId.has('ZZZ-901'));
  });
});
