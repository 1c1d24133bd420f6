/**
 * The day a build records rule changes on, `YYYY-MM-DD` in UTC: the build's own clock, never git (CI clones
 * are shallow, and a date from git would be the author's, not the publication's).
 *
 * `ARCHBOOK_NOW` (an ISO 8601 date or date-time, e.g. `2026-11-29` or `2026-11-29T10:00:00Z`) overrides the
 * clock for reproducible tests. `SOURCE_DATE_EPOCH` is deliberately not read: packaging tools set it to the
 * last commit's time, which would date the history from git after all.
 * @param env - usually `process.env`
 * @param now - the clock, for tests
 * @throws Error naming `ARCHBOOK_NOW` when it is set to something that is not a date
 */
export function readBuildDate(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const raw = env['ARCHBOOK_NOW']?.trim();
  if (raw === undefined || raw === '') return isoDay(now());
  const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(raw) ? new Date(raw) : undefined;
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new Error(`ARCHBOOK_NOW is not an ISO 8601 date: "${raw}". Set it like ARCHBOOK_NOW=2026-11-29`);
  }
  return isoDay(date);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
