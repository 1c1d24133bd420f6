import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout } from 'node:timers/promises';
import path from 'node:path';
import { engineRoot } from '../paths.ts';
import { generateHandbook, type HandbookSize } from './generate-handbook.ts';
import { measure, type Measurement } from './measure.ts';
import { weighPage } from './page-weight.ts';
import { emptyTrash, setAside } from './set-aside.ts';

/** The four builds of one round: archbook and bare Starlight on the same freshly generated handbook. */
export interface SiteBenchRound {
  readonly cold: Measurement;
  readonly warm: Measurement;
  readonly bareCold: Measurement;
  readonly bareWarm: Measurement;
}

/** Figures of one site benchmark run. */
export interface SiteBenchResult {
  readonly size: HandbookSize;
  readonly rounds: readonly SiteBenchRound[];
  readonly pageWeight: ReturnType<typeof weighPage>;
}

const defaultSize: HandbookSize = { pages: 1000, rulesPerPage: 3, diagrams: 200, specs: 10 };

/**
 * Generates a large handbook, builds it cold and warm with archbook, builds the same Markdown with bare
 * Starlight (cold and warm), and weighs a guideline page. Each round starts from a freshly generated
 * handbook; every other round builds bare Starlight first, so that a machine slowing down or speeding up
 * during a round does not always favour the same side. The previous round's files are set aside, not deleted,
 * until the last round has been measured (set-aside.ts).
 * @param rounds - how many times the four builds are made
 * @param onRound - told of each round as it ends
 */
export async function runSiteBench(
  size: HandbookSize = defaultSize,
  rounds = 1,
  onRound: (round: SiteBenchRound, index: number) => void = () => undefined,
): Promise<SiteBenchResult> {
  const benchDir = path.join(engineRoot, '.archbook', 'bench');
  const root = path.join(benchDir, 'handbook');
  const bare = path.join(benchDir, 'bare');
  const logs = path.join(engineRoot, '.archbook', 'bench-logs');
  const trash = path.join(engineRoot, '.archbook', 'bench-trash');
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const measured: SiteBenchRound[] = [];
  try {
    for (let index = 0; index < rounds; index += 1) {
      setAside(benchDir, trash);
      generateHandbook(root, size);
      writeBareStarlight(bare, root);
      const round = await runRound(root, bare, index % 2 === 1);
      measured.push(round);
      writeTimelines(logs, index, round);
      onRound(round, index);
    }
    const page = path.join(root, 'dist/guidelines/page-0000/index.html');
    return { size, rounds: measured, pageWeight: weighPage(path.join(root, 'dist'), '/', page) };
  } finally {
    emptyTrash(trash);
  }
}

async function runRound(root: string, bare: string, bareFirst: boolean): Promise<SiteBenchRound> {
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
    if (measured.code !== 0)
      throw new Error(`the archbook build of the generated handbook failed:\n${measured.output.slice(-3000)}`);
    // The swapped-out output is removed in the background (scripts/files/remove-in-background.ts): the next
    // build measured starts once it is gone, not while it competes for the disk.
    await removedInBackground(root);
    return measured;
  };
  const astro = path.join(engineRoot, 'node_modules/astro/bin/astro.mjs');
  const bareBuild = async () => {
    const measured = await measure(process.execPath, [astro, 'build', '--root', bare], {
      cwd: bare,
      env: { ...env, ARCHBOOK_ROOT: '' },
    });
    if (measured.code !== 0) throw new Error(`the bare Starlight build failed:\n${measured.output.slice(-3000)}`);
    return measured;
  };
  const archbookPair = async () => ({ cold: await build(), warm: await build() });
  const barePair = async () => ({ bareCold: await bareBuild(), bareWarm: await bareBuild() });
  if (bareFirst) {
    const barePart = await barePair();
    return { ...(await archbookPair()), ...barePart };
  }
  const archbookPart = await archbookPair();
  return { ...archbookPart, ...(await barePair()) };
}

/**
 * Writes each build's output, every line timed from its start, to `logs/round-<n>-<build>.txt`: a round
 * slower than the others shows in which phase it lost its time.
 */
function writeTimelines(logs: string, index: number, round: SiteBenchRound): void {
  for (const [build, measurement] of Object.entries(round) as [string, Measurement][])
    writeFileSync(path.join(logs, `round-${index + 1}-${build}.txt`), `${measurement.timeline}\n`);
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
