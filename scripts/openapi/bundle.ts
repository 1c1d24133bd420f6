import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ArchbookError } from '../errors.ts';
import { runRedocly } from './redocly-cli.ts';
import type { SpecSource } from './spec-files.ts';

/** A spec bundled into one self-contained file, in YAML and in JSON. */
export interface BundledSpec {
  readonly source: SpecSource;
  /** Absolute path of `<name>.yaml`. */
  readonly yamlFile: string;
  /** Absolute path of `<name>.json`. */
  readonly jsonFile: string;
  /** The bundled document (only internal `$ref`s are left). */
  readonly document: Record<string, unknown>;
}

/** Options of {@link bundleSpecs}. */
export interface BundleSpecsOptions {
  readonly root: string;
  /** Specs that passed the lint: Redocly's bundler does not lint and would bundle broken `$ref`s. */
  readonly specs: readonly SpecSource[];
  readonly configFile: string | undefined;
  /** Folder to write `<name>.yaml` and `<name>.json` to; emptied first. */
  readonly outDir: string;
  readonly timeoutMs?: number;
}

/**
 * Bundles every spec with `redocly bundle` and writes each as `<name>.json` (Redocly's output) and
 * `<name>.yaml` (the same document, converted: JSON is unambiguous, so nothing changes on the way).
 * All specs go through one Redocly run: starting the CLI costs more than bundling a spec of ordinary size
 * (about 0.7 s of CPU each on the bench's 10 specs). A spec that run left without output (Redocly stops at
 * the first failure) is bundled alone, so that its own error is the one reported.
 * @throws ArchbookError `SpecBundleFailed`
 */
export async function bundleSpecs({
  root,
  specs,
  configFile,
  outDir,
  timeoutMs = 120_000,
}: BundleSpecsOptions): Promise<BundledSpec[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  if (specs.length === 0) return [];
  const staging = mkdtempSync(path.join(outDir, '.bundle-'));
  const config = configFile === undefined ? [] : ['--config', configFile];
  try {
    // Several entry points with `--output <folder>` write `<folder>/<file name without extension>.json`;
    // names are unique across the specs folder (readSpecFiles reports clashes), so these are too.
    if (specs.length > 1) {
      const args = ['bundle', ...specs.map((source) => source.file), '--ext', 'json', '--output', staging];
      await runRedocly([...args, ...config], { cwd: root, timeoutMs: timeoutMs * specs.length });
    }
    const results: BundledSpec[] = [];
    for (const source of specs) {
      const staged = path.join(staging, `${path.parse(source.file).name}.json`);
      if (!existsSync(staged)) await bundleAlone(source, staged, config, { cwd: root, timeoutMs });
      const document = JSON.parse(readFileSync(staged, 'utf8')) as Record<string, unknown>;
      const jsonFile = path.join(outDir, `${source.name}.json`);
      const yamlFile = path.join(outDir, `${source.name}.yaml`);
      writeFileSync(jsonFile, `${JSON.stringify(document, null, 2)}\n`);
      writeFileSync(yamlFile, stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }));
      results.push({ source, yamlFile, jsonFile, document });
    }
    return results;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function bundleAlone(
  source: SpecSource,
  staged: string,
  config: readonly string[],
  options: { cwd: string; timeoutMs: number },
): Promise<void> {
  const run = await runRedocly(['bundle', source.file, '--ext', 'json', '--output', staged, ...config], options);
  if (run.code === 0 && existsSync(staged)) return;
  throw new ArchbookError(
    'SpecBundleFailed',
    `${source.file}: redocly bundle failed (exit ${run.code}): ${lastLines(run.stderr)}`,
    'run `npm run lint:specs`; the bundler stops on problems the lint reports',
  );
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' / ') || '(no output)';
}
