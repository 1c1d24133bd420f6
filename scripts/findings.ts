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
  const first = sorted[0] as Finding;
  const lines = sorted.map((finding) => formatFinding(finding));
  throw new ArchbookError(
    first.code,
    `${what} found ${findings.length} problem${findings.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    first.hint,
  );
}
