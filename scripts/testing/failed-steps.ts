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

export function failedSteps(output: string, maxReportChars = 6000): FailedStep[] {
  const lines = output.split('\n');
  const steps: FailedStep[] = [];
  let title: string | undefined;
  let start = 0;
  lines.forEach((line, index) => {
    const failed = /^=== (.*): FAILED \(exit \d+\) ===$/.exec(line);
    if (failed && title !== undefined && failed[1] === title) {
      const report = failureReport(lines.slice(start, index));
      steps.push({
        title,
        report: report.length > maxReportChars ? `${report.slice(0, maxReportChars)}…` : report,
      });
      return;
    }
    const header = /^=== (.*) ===$/.exec(line);
    if (header && !failed) {
      title = header[1];
      start = index + 1;
    }
  });
  return steps;
}

function failureReport(section: readonly string[]): string {
  const nodeSummary = section.findLastIndex((line) => /^✖ failing tests:$/.test(line));
  const playwrightFirst = section.findIndex((line) => /^\s+1\) \S/.test(line));
  const from = nodeSummary >= 0 ? nodeSummary : playwrightFirst >= 0 ? playwrightFirst : section.length - tailLines;
  return section.slice(Math.max(0, from)).join('\n').trimEnd();
}
