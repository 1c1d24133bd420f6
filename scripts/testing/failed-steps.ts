/**
 * What each failed step of a `npm test` run printed about its failures, read back from the run's output: the
 * part a reader needs when the run is nested (the adoption test) and only a short message reaches the log.
 */
export interface FailedStep {
  readonly title: string;
  /** node's "✖ failing tests:" summary, Playwright's numbered failures, or else the step's last lines. */
  readonly report: string;
}

/** Lines kept of a failed step that printed no summary of its failures (a build that stopped, say). */
const tailLines = 40;

/**
 * @param output - the whole output of the run, stdout and stderr in the order written
 * @param titles - the plan's step titles (testPlan): only their `=== title ===` lines start a step, so that
 *   a line of that shape inside a step's own output cannot cut the step short
 */
export function failedSteps(output: string, titles: readonly string[], maxReportChars = 6000): FailedStep[] {
  const lines = output.split('\n');
  const starts = new Map<string, number>();
  const steps: FailedStep[] = [];
  lines.forEach((line, index) => {
    // The marker may follow a last line of the step's output that did not end in a line break.
    const failed = line.endsWith(') ===')
      ? titles.find((title) => line.includes(`=== ${title}: FAILED (exit `))
      : undefined;
    if (failed !== undefined) {
      const report = failureReport(lines.slice(starts.get(failed) ?? 0, index));
      const shortened = report.length > maxReportChars ? `${report.slice(0, maxReportChars)}…` : report;
      steps.push({ title: failed, report: shortened });
      return;
    }
    const started = titles.find((title) => line === `=== ${title} ===`);
    if (started !== undefined) starts.set(started, index + 1);
  });
  return steps;
}

function failureReport(section: readonly string[]): string {
  const nodeSummary = section.findLastIndex((line) => /^✖ failing tests:$/.test(line));
  const playwrightFirst = section.findIndex((line) => /^\s+1\) \S/.test(line));
  const from = nodeSummary >= 0 ? nodeSummary : playwrightFirst >= 0 ? playwrightFirst : section.length - tailLines;
  return section.slice(Math.max(0, from)).join('\n').trimEnd();
}
