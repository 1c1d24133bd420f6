import type { AstroIntegrationLogger } from 'astro';
import { formatFinding, type Finding } from '../findings.ts';

/** What found a problem; each source replaces its own list when it runs again. */
export type ProblemSource = 'rules' | 'diagrams' | 'specs' | 'pages' | 'links' | 'reference';

/** The problems the dev server knows of now, shown on every page until they are fixed. */
export interface DevProblems {
  /**
   * Replaces what `source` found (within `scope`, e.g. one check of one page, when given), printing each
   * new finding once and saying when a source's problems are gone.
   */
  report(source: ProblemSource, findings: readonly Finding[], scope?: string): void;
  /** Every current finding, without repeats, sorted by file and line. */
  all(): Finding[];
  /** Calls `listener` whenever the list changes (the dev server reloads the browser). */
  listen(listener: () => void): void;
}

const globalKey = Symbol.for('archbook.devProblems');

/**
 * The dev server's problem list. It lives on `globalThis` because the page middleware that shows it runs in
 * Vite's module runner, which loads its own copy of this module; a new dev server starts with an empty list.
 */
export function createDevProblems(logger: AstroIntegrationLogger): DevProblems {
  const lists = new Map<string, readonly Finding[]>();
  const listeners: (() => void)[] = [];
  const problems: DevProblems = {
    listen: (listener) => void listeners.push(listener),
    report(source, findings, scope) {
      const key = scope === undefined ? source : `${source}:${scope}`;
      const before = new Set((lists.get(key) ?? []).map(sameProblem));
      const shown = new Set(problems.all().map(sameProblem));
      for (const finding of findings) {
        if (!before.has(sameProblem(finding)) && !shown.has(sameProblem(finding))) logger.error(formatFinding(finding));
      }
      if (findings.length === 0 && before.size > 0)
        logger.info(`fixed: ${before.size === 1 ? 'the problem' : `${before.size} problems`} reported above`);
      const changed = findings.length !== before.size || findings.some((finding) => !before.has(sameProblem(finding)));
      if (findings.length === 0) lists.delete(key);
      else lists.set(key, findings);
      if (changed) for (const listener of listeners) listener();
    },
    all() {
      const unique = new Map<string, Finding>();
      for (const finding of [...lists.values()].flat()) unique.set(sameProblem(finding), finding);
      return [...unique.values()].sort(
        (a, b) => a.location.file.localeCompare(b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0),
      );
    },
  };
  (globalThis as Record<symbol, unknown>)[globalKey] = problems;
  return problems;
}

/** The dev server's problem list, if this process runs one. */
export function devProblems(): DevProblems | undefined {
  return (globalThis as Record<symbol, DevProblems | undefined>)[globalKey];
}

/** The current problems, as the page middleware reads them (none outside a dev server). */
export function currentProblems(): Finding[] {
  return devProblems()?.all() ?? [];
}

/**
 * Two checks may report one problem (the rule check and the page's render): same file, line and message,
 * whatever one of them adds after a `;` (a suggestion).
 */
function sameProblem(finding: Finding): string {
  return `${finding.location.file}:${finding.location.line ?? 0}  ${finding.message.split(';')[0] ?? ''}`;
}
