import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeTemporaryFolder } from '../../scripts/files/temporary-folder.ts';
import { engineRoot, stripAnsi } from '../helpers/build.ts';

/** Top-level folders a fresh checkout does not have: outputs, caches, the git history. */
const notInACheckout = /^(node_modules|dist|\.archbook|\.git|test-results|playwright-report|\.astro)$/;

/**
 * Copies this repository as a new team would find it after `git clone` and `npm install`: sources copied,
 * outputs and caches left out, node_modules hard-linked (Astro compiles components by their real path,
 * which must lie in the copy, so not a symlink). Vite's and Astro's caches in node_modules are left out, so
 * that the copy writes caches of its own and never rewrites the original's files through a shared link.
 * @returns the copy's root, in the system's temporary folder
 */
export function copyRepository(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'archbook-adopt-'));
  cpSync(engineRoot, root, {
    recursive: true,
    filter: (source) => !notInACheckout.test(path.basename(source)) || path.dirname(source) !== engineRoot,
  });
  const linked = spawnSync('cp', ['-al', path.join(engineRoot, 'node_modules'), path.join(root, 'node_modules')]);
  // A dev server of another test run may add or drop Vite's cache files while cp walks them; those caches
  // are left out anyway, so only other failures count.
  const problems = String(linked.stderr)
    .split('\n')
    .filter((line) => line.trim() !== '' && !/node_modules\/\.(vite|astro|cache)\//.test(line));
  if (problems.length > 0)
    throw new Error(`copying node_modules failed (exit ${linked.status}):\n${problems.join('\n')}`);
  for (const cache of ['.vite', '.astro', '.cache'])
    rmSync(path.join(root, 'node_modules', cache), { recursive: true, force: true });
  return root;
}

/** Exit code and output (stdout and stderr together, colours removed) of a command run in a copy. */
export interface CopyRun {
  readonly code: number;
  readonly output: string;
}

/**
 * Runs a command in the copy as its team would on their machine: the copy is its own content root, so
 * neither the test runner's variables nor npm's of an outer `npm test` leak into it, and CI is unset (the
 * first build writes the new rules lock, which a CI build would refuse as stale).
 * @param command - `node` runs the copy's Node (this process's), as `npm run` would; anything else from PATH
 * @param env - variables to add
 */
export function runInCopy(
  root: string,
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): CopyRun {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(ARCHBOOK_|NODE_TEST_CONTEXT$|npm_|INIT_CWD$)/.test(name),
  );
  // stdout and stderr into one file, in the order they were written: a build prints its progress on stdout
  // and its error on stderr, and the error belongs under the step that printed it.
  const folder = makeTemporaryFolder('archbook-copy-run-');
  const log = path.join(folder.path, 'output.log');
  const descriptor = openSync(log, 'w');
  let result: ReturnType<typeof spawnSync>;
  try {
    result = spawnSync(command === 'node' ? process.execPath : command, args, {
      cwd: root,
      env: { ...Object.fromEntries(inherited), NO_COLOR: '1', FORCE_COLOR: '0', BASE_PATH: '', CI: '', ...env },
      stdio: ['ignore', descriptor, descriptor],
    });
  } finally {
    closeSync(descriptor);
  }
  const output = readFileSync(log, 'utf8');
  folder.remove();
  const failure = result.error ? `\ncould not run ${command}: ${result.error.message}` : '';
  return { code: result.status ?? 1, output: stripAnsi(`${output}${failure}`) };
}
