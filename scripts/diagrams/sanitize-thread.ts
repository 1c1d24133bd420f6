// The worker thread of scripts/diagrams/sanitize-worker.ts: sanitizes one SVG per message.
import { parentPort } from 'node:worker_threads';
import { sanitizeSvg } from './sanitize.ts';
import { lowerThisThreadPriority } from './priority.ts';

/** A request from the main thread. */
export interface SanitizeRequest {
  readonly id: number;
  readonly svg: string;
  readonly idPrefix: string;
}

/** The answer: the sanitized SVG, or the message of what went wrong. */
export type SanitizeReply =
  { readonly id: number; readonly svg: string } | { readonly id: number; readonly error: string };

// Like the JVM (choose-renderer.ts), the thread lets the rule check, the content store and the dev server have
// the processor first: only pages that show a diagram wait for it. Five alternating cold bench builds each
// filled the content store about 1.2 s sooner with this.
lowerThisThreadPriority(10);

parentPort?.on('message', ({ id, svg, idPrefix }: SanitizeRequest) => {
  let reply: SanitizeReply;
  try {
    reply = { id, svg: sanitizeSvg(svg, idPrefix) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
