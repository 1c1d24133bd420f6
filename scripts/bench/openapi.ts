import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from '../files/list-files.ts';
import { contentRoot, engineRoot } from '../paths.ts';
import { measure, type Measurement } from './measure.ts';
import { ensureGithubDescription, writeArchbookSite, writeBareSite } from './openapi-sites.ts';

/** Figures of one API bench run. */
export interface OpenApiBenchResult {
  readonly description: string;
  readonly operations: number;
  readonly schemas: number;
  readonly cold: Measurement;
  /** A second archbook build with no change, or undefined when skipped (`BENCH_WARM=0`). */
  readonly warm: Measurement | undefined;
  readonly bare: Measurement;
  readonly archbookPages: number;
  readonly barePages: number;
}

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * Builds GitHub's REST API description as a third-party spec with archbook and with bare Starlight +
 * starlight-openapi, side by side, then archbook again with nothing changed (warm), counting the pages
 * each wrote.
 */
export async function runOpenApiBench(options: {
  readonly warm: boolean;
  /** Called once the cold builds are measured, before the warm one starts. */
  readonly onCold?: (cold: Measurement, bare: Measurement) => void;
}): Promise<OpenApiBenchResult> {
  const benchDir = path.join(engineRoot, '.archbook', 'bench', 'openapi');
  const description = ensureGithubDescription(path.join(engineRoot, '.archbook', 'cache'));
  const root = path.join(benchDir, 'handbook');
  const bare = path.join(benchDir, 'bare');
  rmSync(benchDir, { recursive: true, force: true });
  writeArchbookSite(root, description, path.join(contentRoot, 'redocly.yaml'));
  writeBareSite(bare, description);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off', BASE_PATH: '' };
  const build = () =>
    measure(process.execPath, [path.join(engineRoot, 'scripts/cli/build.ts')], {
      cwd: root,
      env: { ...env, ARCHBOOK_ROOT: root },
    });
  const astro = path.join(engineRoot, 'node_modules/astro/bin/astro.mjs');
  // Both cold builds run at the same time: on a shared machine whose load changes by the minute, only
  // builds run side by side see the same load, so only their ratio means something.
  const [cold, bareRun] = await Promise.all([
    build(),
    measure(process.execPath, [astro, 'build', '--root', bare], { cwd: bare, env }),
  ]);
  if (cold.code !== 0) throw new Error(`the archbook build failed:\n${cold.output.slice(-3000)}`);
  if (bareRun.code !== 0) throw new Error(`the bare Starlight build failed:\n${bareRun.output.slice(-3000)}`);
  options.onCold?.(cold, bareRun);
  const warm = options.warm ? await build() : undefined;
  const document = JSON.parse(readFileSync(description, 'utf8')) as {
    paths?: Record<string, Record<string, unknown>>;
    components?: { schemas?: Record<string, unknown> };
  };
  return {
    description: path.basename(description),
    operations: Object.values(document.paths ?? {}).flatMap((item) =>
      Object.keys(item).filter((key) => methods.has(key)),
    ).length,
    schemas: Object.keys(document.components?.schemas ?? {}).length,
    cold,
    warm,
    bare: bareRun,
    archbookPages: listFiles(path.join(root, 'dist'), '.html').length,
    barePages: listFiles(path.join(bare, 'dist'), '.html').length,
  };
}

/** Prints the figures as the README's performance section records them. */
export function formatOpenApiBench(result: OpenApiBenchResult): string {
  const seconds = (m: Measurement) => `${(m.wallMs / 1000).toFixed(1)} s`;
  const memory = (m: Measurement) => `${(m.peakRssBytes / 1024 ** 3).toFixed(2)} GB`;
  const reused =
    result.warm === undefined ? 'not run' : /lint and bundle reused/.test(result.warm.output) ? 'yes' : 'NO';
  const [load1 = 0, load5 = 0] = os.loadavg();
  return [
    `API: ${result.description}, ${result.operations} operations, ${result.schemas} schemas`,
    `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load average at the end ${load1.toFixed(1)} (1 min), ${load5.toFixed(1)} (5 min)`,
    '',
    '| build | wall time | peak memory | HTML pages |',
    '| --- | --- | --- | --- |',
    `| archbook, cold (lint, bundle, schema pages, link check) | ${seconds(result.cold)} | ${memory(result.cold)} | ${result.archbookPages} |`,
    ...(result.warm === undefined
      ? []
      : [
          `| archbook, warm (no spec change) | ${seconds(result.warm)} | ${memory(result.warm)} | ${result.archbookPages} |`,
        ]),
    `| bare Starlight + starlight-openapi | ${seconds(result.bare)} | ${memory(result.bare)} | ${result.barePages} |`,
    '',
    `Cold build ratio to bare (built side by side): ${(result.cold.wallMs / result.bare.wallMs).toFixed(2)}x (goal: at most 1.5x)`,
    `Peak memory: ${memory(result.cold)} (goal: under 2 GB)`,
    `Warm rebuild reused lint and bundle: ${reused}`,
  ].join('\n');
}
