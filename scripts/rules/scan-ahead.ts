import { Worker } from 'node:worker_threads';
import { verbose } from '../logging/verbose.ts';

interface ScanAhead {
  readonly worker: Worker;
  readonly ended: Promise<void>;
}

const started = new Map<string, ScanAhead>();

/**
 * Starts scanning a content root's pages for rules on another thread, into the scan cache the rule check
 * then reads (scan-cache.ts). A cold start spends over a second of its main thread parsing every page;
 * started while Astro loads, the parse runs on the other core. Nothing waits for it unless asked to: a
 * process that ends before the check does not wait for the scan either.
 */
export function scanAhead(root: string): void {
  if (started.has(root)) return;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./scan-worker.ts', import.meta.url), { workerData: { root } });
  } catch (error) {
    stoppedEarly(error);
    return;
  }
  worker.unref();
  const ended = new Promise<void>((resolve) => {
    worker.once('exit', () => resolve());
    worker.once('error', (error) => {
      stoppedEarly(error);
      resolve();
    });
  });
  started.set(root, { worker, ended });
}

// The check scans any page the worker did not, and reports what is wrong with a page itself.
function stoppedEarly(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  if (verbose()) process.stderr.write(`archbook: the rule scan ahead stopped (${reason}); the check scans instead\n`);
}

/** Resolves when the scan started for `root` has ended (at once when none was started). */
export function scannedAhead(root: string): Promise<void> {
  const scan = started.get(root);
  if (scan === undefined) return Promise.resolve();
  scan.worker.ref();
  return scan.ended;
}
