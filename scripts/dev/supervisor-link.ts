/**
 * The dev server's side of the link with `npm run dev` (scripts/cli/dev.ts), which runs `astro dev` as a
 * child process with an IPC channel and starts a fresh one when the configuration changes.
 */

/** Set by scripts/cli/dev.ts in the environment of the `astro dev` it supervises. */
export const supervisedVariable = 'ARCHBOOK_DEV_SUPERVISED';

/** A message from the dev server to its supervisor. */
export interface SupervisorMessage {
  readonly type: 'archbook:listening';
  /** The port the server listens on: the next server after a restart takes the same one. */
  readonly port: number;
}

/** Whether this process is an `astro dev` started by `npm run dev`, which restarts it on config changes. */
export function isSupervised(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[supervisedVariable] === '1' && typeof process.send === 'function';
}

/** Tells the supervisor which port the server listens on; does nothing without one. */
export function reportListening(port: number): void {
  if (!isSupervised()) return;
  const message: SupervisorMessage = { type: 'archbook:listening', port };
  process.send?.(message);
}
