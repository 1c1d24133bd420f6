import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, engineRoot, workDir } from '../paths.ts';
import { readHosting } from '../config/hosting.ts';
import { astroRootArgs } from '../astro-root.ts';
import { takeBuildTurn } from './build-turn.ts';
import { writeBuildRecord } from './build-record.ts';
import { permalinksBeside } from '../rules/permalinks-beside.ts';
import { sidebarsBeside } from '../sidebar/sidebar-handoff.ts';
import { besideOutput } from '../files/beside-output.ts';
import { removeInBackground } from '../files/remove-in-background.ts';
import { dataFolderVariable } from '../integration/data-module.ts';
import { applyRulesLockHandoff, discardRulesLockHandoff, lockHandoffVariable } from '../rules/lock-handoff.ts';

/** Options of {@link runAtomicBuild}. */
export interface AtomicBuildOptions {
  readonly env: NodeJS.ProcessEnv;
  /** Output folder, relative to the content root or absolute. @default 'dist' */
  readonly outDir?: string | undefined;
  /** Run `astro build --verbose`: stack traces and Astro's own detail. */
  readonly verbose?: boolean;
}

/** Outcome of a build: the folder written, or nothing when it failed. */
export interface AtomicBuildResult {
  readonly ok: boolean;
  readonly outDir: string;
}

/**
 * Runs `astro build` into a temporary folder, finishes it (search index, sidebars and rule permalink pages
 * written in: finish-output.ts), runs the post-build checks on it, then replaces the output folder in one
 * rename and writes the rules lock the build handed over. On any failure the temporary folder
 * is removed and the old output and the lock are untouched.
 */
