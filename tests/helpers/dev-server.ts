import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { engineRoot, stripAnsi } from './build.ts';
import { astroRootFor } from '../../scripts/astro-root.ts';
import { takeBuildTurn } from '../../scripts/build/build-turn.ts';

/** A dev server on a fixture copy, started as `npm run dev -- --port 0` does. */
export interface DevServer {
  /** `http://localhost:<port>`. */
  readonly origin: string;
  /** Everything printed so far, colours removed. */
  output(): string;
  /** Stops the server and its supervisor. */
  stop(): Promise<void>;
}

/**
 * Starts scripts/cli/dev.ts on `root` on a free port; resolves once it listens. Each fixture copy has an
 * Astro root and content store of its own (scripts/astro-root.ts), but a dev server keeps a core busy after
 * each edit: test files that run at the same time take turns, so that their waits for an edit to show hold
 * on two cores. Each holds a lock file while its server runs.
 */
export async function startDevServer(root: string, env: Record<string, string> = {}): Promise<DevServer> {
  const release = await takeTurn();
  const child: ChildProcess = spawn(process.execPath, [path.join(engineRoot, 'scripts/cli/dev.ts'), '--port', '0'], {
    cwd: engineRoot,
    // An author's machine, not CI (where a rule check also refuses a stale rules lock); a test may set CI.
    env: { ...process.env, CI: '', ...env, ARCHBOOK_ROOT: root, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += stripAnsi(chunk.toString())));
  child.stderr?.on('data', (chunk: Buffer) => (output += stripAnsi(chunk.toString())));
  const listening = /Local\s+(http:\/\/[^/\s]+)\//;
  await waitUntil(
    () => listening.test(output) || child.exitCode !== null,
    120_000,
    () => output,
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }).finally(() => {
      // The fixture copy's own Astro root (scripts/astro-root.ts) would outlive it in the engine's .archbook/.
      const astroRoot = astroRootFor(root);
      if (astroRoot !== engineRoot) rmSync(astroRoot, { recursive: true, force: true });
      release();
    });
  const origin = listening.exec(output)?.[1];
  if (origin === undefined) {
    await stop();
    assert.fail(`the dev server did not start:\n${output}`);
  }
  return { origin, output: () => output, stop };
}

/** Waits until no other test's dev server runs, then holds the turn; returns its release. */
function takeTurn(): Promise<() => void> {
  return takeBuildTurn(() => undefined, path.join(engineRoot, '.archbook', 'dev-server-test.lock'));
}

/** Waits until `done()` holds, failing with `describe()` after `timeoutMs`. */
export async function waitUntil(
  done: () => boolean | Promise<boolean>,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) assert.fail(`gave up after ${timeoutMs} ms:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Polls `url` until its body matches (or, with `absent`, stops matching) `pattern`; returns the body. The
 * wait ends as soon as the page shows the change: `timeoutMs` only bounds how long a broken dev loop takes
 * to fail, so keep it generous (the dev server compiles a route on its first request, which on a loaded
 * 2-core CI machine can take many seconds).
 */
export async function waitForPage(url: string, pattern: RegExp, timeoutMs = 60_000, absent = false): Promise<string> {
  let last = '';
  await waitUntil(
    async () => {
      try {
        const response = await fetch(url);
        last = await response.text();
        return response.ok && pattern.test(last) !== absent;
      } catch {
        return false;
      }
    },
    timeoutMs,
    () => `${url} ${absent ? 'still showed' : 'did not show'} ${String(pattern)}; last answer:\n${last.slice(0, 800)}`,
  );
  return last;
}
