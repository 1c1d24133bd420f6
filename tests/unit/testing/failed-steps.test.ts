import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failedSteps } from '../../../scripts/testing/failed-steps.ts';

const nodeStep = [
  '=== build tests ===',
  '✔ builds (12ms)',
  '✖ updates the page (30001ms)',
  'ℹ fail 1',
  '',
  '✖ failing tests:',
  '',
  'test at tests/build/dev.test.ts:20:3',
  '✖ updates the page (30001ms)',
  '  AssertionError [ERR_ASSERTION]: gave up after 30000 ms',
  '=== build tests: FAILED (exit 1) ===',
];
const playwrightStep = [
  '=== end-to-end at / ===',
  '  ✓  1 tests/e2e/search.spec.ts:4:3 › finds a rule (1.2s)',
  '  ✘  2 tests/e2e/rules.spec.ts:9:3 › copies a link (5.0s)',
  '',
  '  1) tests/e2e/rules.spec.ts:9:3 › copies a link',
  '    Error: expect(received).toBe(expected)',
  '  1 failed',
  '=== end-to-end at /: FAILED (exit 1) ===',
];

const titles = ['unit tests', 'build tests', 'end-to-end at /', 'build the handbook'];

describe('failedSteps', () => {
  it("keeps node's failing-tests summary and Playwright's numbered failures of each failed step", () => {
    const output = ['=== unit tests ===', 'ℹ pass 3', ...nodeStep, ...playwrightStep, '', 'tests: 4 passed, 2 failed'];
    assert.deepEqual(failedSteps(output.join('\n'), titles), [
      { title: 'build tests', report: nodeStep.slice(5, -1).join('\n') },
      { title: 'end-to-end at /', report: playwrightStep.slice(4, -1).join('\n') },
    ]);
  });

  it('keeps the last lines of a step that stopped without a summary, and shortens a long report', () => {
    const build = ['=== build the handbook ===', ...Array.from({ length: 50 }, (_, n) => `line ${n}`)];
    const [step] = failedSteps([...build, '=== build the handbook: FAILED (exit 1) ==='].join('\n'), titles);
    assert.equal(step?.report, build.slice(-40).join('\n'));
    assert.equal(
      failedSteps([...build, '=== build the handbook: FAILED (exit 1) ==='].join('\n'), titles, 20)[0]?.report,
      `${build.slice(-40).join('\n').slice(0, 20)}…`,
    );
  });

  it('reports nothing for a run whose steps all passed', () => {
    assert.deepEqual(failedSteps('=== unit tests ===\nℹ pass 3\n\ntests: 3 passed, 0 failed\n', titles), []);
  });

  it('reads a step whose output holds a line shaped like a header, or ends without a line break', () => {
    const output = [
      '=== build the handbook ===',
      'stderr: x.md:3:1  a broken link',
      '=== not a step of the plan ===',
      'the last line=== build the handbook: FAILED (exit 1) ===',
    ].join('\n');
    assert.deepEqual(failedSteps(output, titles), [
      { title: 'build the handbook', report: 'stderr: x.md:3:1  a broken link\n=== not a step of the plan ===' },
    ]);
  });
});
