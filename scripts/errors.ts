/**
 * An error the user can cause and fix: what happened, where, and what to do next.
 * Printed as `file:line:column  message  (hint)`.
 */
export class ArchbookError extends Error {
  /** Stable name from the error catalog, e.g. `RuleDuplicateId`. Never renamed. */
  readonly code: string;
  /** What to do about it. */
  readonly hint: string;
  /** Source position the error is about, when there is one. */
  readonly location: SourceLocation | undefined;

  constructor(code: string, message: string, hint: string, location?: SourceLocation) {
    super(location ? `${formatLocation(location)}  ${message}` : message);
    this.name = 'ArchbookError';
    this.code = code;
    this.hint = hint;
    this.location = location;
  }
}

/** A place in a source file. Lines and columns are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** `file:line:column`, leaving out what is unknown. */
export function formatLocation(location: SourceLocation): string {
  const parts = [location.file];
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.line !== undefined && location.column !== undefined) parts.push(String(location.column));
  return parts.join(':');
}

/** The one-line form every reporter prints: `path:line:col  message  (hint)`. */
export function formatError(error: ArchbookError): string {
  return `${error.message}  (${error.hint}) [${error.code}]`;
}
