import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';

// A worker thread lowers its own priority, then reports its own niceness and its process's.
const workerSource = `
const { readlinkSync } = require('node:fs');
const os = require('node:os');
const { parentPort } = require('node:worker_threads');
import(${JSON.stringify(new URL('../../../scripts/diagrams/priority.ts', import.meta.url).href)}).then((priority) => {
  const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
  const base = os.getPriority(thread);
  priority.lowerThisThreadPriority(base + 3);
  const lowered = os.getPriority(thread);
  // Asked for less than it has, the thread keeps what it has.
  priority.lowerThisThreadPriority(base + 1);
  parentPort.postMessage({ thread: lowered, kept: os.getPriority(thread), process: os.getPriority(process.pid) });
});
`;

describe('lowerThisThreadPriority', () => {
  const base = os.getPriority();
  const skip = !existsSync('/proc/thread-self') || base >= 17 ? 'needs Linux thread ids and room to lower' : false;
  it(
    'lowers the calling thread, not the process it runs in, and never raises it (the diagram sanitizer yields so)',
    { skip },
    async () => {
      const worker = new Worker(workerSource, { eval: true });
      const reported = await new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      assert.deepEqual(reported, { thread: base + 3, kept: base + 3, process: base });
      assert.equal(os.getPriority(), base);
    },
  );
});
