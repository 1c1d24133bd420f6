import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withPrefetch } from '../../../scripts/diagrams/refresh-summary.ts';

describe("a refresh's summary after a prefetch", () => {
  it('counts what the prefetch rendered as rendered, not as read from the cache', () => {
    const refresh = { total: 5, rendered: 0, cached: 5, jvmStarts: 0 };
    const prefetch = { total: 5, rendered: 4, cached: 1, jvmStarts: 1 };
    assert.deepEqual(withPrefetch(refresh, prefetch), { total: 5, rendered: 4, cached: 1, jvmStarts: 1 });
  });

  it('leaves a refresh without a prefetch as it was, and never counts more renders than diagrams', () => {
    const refresh = { total: 3, rendered: 2, cached: 1, jvmStarts: 1 };
    assert.deepEqual(withPrefetch(refresh, undefined), refresh);
    const edited = withPrefetch(refresh, { total: 3, rendered: 3, cached: 0, jvmStarts: 1 });
    assert.deepEqual(edited, { total: 3, rendered: 3, cached: 0, jvmStarts: 2 });
  });
});
