/** Tests passed and failed, as a runner reported them. */
export interface ResultCount {
  readonly passed: number;
  readonly failed: number;
}

/**
 * Reads the closing counts of node's test runner (`ℹ pass 12`, `ℹ fail 0`) and Playwright's list reporter
 * (`  12 passed (30.1s)`, `  1 failed`, `  1 flaky`) from a runner's output.
 */
export function countResults(output: string): ResultCount {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const nodePass = lastNumber(text, /^ℹ pass (\d+)$/gm);
  const nodeFail = lastNumber(text, /^ℹ fail (\d+)$/gm);
  if (nodePass !== undefined || nodeFail !== undefined) return { passed: nodePass ?? 0, failed: nodeFail ?? 0 };
  const passed = lastNumber(text, /^\s+(\d+) passed\b/gm) ?? 0;
  const flaky = lastNumber(text, /^\s+(\d+) flaky\b/gm) ?? 0;
  const failed = lastNumber(text, /^\s+(\d+) failed\b/gm) ?? 0;
  return { passed: passed + flaky, failed };
}

function lastNumber(text: string, pattern: RegExp): number | undefined {
  let value: number | undefined;
  for (const match of text.matchAll(pattern)) value = Number(match[1]);
  return value;
}
