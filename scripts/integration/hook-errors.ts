import type { AstroIntegrationLogger } from 'astro';
import { ArchbookError, formatError } from '../errors.ts';
import { findingsOf, formatFinding } from '../findings.ts';
import { devProblems, type ProblemSource } from '../dev/problems.ts';
import { verbose } from '../logging/verbose.ts';

/**
 * Reports a problem an integration hook met in the author's content, the one way findings are shown:
 * `file:line:col  message  (hint) [Check]`, once. The dev server shows it on every page too and keeps
 * running; a build prints it and stops with exit code 1, without Astro's wrapper around a hook error (its
 * generic hint, a node_modules location and a stack trace; the stack only with `--verbose`).
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
  process.exit(1);
}
