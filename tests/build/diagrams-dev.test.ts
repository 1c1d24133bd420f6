import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { copyFixture, engineRoot, stripAnsi } from '../helpers/build.ts';

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

describe('astro dev', () => {
  let root: string;
  let server: ChildProcess;
  let output = '';
  let origin: string;

  before(async () => {
    root = copyFixture('diagrams-ok');
    server = spawn(
      process.execPath,
      [path.join(engineRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--root', engineRoot],
      {
        cwd: engineRoot,
        env: { ...process.env, ARCHBOOK_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
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

  it('updates the page, the diagram page and the SVG when a .puml file changes, without a restart', async () => {
    await waitFor(`${origin}/guidelines/flows/`, /<title>API<\/title>/, 30_000);
    const file = path.join(root, 'diagrams/flows/order.puml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('participant API', 'participant "Orders API" as API'));
    await waitFor(`${origin}/guidelines/flows/`, /Orders API/, 30_000);
    await waitFor(`${origin}/diagrams/flows/order/`, /Orders API/, 10_000);
    await waitFor(`${origin}/diagrams/flows/order.svg`, /Orders API/, 10_000);
    assert.match(output, /3 diagram\(s\) ready: 1 rendered, 2 from the cache \(0 JVMs started\)/);
  });

  it('logs a broken diagram with file:line and keeps serving the last good picture', async () => {
    writeFileSync(path.join(root, 'diagrams/components.puml'), '@startuml\ncomponent A\nnot plantuml\n@enduml\n');
    const deadline = Date.now() + 20_000;
    while (!/diagrams\/components\.puml:3 {2}PlantUML: Syntax Error\?/.test(output)) {
      if (Date.now() > deadline) assert.fail(`no error logged:\n${output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await waitFor(`${origin}/diagrams/components/`, /Fixture components/, 10_000);
  });
});
