import { Worker } from 'node:worker_threads';
import type { SanitizeReply, SanitizeRequest } from './sanitize-thread.ts';

interface Pending {
  resolve(svg: string): void;
  reject(error: Error): void;
}

interface Sanitizer {
  readonly thread: Worker;
  /** Requests sent to this thread and not answered yet. */
  readonly pending: Map<number, Pending>;
}

let current: Sanitizer | undefined;
let nextId = 0;

/**
 * {@link import('./sanitize.ts').sanitizeSvg} on a worker thread. Sanitizing runs jsdom and DOMPurify:
 * about 1 s to load them and 10 ms per diagram, 2.3 s of a cold start of the 200-diagram bench handbook
 * (profiled), all of it on the thread that also checks the rules and syncs the content. On the worker
 * it overlaps with them. One worker per process, started on the first call; it does not keep the process
 * alive while nothing is waiting for it.
 */
export function sanitizeSvgOffThread(svg: string, idPrefix: string): Promise<string> {
  const { thread, pending } = (current ??= startSanitizer());
  const id = nextId++;
  const answer = new Promise<string>((resolve, reject) => pending.set(id, { resolve, reject }));
  if (pending.size === 1) thread.ref();
  thread.postMessage({ id, svg, idPrefix } satisfies SanitizeRequest);
  return answer;
}

/** Stops the worker thread, giving its memory back; the next call to sanitizeSvgOffThread starts another. */
export async function stopSanitizer(): Promise<void> {
  const stopping = current;
  current = undefined;
  await stopping?.thread.terminate();
}

function startSanitizer(): Sanitizer {
  const sanitizer: Sanitizer = {
    thread: new Worker(new URL('./sanitize-thread.ts', import.meta.url)),
    pending: new Map(),
  };
  const { thread, pending } = sanitizer;
  thread.on('message', (reply: SanitizeReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) thread.unref();
    if ('error' in reply) waiting?.reject(new Error(`sanitizing a diagram failed: ${reply.error}`));
    else waiting?.resolve(reply.svg);
  });
  const fail = (error: Error) => {
    if (current === sanitizer) current = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`the diagram sanitizer thread stopped (exit ${code})`)));
  thread.unref();
  return sanitizer;
}
