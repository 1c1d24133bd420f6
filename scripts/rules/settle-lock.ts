import path from 'node:path';
import { failOnFindings } from '../findings.ts';
import { serialiseRulesLock } from './lock-file.ts';
import { deliverRulesLock } from './lock-handoff.ts';
import type { LockPlan } from './lock-plan.ts';
import { readLockSource } from './lock.ts';
import { staleLockFindings, summariseChanges } from './stale-lock.ts';

/** What {@link settleRulesLock} needs. */
export interface SettleLockInput {
  /** The Astro command running: only `build` touches the lock. */
  readonly command: 'dev' | 'build' | 'preview' | 'sync';
  readonly env: NodeJS.ProcessEnv;
  readonly plan: LockPlan;
  /** Content root and the lock file relative to it. */
  readonly root: string;
  readonly lockFile: string;
}

/**
 * Decides what a run does with the lock. The dev server and `astro sync`/`check` never write it: a
 * half-typed ID saved while writing must not be published. A build with `CI=true` fails when the content
 * changed a rule the lock does not record. Any other build records the changes.
 * @throws ArchbookError listing each changed rule at its file:line, in CI
 * @returns a line for the build log when the lock was written
 */
export function settleRulesLock({ command, env, plan, root, lockFile }: SettleLockInput): string | undefined {
  if (command !== 'build') return undefined;
  if (isCi(env)) {
    failOnFindings('The rules lock check', staleLockFindings(plan.changes, lockFile));
    return undefined;
  }
  const text = serialiseRulesLock(plan.lock);
  if (text === readLockSource(root, lockFile)) return undefined;
  deliverRulesLock(env, path.join(root, lockFile), text);
  return plan.changes.length === 0
    ? `${lockFile} rewritten in the current format (no rule changed)`
    : `${lockFile} records ${plan.changes.length} rule change(s): ${summariseChanges(plan.changes)}; review and commit it`;
}

/** Whether the build runs in CI: `CI` set to anything but empty, `0` or `false` (GitHub, GitLab set `true`). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env['CI']?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
