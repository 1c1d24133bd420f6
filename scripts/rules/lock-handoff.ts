import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Environment variable through which `npm run build` asks the Astro process to hand the updated lock over
 * instead of writing it: the lock is written only once the whole build has passed and dist/ is swapped in.
 */
export const lockHandoffVariable = 'ARCHBOOK_RULES_LOCK_HANDOFF';

interface Handoff {
  readonly file: string;
  readonly text: string;
}

/**
 * Writes the new lock, or hands it over when the build runs through `npm run build`.
 * @param file - absolute path of the lock file
 */
export function deliverRulesLock(env: NodeJS.ProcessEnv, file: string, text: string): void {
  const handoff = env[lockHandoffVariable];
  if (handoff === undefined || handoff === '') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  writeFileSync(handoff, JSON.stringify({ file, text } satisfies Handoff));
}

/**
 * Applies a lock handed over by the build (when it handed one) and removes the hand-over file.
 * @returns the lock file written, relative to the working folder, or undefined
 */
export function applyRulesLockHandoff(handoff: string): string | undefined {
  if (!existsSync(handoff)) return undefined;
  const { file, text } = JSON.parse(readFileSync(handoff, 'utf8')) as Handoff;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  rmSync(handoff, { force: true });
  return path.relative(process.cwd(), file) || file;
}

/** Removes a hand-over file a failed build left behind. */
export function discardRulesLockHandoff(handoff: string): void {
  rmSync(handoff, { force: true });
}
