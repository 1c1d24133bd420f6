import path from 'node:path';
import type { Finding } from '../findings.ts';
import type { LintReportContext } from './lint-report.ts';

/** Where a problem is, as Redocly reports it. */
export interface RedoclyLocation {
  readonly source?: { readonly ref?: string };
  readonly pointer?: string;
  readonly start?: { readonly line?: number; readonly col?: number };
}

/** One problem of `redocly lint --format=json`. */
export interface RedoclyProblem {
  readonly ruleId?: string;
  readonly severity?: string;
  readonly message?: string;
  readonly location?: readonly RedoclyLocation[];
  readonly reference?: string;
  readonly suggest?: readonly string[];
}

/**
 * The problems of each report in the output of `redocly lint --format=json` (one JSON report per linted API,
 * written one after the other), in order. Pure.
 * @returns undefined when the text holds no such report (Redocly failed before linting)
 */
export function readRedoclyReports(json: string): RedoclyProblem[][] | undefined {
  const reports = splitJsonObjects(json).flatMap((text) => {
    try {
      const report = JSON.parse(text) as { problems?: unknown };
      return Array.isArray(report.problems) ? [report.problems as RedoclyProblem[]] : [];
    } catch {
      return [];
    }
  });
  return reports.length === 0 ? undefined : reports;
}

/** Splits concatenated top-level JSON objects (`{…}{…}`), minding strings. Pure. */
export function splitJsonObjects(text: string): string[] {
  const objects: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{') {
      if (depth === 0) start = index;
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) objects.push(text.slice(start, index + 1));
    }
  }
  return objects;
}

/**
 * Reads the problems Redocly prints (as code frames, to stderr) when it cannot start linting: an invalid
 * `redocly.yaml`, or a file it could not parse. Pure.
 */
export function readRedoclyFailures(
  stderr: string,
  context: Pick<LintReportContext, 'root' | 'configFile'>,
): Finding[] {
  const findings: Finding[] = [];
  const lines = stderr.replace(/\r/g, '').split('\n');
  lines.forEach((line, index) => {
    const frame = /^\[\d+\] (.+?):(\d+):(\d+)(?: at (#\S*))?\s*$/.exec(line);
    if (frame) {
      const [, file = '', row = '1', column = '1', pointer] = frame;
      const message =
        lines
          .slice(index + 1)
          .find((next) => next.trim() !== '')
          ?.trim() ?? 'problem';
      findings.push({
        code: 'SpecLintConfigInvalid',
        message: `${message}${pointer === undefined ? '' : ` (at ${pointer})`}`,
        hint: `fix ${context.configFile}; its options are described at https://redocly.com/docs/cli/configuration`,
        location: { file: displayPath(context.root, file), line: Number(row), column: Number(column) },
      });
      return;
    }
    const parse = /^\s*- (.+?) in "(.+?)" \((\d+):(\d+)\)\s*$/.exec(line);
    if (parse) {
      const [, message = '', file = '', row = '1', column = '1'] = parse;
      findings.push({
        code: 'SpecYamlInvalid',
        message: `Redocly could not parse the file: ${message}`,
        hint: 'fix the syntax at this position',
        location: { file: displayPath(context.root, file), line: Number(row), column: Number(column) },
      });
    }
  });
  return findings;
}

/** A path Redocly printed, relative to the content root (absolute when outside it), with forward slashes. */
export function displayPath(root: string, file: string): string {
  const absolute = path.resolve(root, file);
  const relative = path.relative(root, absolute);
  return (relative.startsWith('..') ? absolute : relative).split(path.sep).join('/');
}
