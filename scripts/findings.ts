import { ArchbookError, formatLocation, type SourceLocation } from './errors.ts';

/** One problem found in the content: collected first, reported together. */
export interface Finding {
  /** Stable name from the error catalog, e.g. `RuleDuplicateId`. */
  readonly code: string;
  readonly message: string;
  readonly hint: string;
  readonly location: SourceLocation;
}

/** `path:line:col  message  (hint) [Code]`, the one line every reporter prints. */
export function formatFinding(finding: Finding): string {
  return `${formatLocation(finding.location)}  ${finding.message}  (${finding.hint}) [${finding.code}]`;
}

/**
 * Throws one error listing every finding, sorted by file and line, when there is any.
 * @param what - what was being checked, for the headline ("rule check")
 */
export function failOnFindings(what: string, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  const sorted = [...findings].sort(
    (a, b) => a.location.file.localeCompare(b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0),
  );
  throw new FindingsError(what, sorted);
}

/** The error {@link failOnFindings} throws: one message listing every finding, and the findings themselves. */
export class FindingsError extends ArchbookError {
  /** Every finding, sorted by file and line. */
  readonly findings: readonly Finding[];

  constructor(what: string, findings: readonly Finding[]) {
    const first = findings[0] as Finding;
    const lines = findings.map((finding) => formatFinding(finding));
    super(
      first.code,
      `${what} found ${findings.length} problem${findings.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
      first.hint,
    );
    this.findings = findings;
  }
}

/**
 * The findings an error stands for: its own list for a {@link FindingsError}, one finding for an
 * {@link ArchbookError} with a location, none for anything else (a bug, not the author's problem).
 */
export function findingsOf(error: unknown): Finding[] | undefined {
  if (error instanceof FindingsError) return [...error.findings];
  if (error instanceof ArchbookError && error.location !== undefined) {
    const message = error.message.slice(error.message.indexOf('  ') + 2);
    return [{ code: error.code, message, hint: error.hint, location: error.location }];
  }
  return undefined;
}