export async function runAtomicBuild({
  env,
  outDir: out,
  verbose = false,
}: AtomicBuildOptions): Promise<AtomicBuildResult> {
  const outDir = path.resolve(contentRoot, out ?? 'dist');
  const stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${process.pid}`);
  discardStaging(stagingDir);
  removeSwappedOut(outDir);
  mkdirSync(path.dirname(outDir), { recursive: true });
  const handoff = besideOutput(stagingDir, '.rules-lock.json');
  discardRulesLockHandoff(handoff);
  const release = await takeBuildTurn((holder) =>
    process.stdout.write(`archbook: another build of this engine runs (pid ${holder}); waiting for it\n`),
  );
  const code = await runAstroBuild(stagingDir, { ...env, [lockHandoffVariable]: handoff }, verbose).finally(release);
  const fail = (message: string): AtomicBuildResult => {
    discardStaging(stagingDir);
    discardRulesLockHandoff(handoff);
    process.stderr.write(`\n${message}; ${relative(outDir)} was left as it was.\n`);
    return { ok: false, outDir };
  };
  if (code !== 0) return fail(`archbook: the build failed (exit ${code})`);
  // The turn is released: another build's Astro may now run beside this one's Pagefind and link check,
  // which touch only this build's own folders. Their modules are loaded once Astro is done, not held while
  // it runs. The link check reads the output as it will be while Pagefind indexes it (finish-output.ts).
  let problems: string[];
  try {
    const { finishOutput } = await import('./finish-output.ts');
    const { postBuildChecks } = await import('./post-build-checks.ts');
    const finished = await finishOutput(stagingDir, (files) => postBuildChecks({ outDir: stagingDir, env, files }));
    process.stdout.write(`archbook: ${finished.said}\n`);
    problems = finished.problems;
  } catch (error) {
    const detail = error instanceof Error ? (verbose ? (error.stack ?? error.message) : error.message) : String(error);
    return fail(`archbook: the build could not be finished: ${detail}`);
  }
  if (problems.length > 0) {
    process.stderr.write(`\n${problems.join('\n')}\n`);
    return fail('archbook: the build output failed its checks');
  }
  swapInto(stagingDir, outDir);
  const lockFile = applyRulesLockHandoff(handoff);
  const hosting = readHosting(env);
  writeBuildRecord(contentRoot, outDir, { base: hosting.base, site: hosting.site });
  process.stdout.write(`archbook: built ${relative(outDir)}${lockFile ? `; updated ${lockFile}` : ''}\n`);
  return { ok: true, outDir };
}

/** Removes a build's staging folder and what it left beside it: permalink pages, its sidebars' handoff. */
function discardStaging(stagingDir: string): void {
  rmSync(stagingDir, { recursive: true, force: true });
  rmSync(permalinksBeside(stagingDir), { recursive: true, force: true });
  rmSync(sidebarsBeside(stagingDir), { force: true });
}

/**
 * Removes what earlier builds swapped out of `outDir` and did not get to remove (their removal stopped with
 * the machine, or runs still: removing twice is harmless).
 */
function removeSwappedOut(outDir: string): void {
  const swappedOut = new RegExp(`^\\.${RegExp.escape(path.basename(outDir))}-staging-\\d+-previous$`);
  const parent = path.dirname(outDir);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) if (swappedOut.test(name)) removeInBackground(path.join(parent, name));
}

function swapInto(stagingDir: string, outDir: string): void {
  const previous = `${stagingDir}-previous`;
  // A leftover of an earlier build with this process number (numbers come round again in containers).
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(stagingDir, outDir);
  removeInBackground(previous);
}

function runAstroBuild(outDir: string, env: NodeJS.ProcessEnv, verbose: boolean): Promise<number> {
  const astro = path.join(engineRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve) => {
    // Astro writes its prerender chunks to <working folder>/.astro/.prerender when the output folder lies
    // outside the working folder: a folder inside the engine, so that they resolve its node_modules. One
    // build holds the turn at a time (build-turn.ts), so one path serves them all. Named per process, each
    // build left its chunks' compiled code in Node's compile cache (which Astro's command turns on outside
    // CI, in the system's temporary folder) where no later build would read it: 29 MB per bench build.
    const workingDir = path.join(engineRoot, workDir, 'astro-build');
    rmSync(workingDir, { recursive: true, force: true });
    mkdirSync(workingDir, { recursive: true });
    // V8 grows the heap by a factor it picks from how little time garbage collection takes: rendering pages
    // whose sidebar comes from a template allocates little, so it let the heap grow to 670 MB for 200 MB of
    // live objects (1.43 GB resident). Collecting once the heap is twice what survived the last collection:
    // 1.19-1.21 GB, no slower (three alternating warm bench builds each: 14.9-17.1 s against 17.0-19.2 s).
    const args = [
      '--heap-growing-percent=100',
      astro,
      'build',
      ...astroRootArgs(engineRoot),
      ...(verbose ? ['--verbose'] : []),
    ];
    const child = spawn(process.execPath, args, {
      cwd: workingDir,
      stdio: 'inherit',
      env: {
        // Rolldown (Vite's bundler) allocates through mimalloc, which by default returns freed memory to the
        // system after a delay, on a later call: once the bundle is written, much of what Rolldown freed
        // stayed resident while the pages rendered. Returned at once, mimalloc's arena held 255 MB instead
        // of 383 MB while the 3,000-page bench rendered (/proc/<pid>/smaps, one warm build each). Before `env`,
        // so that an author's own MIMALLOC_ settings win.
        MIMALLOC_PURGE_DELAY: '0',
        MIMALLOC_PURGE_DECOMMITS: '1',
        ...env,
        ARCHBOOK_ROOT: contentRoot,
        ARCHBOOK_OUT_DIR: outDir,
        // Tells astro.config.mjs the build runs through archbook, with the checks and the atomic swap.
        ARCHBOOK_BUILD: '1',
        // The data the pages import (rules, diagrams, specs, kits, the site's own) is read from files here,
        // not bundled (integration/data-module.ts); removed with the working folder.
        [dataFolderVariable]: path.join(workingDir, 'data'),
        ASTRO_TELEMETRY_DISABLED: '1',
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      },
    });
    child.on('error', (error) => {
      process.stderr.write(`archbook: could not start Astro: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      rmSync(workingDir, { recursive: true, force: true });
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function relative(dir: string): string {
  return path.relative(process.cwd(), dir) || '.';
}
