import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workDir } from '../paths.ts';
import { lintConfigFile, lintIgnoreFile } from './check.ts';
import { houseRuleIdsNamed } from './house-rules.ts';
import { prepareSpecs, type PrepareSpecsOptions, type PreparedSpecs } from './prepare.ts';
import { readSpecFiles } from './spec-files.ts';

/** Bumped when the pipeline's output changes shape, so old cache entries are ignored. */
const cacheVersion = 2;

/** {@link prepareSpecs} with the answer of a previous build reused when nothing it reads has changed. */
export interface CachedPreparedSpecs extends PreparedSpecs {
  /** True when lint and bundle were skipped. */
  readonly fromCache: boolean;
}

/**
 * Runs the spec pipeline, or returns the previous build's result when these are the same and the bundled
 * files are still on disk: every spec file, `redocly.yaml` and its ignore file, the Redocly version, the
 * base path, the rule URLs, and the known rule IDs that `redocly.yaml` names. A failed run is never cached:
 * errors always come from a fresh lint.
 */
export async function prepareSpecsCached(options: PrepareSpecsOptions): Promise<CachedPreparedSpecs> {
  const files = options.files ?? readSpecFiles(options.root, options.specsDir, options.externalDir);
  const cacheFile = path.join(options.root, workDir, 'specs-cache.json');
  const key = cacheKey(options, files.files);
  const cached = readCache(cacheFile, key);
  if (cached) return { ...cached, fromCache: true };
  const prepared = await prepareSpecs({ ...options, files });
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, prepared }));
  return { ...prepared, fromCache: false };
}

function cacheKey(options: PrepareSpecsOptions, specFiles: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`v${cacheVersion}\0${redoclyVersion()}\0${options.base}\0${options.ruleUrl('ID-000')}\0`);
  hash.update(knownRulesThatMatter(options.root, options.knownRuleIds));
  hash.update(`\0${options.externalDir ?? ''}\0${JSON.stringify(options.docsUrls ?? {})}`);
  const lintFiles = [lintConfigFile, lintIgnoreFile].map((file) => path.join(options.root, file));
  for (const file of [...specFiles, ...lintFiles].sort()) {
    hash.update(`\0${file}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * What of the known rule IDs can change the pipeline's result: they are looked up only for the house checks
 * of `redocly.yaml` (the links of a third-party spec's conformance table, the warning about a check named
 * after no rule), and that warning is given only when some rule is known. So a rule added to or removed
 * from the guidelines reuses the lint unless `redocly.yaml` names it. Before, every new rule linted all
 * specs again, and so did the build after a first one (which writes the rules lock) even without a
 * `redocly.yaml`.
 */
function knownRulesThatMatter(root: string, known: ReadonlySet<string> | undefined): string {
  const configFile = path.join(root, lintConfigFile);
  if (!existsSync(configFile)) return 'no lint configuration';
  if (known === undefined) return 'rules not looked up';
  if (known.size === 0) return 'no rule known';
  const named = houseRuleIdsNamed(readFileSync(configFile, 'utf8'));
  // A configuration that does not parse fails the run, which is never cached: every ID then, to be safe.
  const matter = named === undefined ? [...known] : [...known].filter((id) => named.has(id));
  return `known: ${matter.sort().join(',')}`;
}

function readCache(cacheFile: string, key: string): PreparedSpecs | undefined {
  if (!existsSync(cacheFile)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key?: string; prepared?: PreparedSpecs };
    if (entry.key !== key || !entry.prepared) return undefined;
    const outputs = entry.prepared.specs.flatMap((spec) => [spec.pageFile, ...spec.downloads.map((d) => d.path)]);
    return outputs.every((file) => existsSync(file)) ? entry.prepared : undefined;
  } catch {
    return undefined;
  }
}

let cachedVersion: string | undefined;

function redoclyVersion(): string {
  cachedVersion ??= (
    JSON.parse(readFileSync(new URL(import.meta.resolve('@redocly/cli/package.json')), 'utf8')) as { version: string }
  ).version;
  return cachedVersion;
}
