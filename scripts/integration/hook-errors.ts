import type { AstroIntegrationLogger } from 'astro';
import { ArchbookError, formatError } from '../errors.ts';
import { findingsOf, formatFinding } from '../findings.ts';
import { removeTemporaryFolders } from '../files/temporary-folder.ts';
import { devProblems, type ProblemSource } from '../dev/problems.ts';
import { verbose } from '../logging/verbose.ts';

/**
 * Reports a problem an integration hook met in the author's content, the one way findings are shown:
 * `file:line:col  message  (hint) [Check]`, once. The dev server shows it on every page too and keeps
 * running; a build prints it and stops at once (a failed build, exit 1), without Astro's wrapper around a
 * hook error (its generic hint, a node_modules location and a stack trace; the stack only with `--verbose`).
 * Anything that is not an {@link ArchbookError} is a bug, not the author's problem: it is thrown on.
 */
export function reportHookError(
  error: unknown,
  source: ProblemSource,
  logger: AstroIntegrationLogger,
  command: string,
): void {
  if (!(error instanceof ArchbookError)) throw error;
  const findings = findingsOf(error);
  if (command === 'dev' && findings !== undefined) {
    devProblems()?.report(source, findings);
    return;
  }
  for (const line of findings === undefined ? [formatError(error)] : findings.map(formatFinding)) logger.error(line);
  if (verbose() && error.stack !== undefined) logger.error(error.stack);
  if (command === 'dev') return;
  stopNow();
}

/**
 * Reports a problem met by work a build runs beside Astro's (the diagrams rendered while the content store
 * fills) and stops the build at once: an author's problem as {@link reportHookError} prints it, anything
 * else (a bug, a full disk) with its stack, since nothing awaits that work in time to stop the build first.
 */
export function stopBuild(error: unknown, source: ProblemSource, logger: AstroIntegrationLogger): void {
  if (error instanceof ArchbookError) return reportHookError(error, source, logger, 'build');
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  stopNow();
}

/**
 * Ends the build process once what was written has gone out. Not `process.exit(1)`: that waits for V8's
 * background compiler threads, and one waiting for a garbage collection the exiting thread never runs is
 * waited for forever (seen in a CI run: the failed build hung at `NodePlatform::Shutdown` until killed).
 * `npm run build` reports the ended process as a failed build, exit 1 (scripts/build/atomic-build.ts).
 */
function stopNow(): void {
  const stop = () => {
    // No exit event follows a SIGKILL: the folders a PlantUML JVM worked in would stay in /tmp.
    removeTemporaryFolders();
    process.kill(process.pid, 'SIGKILL');
  };
  // Written already where output is synchronous (files, terminals, and pipes on Linux): stop here.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) stop();
  process.stdout.write('', () => process.stderr.write('', stop));
}
