/** What one `refresh()` of the diagram pipeline did. */
export interface RefreshSummary {
  readonly total: number;
  readonly rendered: number;
  readonly cached: number;
  /** JVMs started: 1 on a cold build, 0 when everything came from the cache. */
  readonly jvmStarts: number;
}

/**
 * A refresh's summary with the renders of the prefetch before it counted in, as if the refresh had made
 * them: the prefetch filled the cache the refresh then read. Pure.
 */
export function withPrefetch(summary: RefreshSummary, prefetch: RefreshSummary | undefined): RefreshSummary {
  if (prefetch === undefined) return summary;
  const rendered = Math.min(summary.total, summary.rendered + prefetch.rendered);
  return { ...summary, rendered, cached: summary.total - rendered, jvmStarts: summary.jvmStarts + prefetch.jvmStarts };
}
