import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { takeBuildTurn } from '../../../scripts/build/build-turn.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

// A lock of the test's own: the engine's would stop a build running beside the tests.
const lock = path.join(temporaryFolder('archbook-turn-'), 'astro-build.lock');

describe('builds of one engine take turns', () => {
  afterEach(() => rmSync(lock, { force: true }));

  it('takes a free turn at once and gives it back', async () => {
    const release = await takeBuildTurn(() => assert.fail('nobody holds the turn'), lock);
    assert.ok(existsSync(lock));
    release();
    assert.ok(!existsSync(lock));
  });

  it('waits while a running build holds the turn, saying so once, and takes over from a dead one', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    writeFileSync(lock, String(holder.pid));
    const waits: number[] = [];
    const turn = takeBuildTurn((pid) => waits.push(pid), lock);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.deepEqual(waits, [holder.pid], 'still waiting, told once');
    holder.kill();
    const release = await turn;
    assert.deepEqual(waits, [holder.pid]);
    release();
  });
});
