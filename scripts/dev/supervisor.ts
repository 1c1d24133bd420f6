import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, engineRoot } from '../paths.ts';
import { astroRoot, astroRootArgs } from '../astro-root.ts';
import { supervisedVariable, type SupervisorMessage } from './supervisor-link.ts';

/** Options of {@link superviseDevServer}. */
export interface SuperviseOptions {
  /** Arguments for `astro dev` (`--port 0`, `--host`). */
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
}

/** A running `astro dev`, replaced by a fresh process on {@link DevSupervisor.restart}. */
export interface DevSupervisor {
  /** Resolves with the exit code once the server exits on its own (not when replaced). */
  readonly exited: Promise<number>;
  /** Stops the running server and starts a new one on the same port. */
  restart(reason: string): void;
  /** Stops the server; resolves with the exit code to end with. */
  stop(): Promise<number>;
}

/**
 * Starts `astro dev` on the handbook as a child process with an IPC channel. The child reports its port
 * (scripts/dev/supervisor-link.ts), so that a restart keeps the address the browser has open.
 */
export function superviseDevServer({ argv, env }: SuperviseOptions): DevSupervisor {
  let port: number | undefined;
  let replacing = false;
  let settle: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (settle = resolve));
  const start = (): ChildProcess => {
    const args = port === undefined ? [...argv] : [...withoutPort(argv), '--port', String(port)];
    const astro = path.join(engineRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
    // --ignore-lock: the supervisor tracks its server itself; Astro's lock would also send a server started
    // by a coding agent to the background, where the supervisor cannot follow it.
    mkdirSync(astroRoot, { recursive: true });
    const child = spawn(process.execPath, [astro, 'dev', ...astroRootArgs(), '--ignore-lock', ...args], {
      cwd: engineRoot,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: {
        ...env,
        ARCHBOOK_ROOT: contentRoot,
        [supervisedVariable]: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      },
    });
    child.on('message', (message: Partial<SupervisorMessage>) => {
      if (message.type === 'archbook:listening' && typeof message.port === 'number') port = message.port;
    });
    child.on('exit', (code, signal) => {
      if (replacing) return;
      settle(code ?? (signal ? 1 : 0));
    });
    return child;
  };
  let child = start();
  const stopChild = (running: ChildProcess): Promise<void> =>
    new Promise((resolve) => {
      if (running.exitCode !== null || running.signalCode !== null) return resolve();
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  return {
    exited,
    restart(reason) {
      if (replacing) return;
      replacing = true;
      process.stdout.write(`archbook: ${reason}; starting a fresh dev server\n`);
      void stopChild(child).then(() => {
        replacing = false;
        child = start();
      });
    },
    async stop() {
      replacing = true;
      await stopChild(child);
      return 0;
    },
  };
}

/** `argv` without `--port <n>` / `--port=<n>`. */
function withoutPort(argv: readonly string[]): string[] {
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--port') index += 1;
    else if (!arg.startsWith('--port=')) rest.push(arg);
  }
  return rest;
}
