import { createRequire } from 'node:module';
import { ArchbookError } from '../errors.ts';
import { runNodeScript, ScriptTimedOut } from '../run-node-script.ts';

/** What one Redocly CLI run printed, and how it ended. */
export interface RedoclyRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runRedocly}. */
export interface RedoclyRunOptions {
  /** Working folder: file paths in Redocly's output are relative to it. */
  readonly cwd: string;
  /**
   * Longest the run may take, in milliseconds.
   * @default 120000
   */
  readonly timeoutMs?: number;
}

/**
 * Environment every Redocly run gets on top of the caller's: no telemetry (Redocly CLI sends it unless
 * told not to), no update notice, no colours in output we parse.
 */
export const redoclyEnvironment: Readonly<Record<string, string>> = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

/**
 * Runs the Redocly CLI bundled with the engine on the current Node, collecting its output. Never hangs:
 * a run that does not end in time is killed, and a process that cannot start rejects.
 * @param args - command-line arguments, e.g. `['lint', 'specs/a.yaml', '--format=json']`
 * @throws ArchbookError `RedoclyNotStarted` or `RedoclyTimeout`
 */
export async function runRedocly(
  args: readonly string[],
  { cwd, timeoutMs = 120_000 }: RedoclyRunOptions,
): Promise<RedoclyRun> {
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  try {
    return await runNodeScript(cli, args, { cwd, env: { ...process.env, ...redoclyEnvironment }, timeoutMs });
  } catch (error) {
    if (error instanceof ScriptTimedOut)
      throw new ArchbookError(
        'RedoclyTimeout',
        `redocly ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s`,
        'a very large or cyclic spec can do this; run `npm run lint:specs` to see where it stops',
      );
    throw new ArchbookError(
      'RedoclyNotStarted',
      `could not start the Redocly CLI: ${error instanceof Error ? error.message : String(error)}`,
      'run `npm install` so that node_modules/@redocly/cli is installed',
    );
  }
}
