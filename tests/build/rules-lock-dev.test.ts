import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyFixture, engineRoot, stripAnsi } from '../helpers/build.ts';

const loggingPage = 'site/content/docs/guidelines/logging.md';
const lockFile = 'rules/rules.lock.json';

/** Polls `url` until its body matches `pattern`; returns the body. */
async function waitFor(url: string, pattern: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = await response.text();
      if (response.ok && pattern.test(last)) return last;
    } catch {
      // the server is still starting
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`${url} did not show ${String(pattern)} within ${timeoutMs} ms; last answer:\n${last.slice(0, 500)}`);
}

describe('the dev server and the rules lock', () => {
  let root: string;
  let server: ChildProcess;
  let output = '';
  let origin: string;
  let lockBefore: string;

  before(async () => {
    root = copyFixture('minimal');
    lockBefore = readFileSync(path.join(root, lockFile), 'utf8');
    const page = path.join(root, loggingPage);
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n:::rule[Sample debug logs]{#LOG-003 level=MAY}\nDraft.\n:::\n`);
    server = spawn(
      process.execPath,
      [path.join(engineRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--root', engineRoot],
      {
        cwd: engineRoot,
        env: {
          ...process.env,
          CI: '',
          ARCHBOOK_ROOT: root,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => (output += stripAnsi(chunk.toString())));
    server.stderr?.on('data', (chunk: Buffer) => (output += stripAnsi(chunk.toString())));
    const deadline = Date.now() + 60_000;
    while (!/Local\s+(http:\/\/[^/\s]+)\//.test(output)) {
      if (Date.now() > deadline || server.exitCode !== null) assert.fail(`astro dev did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    origin = /Local\s+(http:\/\/[^/\s]+)\//.exec(output)?.[1] ?? '';
  });

  after(() => {
    server.kill('SIGTERM');
  });

  it('shows a new rule with its history but never writes the lock, so renaming it later is no vanished rule', async () => {
    const html = await waitFor(`${origin}/guidelines/logging/`, /data-rule="LOG-003"/, 60_000);
    assert.match(
      html,
      /<section class="ab-rule" data-rule="LOG-003"[\s\S]*?<details class="ab-rule-history"[\s\S]*?Introduced/,
    );
    assert.equal(readFileSync(path.join(root, lockFile), 'utf8'), lockBefore);

    const page = path.join(root, loggingPage);
    writeFileSync(page, readFileSync(page, 'utf8').replace('{#LOG-003 level=MAY}', '{#LOG-004 level=MAY}'));
    await waitFor(`${origin}/guidelines/logging/`, /data-rule="LOG-004"/, 30_000);
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
