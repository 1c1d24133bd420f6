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
 * Bundles every spec with `redocly bundle` (a few at a time) and writes each as `<name>.json` (Redocly's output)
 * and `<name>.yaml` (the same document, converted: JSON is unambiguous, so nothing changes on the way).
 * @throws ArchbookError `SpecBundleFailed`
 */
export async function bundleSpecs({
  root,
  specs,
  configFile,
  outDir,
  timeoutMs,
}: BundleSpecsOptions): Promise<BundledSpec[]> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  if (specs.length === 0) return [];
  const staging = mkdtempSync(path.join(outDir, '.bundle-'));
  try {
    const bundleOne = async (source: SpecSource): Promise<BundledSpec> => {
      const staged = path.join(staging, `${source.name}.json`);
      const args = ['bundle', source.file, '--ext', 'json', '--output', staged];
      if (configFile !== undefined) args.push('--config', configFile);
      const run = await runRedocly(args, { cwd: root, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
      if (run.code !== 0 || !existsSync(staged)) {
        throw new ArchbookError(
          'SpecBundleFailed',
          `${source.file}: redocly bundle failed (exit ${run.code}): ${lastLines(run.stderr)}`,
          'run `npm run lint:specs`; the bundler stops on problems the lint reports',
        );
      }
      const document = JSON.parse(readFileSync(staged, 'utf8')) as Record<string, unknown>;
      const jsonFile = path.join(outDir, `${source.name}.json`);
      const yamlFile = path.join(outDir, `${source.name}.yaml`);
      writeFileSync(jsonFile, `${JSON.stringify(document, null, 2)}\n`);
      writeFileSync(yamlFile, stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }));
      return { source, yamlFile, jsonFile, document };
    };
    return await mapLimited(specs, 4, bundleOne);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Maps over items with at most `limit` promises pending, keeping the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' / ') || '(no output)';
}
