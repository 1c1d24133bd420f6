import { spawn } from 'node:child_process';

/** What a script printed, and how it ended. */
export interface ScriptRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runNodeScript}. */
export interface ScriptRunOptions {
  readonly cwd: string;
  /** Environment of the script. @default the caller's */
  readonly env?: NodeJS.ProcessEnv;
  /** Longest the run may take, in milliseconds; then the script is killed. */
  readonly timeoutMs?: number;
}

/** Thrown by {@link runNodeScript} when the script ran longer than its `timeoutMs`. */
export class ScriptTimedOut extends Error {}

/**
 * Runs a JavaScript or TypeScript file on the current Node in a process of its own, collecting what it
 * prints. A process that dies is an exit code: code 1 when a signal ended it.
 * @throws ScriptTimedOut after `timeoutMs`; the error of a process that could not start
 */
export function runNodeScript(
  script: string,
  args: readonly string[],
  { cwd, env = process.env, timeoutMs }: ScriptRunOptions,
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            child.kill('SIGKILL');
            reject(new ScriptTimedOut(`${script} did not finish within ${timeoutMs} ms`));
          }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 1 : 0), stdout, stderr });
    });
  });
}
