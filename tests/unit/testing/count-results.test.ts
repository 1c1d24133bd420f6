import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countResults } from '../../../scripts/testing/count-results.ts';

describe('countResults', () => {
  it("reads node's test runner totals", () => {
    assert.deepEqual(countResults('✔ a\nℹ tests 3\nℹ pass 2\nℹ fail 1\n'), { passed: 2, failed: 1 });
  });

  it("reads Playwright's list reporter totals, flaky counted as passed", () => {
    assert.deepEqual(countResults('  1 failed\n  1 flaky\n  20 passed (31.2s)\n'), { passed: 21, failed: 1 });
  });
});
