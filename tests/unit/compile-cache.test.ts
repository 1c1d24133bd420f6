// A build's threads and child processes load their modules through Node's compile cache, as Astro's main
// thread does (scripts/compile-cache.ts); CI and the user's own settings turn it off.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

const temporary = mkdtempSync(path.join(os.tmpdir(), 'archbook-compile-cache-'));
after(() => rmSync(temporary, { recursive: true, force: true }));

const compileCache = new URL('../../scripts/compile-cache.ts', import.meta.url).href;

/** Where a process that called shareCompileCache, one of its threads and one of its children cache code. */
function cacheFolders(env: Record<string, string>): { main: string; thread: string; child: string } {
  const script = `
    import module from 'node:module';
    import { execFileSync } from 'node:child_process';
    import { Worker } from 'node:worker_threads';
    import { shareCompileCache } from ${JSON.stringify(compileCache)};
    shareCompileCache();
    const ask = "String(process.getBuiltinModule('node:module').getCompileCacheDir())";
    const child = execFileSync(process.execPath, ['-p', ask], { encoding: 'utf8' }).trim();
    const reply = "process.getBuiltinModule('node:worker_threads').parentPort.postMessage(" + ask + ')';
    const worker = new Worker(reply, { eval: true });
    worker.once('message', (thread) => {
      console.log(JSON.stringify({ main: String(module.getCompileCacheDir()), thread, child }));
      worker.terminate();
    });`;
  const cacheSettings = new Set(['CI', 'NODE_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE']);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !cacheSettings.has(name)));
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...inherited, TMPDIR: temporary, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { main: string; thread: string; child: string };
}

describe('the compile cache of a build', () => {
  it('is shared with the threads and the processes a build starts', () => {
    const folders = cacheFolders({});
    const expected = path.join(temporary, 'node-compile-cache');
    assert.ok(folders.main.startsWith(expected + path.sep), folders.main);
    assert.equal(folders.thread, folders.main);
    assert.ok(folders.child.startsWith(expected + path.sep), folders.child);
  });

  it('stays off in CI, where nothing would read it again', () => {
    assert.deepEqual(cacheFolders({ CI: 'true' }), { main: 'undefined', thread: 'undefined', child: 'undefined' });
  });

  it('stays off when the user turns it off', () => {
    const folders = cacheFolders({ NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.deepEqual(folders, { main: 'undefined', thread: 'undefined', child: 'undefined' });
  });

  it('keeps a folder the user chose', () => {
    const chosen = path.join(temporary, 'chosen');
    const folders = cacheFolders({ NODE_COMPILE_CACHE: chosen });
    assert.ok(folders.thread.startsWith(chosen + path.sep), folders.thread);
    assert.ok(folders.child.startsWith(chosen + path.sep), folders.child);
  });
});
