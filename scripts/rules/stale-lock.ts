import type { Finding } from '../findings.ts';
import type { LockChange } from './lock-plan.ts';

/** The command that records rule changes in the lock without a whole build. */
export const lockCommand = 'npm run lock:rules';

/**
 * One finding per rule whose content differs from the lock, at the rule's file:line (or its entry in the
 * retired list), naming what changed and the command that updates the lock. CI builds fail on these: the
 * lock is reviewed with the content, so a change must reach it before it is published.
 */
export function staleLockFindings(changes: readonly LockChange[], lockFile: string): Finding[] {
  const hint = `run \`${lockCommand}\` (or \`npm run build\`) without CI=true, review and commit ${lockFile}`;
  return changes.map((change) => ({
    code: 'RulesLockStale',
    message: `rule ${change.id} ${describe(change)}, and ${lockFile} does not record it`,
    hint,
    location: change.location,
  }));
}

function describe(change: LockChange): string {
  switch (change.kind) {
    case 'introduced':
      return 'is new';
    case 'changed':
      return `changed its ${change.fields.join(' and ')}`;
    case 'recorded':
      return `has a ${change.fields.join(' and ')}`;
    case 'restored':
      return 'was restored';
    case 'retired':
      return 'was retired';
    case 'merged':
      return 'was merged into another rule';
  }
}

/** `LOG-002 (level, statement)`, one per change, for the build log. */
export function summariseChanges(changes: readonly LockChange[], shown = 20): string {
  const listed = changes
    .slice(0, shown)
    .map((change) =>
      change.fields.length > 0 ? `${change.id} (${change.fields.join(', ')})` : `${change.id} (${change.kind})`,
    );
  // A new handbook, or a first lock, changes every rule at once: one line, not thousands of IDs.
  const rest = changes.length - listed.length;
  return rest > 0 ? `${listed.join(', ')} and ${rest} more` : listed.join(', ');
}
