import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { engineRoot } from '../paths.ts';
import { generateHandbook, type HandbookSize } from './generate-handbook.ts';
import { measure, type Measurement } from './measure.ts';
import { weighPage } from './page-weight.ts';

/** Figures of one site benchmark run. */
export interface SiteBenchResult {
  readonly size: HandbookSize;
  readonly cold: Measurement;
  readonly warm: Measurement;
  readonly bareCold: Measurement;
  readonly bareWarm: Measurement;
  readonly pageWeight: ReturnType<typeof weighPage>;
}

const defaultSize: HandbookSize = { pages: 1000, rulesPerPage: 3, diagrams: 200, specs: 10 };

/**
 * Generates a large handbook, builds it cold and warm with archbook, builds the same Markdown with bare
 * Starlight (cold and warm), and weighs a guideline page.
 */
export async function runSiteBench(size: HandbookSize = defaultSize): Promise<SiteBenchResult> {
  const benchDir = path.join(engineRoot, '.archbook', 'bench');
  const root = path.join(benchDir, 'handbook');
  const bare = path.join(benchDir, 'bare');
  rmSync(benchDir, { recursive: true, force: true });
  generateHandbook(root, size);
  writeBareStarlight(bare, root);

  const env = {
    ...process.env,
    ARCHBOOK_ROOT: root,
    ASTRO_TELEMETRY_DISABLED: '1',
    REDOCLY_TELEMETRY: 'off',
    BASE_PATH: '',
  };
  const build = async () => {
    const measured = await measure(process.execPath, [path.join(engineRoot, 'scripts/cli/build.ts')], {
      cwd: root,
      env,
    });
    // The swapped-out output is removed in the background (scripts/files/remove-in-background.ts): the next
    // build measured starts once it is gone, not while it competes for the disk.
    await removedInBackground(root);
    return measured;
  };
  const cold = await build();
  if (cold.code !== 0)
    throw new Error(`the archbook build of the generated handbook failed:\n${cold.output.slice(-3000)}`);
  const warm = await build();
  const astro = path.join(engineRoot, 'node_modules/astro/bin/astro.mjs');
  const bareBuild = () =>
    measure(process.execPath, [astro, 'build', '--root', bare], { cwd: bare, env: { ...env, ARCHBOOK_ROOT: '' } });
  const bareCold = await bareBuild();
  if (bareCold.code !== 0) throw new Error(`the bare Starlight build failed:\n${bareCold.output.slice(-3000)}`);
  const bareWarm = await bareBuild();
  const page = path.join(root, 'dist/guidelines/page-0000/index.html');
  return { size, cold, warm, bareCold, bareWarm, pageWeight: weighPage(path.join(root, 'dist'), '/', page) };
}

/** Resolves once no swapped-out output (`.dist-staging-*-previous`) is left in `root`. */
async function removedInBackground(root: string): Promise<void> {
  while (readdirSync(root).some((name) => name.endsWith('-previous'))) await setTimeout(50);
}

/** A plain Starlight project over the same Markdown, for comparison. */
function writeBareStarlight(bare: string, handbook: string): void {
  mkdirSync(path.join(bare, 'src/content'), { recursive: true });
  cpSync(path.join(handbook, 'site/content/docs'), path.join(bare, 'src/content/docs'), { recursive: true });
  writeFileSync(
    path.join(bare, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      "export default defineConfig({ integrations: [starlight({ title: 'Bare Starlight' })] });\n",
  );
  writeFileSync(
    path.join(bare, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
}

/** Prints the figures as the README's performance section records them. */
export function formatSiteBench(result: SiteBenchResult): string {
  const seconds = (m: Measurement) => `${(m.wallMs / 1000).toFixed(1)} s`;
  const memory = (m: Measurement) => `${(m.peakRssBytes / 1024 ** 3).toFixed(2)} GB`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  const ratio = result.warm.wallMs / result.bareWarm.wallMs;
  const peak = result.cold.peakRssBytes > result.warm.peakRssBytes ? result.cold : result.warm;
  const w = result.pageWeight;
  return [
    `Site: ${result.size.pages} guideline pages (${result.size.pages * result.size.rulesPerPage} rules), ${result.size.diagrams} diagrams, ${result.size.specs} specs`,
    `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    '',
    '| build | wall time | peak memory |',
    '| --- | --- | --- |',
    `| archbook, cold | ${seconds(result.cold)} | ${memory(result.cold)} |`,
    `| archbook, warm | ${seconds(result.warm)} | ${memory(result.warm)} |`,
    `| bare Starlight, cold | ${seconds(result.bareCold)} | ${memory(result.bareCold)} |`,
    `| bare Starlight, warm | ${seconds(result.bareWarm)} | ${memory(result.bareWarm)} |`,
    '',
    `Warm build ratio to bare Starlight: ${ratio.toFixed(2)}x (goal: within 1.15x)`,
    `Cold build ratio to bare Starlight: ${(result.cold.wallMs / result.bareCold.wallMs).toFixed(2)}x (goal: within 1.3x)`,
    `Peak memory: ${memory(peak)} (goal: at most 1.5 GB at 1,000 pages, under 2 GB at 3,000)`,
    `Guideline page weight (gzip, search excluded): ${kb(w.totalBytes)} = HTML ${kb(w.htmlBytes)} + CSS ${kb(w.cssBytes)} + JS ${kb(w.jsBytes)}`,
  ].join('\n');
}
