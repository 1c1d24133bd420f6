import { spawn } from 'node:child_process';
import path from 'node:path';
import { engineRoot } from '../paths.ts';

/** Start-up times of one `npm run dev`. */
export interface StartTimes {
  readonly listening: number;
  readonly firstPage: number;
  /** Whether Astro threw its content store away (it renders every page again then). */
  readonly storeCleared: boolean;
}

/** A dev server started by {@link startServer}. */
export interface RunningServer {
  readonly origin: string;
  readonly times: StartTimes;
  /** Resolves once the server has printed `text` (e.g. that the diagrams of its start are ready). */
  printed(text: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `npm run dev` on `root` and waits for `pathname` to be served. */
export async function startServer(root: string, pathname: string): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(engineRoot, 'scripts/cli/dev.ts'), '--port', '0'], {
    cwd: engineRoot,
    env: { ...process.env, ARCHBOOK_ROOT: root, NO_COLOR: '1', BASE_PATH: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    const origin = await until(
      () => /Local\s+(http:\/\/[^/\s]+)\//.exec(output)?.[1],
      600_000,
      () => output,
    );
    const listening = performance.now() - started;
    await poll(`${origin}${pathname}`, '</html>');
    const times = {
      listening,
      firstPage: performance.now() - started,
      storeCleared: output.includes('Clearing content store'),
    };
    const printed = (text: string) =>
      until(
        () => output.includes(text) || undefined,
        300_000,
        () => `the dev server never printed ${text}: ${output}`,
      ).then(() => undefined);
    return { origin, times, stop, printed };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Polls `url` every 25 ms until its body contains `text`. */
export async function poll(url: string, text: string): Promise<void> {
  await until(
    async () => {
      try {
        const response = await fetch(url);
        return (await response.text()).includes(text) || undefined;
      } catch {
        return undefined;
      }
    },
    300_000,
    () => `${url} never showed ${text}`,
  );
}

async function until<T>(
  get: () => T | undefined | Promise<T | undefined>,
  timeoutMs: number,
  describe: () => string,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`dev bench: gave up: ${describe().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
