import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { prepareSpecsCached } from '../../../scripts/openapi/prepare-cache.ts';
import { engineRoot } from '../../../scripts/paths.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const fixture = path.join(engineRoot, 'tests/fixtures/openapi-house');

/** A content root holding a copy of the fixture's specs and redocly.yaml. */
function rootWithSpecs(): string {
  const root = temporaryFolder('archbook-spec-cache-');
  cpSync(path.join(fixture, 'specs'), path.join(root, 'specs'), { recursive: true });
  cpSync(path.join(fixture, 'redocly.yaml'), path.join(root, 'redocly.yaml'));
  return root;
}

describe('prepareSpecsCached', () => {
  it('reuses lint and bundle while nothing changed, and runs again when a spec file changes', async () => {
    const root = rootWithSpecs();
    const options = { root, specsDir: 'specs', base: '/', ruleUrl: (id: string) => `/rules/${id}/` };
    const first = await prepareSpecsCached(options);
    assert.equal(first.fromCache, false);
    assert.equal(first.specs.length, 1);
    const second = await prepareSpecsCached(options);
    assert.equal(second.fromCache, true);
    assert.deepEqual(second.specs, first.specs);
    const spec = path.join(root, 'specs/planner.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^(\s+)version: (.*)$/m, '$1version: 9.9.9'));
    const third = await prepareSpecsCached(options);
    assert.equal(third.fromCache, false);
    const base = await prepareSpecsCached({ ...options, base: '/handbook/' });
    assert.equal(base.fromCache, false, 'another base path is another result');
  });

  it('runs again when a rule named by redocly.yaml comes or goes, not for other rules', async () => {
    const root = rootWithSpecs();
    const config = readFileSync(path.join(root, 'redocly.yaml'), 'utf8');
    const named = /rule\/([A-Z]+-\d+)-/.exec(config)?.[1];
    assert.ok(named, 'the fixture names a rule in a house check');
    const options = { root, specsDir: 'specs', base: '/', ruleUrl: (id: string) => `/rules/${id}/` };
    const run = (known: string[]) => prepareSpecsCached({ ...options, knownRuleIds: new Set(known) });
    assert.equal((await run([])).fromCache, false);
    assert.equal((await run([])).fromCache, true);
    const some = await run(['LOG-001']);
    assert.equal(some.fromCache, false, 'the first known rule turns on the warning about unknown house rules');
    assert.ok(some.warnings.some((warning) => warning.code === 'SpecHouseRuleUnknown'));
    assert.equal((await run(['LOG-001', 'LOG-002', 'OBS-007'])).fromCache, true, 'rules no check names');
    const withNamed = await run(['LOG-001', named]);
    assert.equal(withNamed.fromCache, false, `${named} is named by a house check`);
    assert.ok(!withNamed.warnings.some((warning) => warning.message.includes(`rule ${named},`)));
    assert.equal((await run(['LOG-002', named])).fromCache, true);
  });

  it('reads the rule IDs of house checks as YAML does, escapes included', async () => {
    const root = rootWithSpecs();
    const configFile = path.join(root, 'redocly.yaml');
    const id = /^\s*rule\/([A-Z]+-\d+)-/m.exec(readFileSync(configFile, 'utf8'))?.[1];
    assert.ok(id, 'the fixture names a rule in a house check');
    // Its checks' keys spell the ID with an escape in double quotes; elsewhere (comments, messages) it is gone.
    const escapedId = `\\x${id.charCodeAt(0).toString(16)}${id.slice(1)}`;
    const config = readFileSync(configFile, 'utf8')
      .replace(new RegExp(`^(\\s*)rule/${id}-([\\w-]+):`, 'gm'), `$1"rule/${escapedId}-$2":`)
      .replaceAll(id, 'ZZ-000');
    writeFileSync(configFile, config);
    assert.ok(!config.includes(id) && config.includes(escapedId));
    const options = { root, specsDir: 'specs', base: '/', ruleUrl: (rule: string) => `/rules/${rule}/` };
    const run = (known: string[]) => prepareSpecsCached({ ...options, knownRuleIds: new Set(known) });
    assert.equal((await run(['LOG-001'])).fromCache, false);
    assert.equal((await run(['LOG-001', id])).fromCache, false, `${id} is named by a house check`);
  });

  it("runs again when Redocly's ignore file changes", async () => {
    const root = rootWithSpecs();
    const options = { root, specsDir: 'specs', base: '/', ruleUrl: (id: string) => `/rules/${id}/` };
    assert.equal((await prepareSpecsCached(options)).fromCache, false);
    writeFileSync(path.join(root, '.redocly.lint-ignore.yaml'), '# nothing accepted yet\n');
    assert.equal((await prepareSpecsCached(options)).fromCache, false);
    assert.equal((await prepareSpecsCached(options)).fromCache, true);
  });
});
