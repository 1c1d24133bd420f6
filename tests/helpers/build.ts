import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { engineRoot } from '../../scripts/paths.ts';
import { temporaryFolder } from './temporary-folder.ts';

/** The engine's root (this repository). */
export { engineRoot };

/** Outcome of a fixture build. */
export interface FixtureBuild {
  /** Exit code of `node scripts/cli/build.ts`. */
  readonly code: number;
  /** stdout and stderr together, colours removed. */
  readonly output: string;
  /** The copy of the fixture that was built (its lock file may have been updated). */
  readonly root: string;
  /** `<root>/dist`. */
  readonly outDir: string;
}

/** Options of {@link buildFixture}. */
export interface BuildFixtureOptions {
  readonly env?: Record<string, string>;
  /** Build an existing copy again instead of copying the fixture (for warm builds and atomicity tests). */
  readonly reuseRoot?: string;
  /** Arguments of `npm run build`, e.g. `['--outDir', dir]`. */
  readonly args?: readonly string[];
}

/**
 * Copies a fixture site to a temporary folder and runs the real build on it, as a user would.
 * @param fixture - folder name under tests/fixtures, or an absolute path
 */
export function buildFixture(fixture: string, options: BuildFixtureOptions = {}): Promise<FixtureBuild> {
  const root = options.reuseRoot ?? copyFixture(fixture);
  // A fixture builds as on an author's machine, also when the tests run in CI: a test that wants the CI
  // behaviour (a stale rules lock fails the build) sets CI itself.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CI: '',
    ...options.env,
    ARCHBOOK_ROOT: root,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  delete env['ARCHBOOK_OUT_DIR'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(engineRoot, 'scripts/cli/build.ts'), ...(options.args ?? [])], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      resolve({ code: code ?? 1, output: stripAnsi(output), root, outDir: path.join(root, 'dist') }),
    );
  });
}

/** Copies `tests/fixtures/<name>` into a new temporary folder and returns its path. */
export function copyFixture(fixture: string): string {
  const source = path.isAbsolute(fixture) ? fixture : path.join(engineRoot, 'tests', 'fixtures', fixture);
  const root = temporaryFolder(`archbook-${path.basename(fixture)}-`);
  cpSync(source, root, { recursive: true, filter: (file) => !/[\\/](dist|\.archbook)([\\/]|$)/.test(file) });
  return root;
}

/** Removes terminal colour codes. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
