import type { HouseCheck } from './house-checks.ts';

/** One row of a third-party spec's conformance table: a house rule and its findings in that spec. */
export interface ConformanceRow {
  /** Handbook rule ID, e.g. `API-001`; undefined for a house check named after no rule. */
  readonly id: string | undefined;
  /** URL of the rule's permalink, when the handbook publishes that rule. */
  readonly href: string | undefined;
  /** Names of the checks of `redocly.yaml` behind the row. */
  readonly checks: readonly string[];
  /** Problems those checks reported in the spec and its fragments. */
  readonly findings: number;
}

/**
 * One row per house rule (its checks together, in the order of the lint configuration) with its number of
 * findings; a check named after no rule gets a row of its own. Rules with no findings are listed too, so the
 * table shows what conforms as well as what does not. Pure.
 * @param counts - problems per check name
 * @param ruleHref - permalink of a rule, or undefined when the handbook does not publish it
 */
export function conformanceRows(
  checks: readonly HouseCheck[],
  counts: ReadonlyMap<string, number>,
  ruleHref: (id: string) => string | undefined,
): ConformanceRow[] {
  const rows = new Map<string, { id: string | undefined; checks: string[]; findings: number }>();
  for (const check of checks) {
    const key = check.id ?? check.name;
    const row = rows.get(key) ?? { id: check.id, checks: [], findings: 0 };
    row.checks.push(check.name);
    row.findings += counts.get(check.name) ?? 0;
    rows.set(key, row);
  }
  return [...rows.values()].map((row) => ({ ...row, href: row.id === undefined ? undefined : ruleHref(row.id) }));
}

/**
 * The conformance table as Markdown, for the end of the spec's overview (its `info.description`). Pure.
 */
export function conformanceMarkdown(rows: readonly ConformanceRow[]): string {
  const total = rows.reduce((sum, row) => sum + row.findings, 0);
  const lines = rows.map((row) => {
    const rule = row.id === undefined ? `\`${row.checks[0] ?? ''}\`` : row.href ? `[${row.id}](${row.href})` : row.id;
    return `| ${rule} | ${row.checks.length} | ${row.findings} |`;
  });
  return [
    '### Conformance to the house rules',
    '',
    `A third-party API: rendered as published, with the house API rules counted, not enforced. ${total} finding${total === 1 ? '' : 's'} in all.`,
    '',
    '| House rule | Checks | Findings |',
    '| --- | ---: | ---: |',
    ...lines,
  ].join('\n');
}

/** What `api-conformance.json` holds for one third-party spec. */
export interface SpecConformanceReport {
  readonly name: string;
  readonly title: string;
  /** Source file relative to the content root. */
  readonly source: string;
  /** URL path of the spec's overview page, where the same table is shown. */
  readonly href: string;
  readonly findings: number;
  /** The rows, with `null` for a missing ID or permalink so every key is present in the JSON. */
  readonly rules: readonly { id: string | null; href: string | null; checks: readonly string[]; findings: number }[];
}

/**
 * The content of `api-conformance.json` at the root of the output: the conformance table of every
 * third-party spec, the figures its overview page shows. Pure.
 */
export function conformanceReport(
  specs: readonly {
    name: string;
    title: string;
    source: string;
    overviewHref: string;
    conformance?: readonly ConformanceRow[];
  }[],
): { specs: SpecConformanceReport[] } {
  return {
    specs: specs.flatMap((spec) =>
      spec.conformance === undefined
        ? []
        : [
            {
              name: spec.name,
              title: spec.title,
              source: spec.source,
              href: spec.overviewHref,
              findings: spec.conformance.reduce((sum, row) => sum + row.findings, 0),
              rules: spec.conformance.map((row) => ({ ...row, id: row.id ?? null, href: row.href ?? null })),
            },
          ],
    ),
  };
}
