import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyFixture, engineRoot } from '../helpers/build.ts';
import { startDevServer, waitForPage, type DevServer } from '../helpers/dev-server.ts';

const loggingPage = 'site/content/docs/guidelines/logging.md';
const lockFile = 'rules/rules.lock.json';

describe('the dev server and the rules lock', () => {
  let root: string;
  let server: DevServer;
  let lockBefore: string;

  before(async () => {
    root = copyFixture('minimal');
    lockBefore = readFileSync(path.join(root, lockFile), 'utf8');
    const page = path.join(root, loggingPage);
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n:::rule[Sample debug logs]{#LOG-003 level=MAY}\nDraft.\n:::\n`);
    server = await startDevServer(root, { CI: '' });
  });

  after(() => server.stop());

  it('shows a new rule with its history but never writes the lock, so renaming it later is no vanished rule', async () => {
    const html = await waitForPage(`${server.origin}/guidelines/logging/`, /data-rule="LOG-003"/);
    assert.match(
      html,
      /<section class="ab-rule" data-rule="LOG-003"[\s\S]*?<details class="ab-rule-history"[\s\S]*?Introduced/,
    );
    assert.equal(readFileSync(path.join(root, lockFile), 'utf8'), lockBefore);

    const page = path.join(root, loggingPage);
    writeFileSync(page, readFileSync(page, 'utf8').replace('{#LOG-003 level=MAY}', '{#LOG-004 level=MAY}'));
    await waitForPage(`${server.origin}/guidelines/logging/`, /data-rule="LOG-004"/);
    assert.equal(readFileSync(path.join(root, lockFile), 'utf8'), lockBefore);

    const check = spawnSync(process.execPath, [path.join(engineRoot, 'scripts/cli/check-rules.ts')], {
      cwd: root,
      env: { ...process.env, CI: '', ARCHBOOK_ROOT: root },
      encoding: 'utf8',
    });
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /not yet in the lock: LOG-004 \(introduced\); `npm run lock:rules` records them/);
  });
});
