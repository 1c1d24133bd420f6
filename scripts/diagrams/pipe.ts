import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { lowerPriority } from './priority.ts';

/** How to start the long-lived process. */
export interface PipeOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Working folder; an empty temporary one, so nothing relative can resolve to content. */
  readonly cwd: string;
  /** Line the process writes after each reply. */
  readonly delimiter: string;
  /**
   * Longest one reply may take once its turn has come. The first may take four times as long: it also waits
   * for the process to start, which for a JVM at a lower priority on a busy machine takes seconds of waiting
   * for a processor.
   */
  readonly timeoutMs: number;
  /**
   * Scheduling niceness (0 to 19): higher lets other processes have the processor first. Set right after
   * the start, so the threads the process starts afterwards have it too (on Linux it is per thread); a value
   * below the current one is not allowed without privileges and is left out. Without it, Node's own.
   */
  readonly niceness?: number;
}

/** Why a request did not get a reply. `timeout` is the request that took too long; `stopped` the others. */
export class PipeError extends Error {
  readonly reason: 'timeout' | 'stopped';
  /** The last lines the process wrote to stderr. */
  readonly stderr: string;
  constructor(reason: 'timeout' | 'stopped', message: string, stderr: string) {
    super(message);
    this.name = 'PipeError';
    this.reason = reason;
    this.stderr = stderr;
  }
}

/** A running process answering requests first in, first out. */
export interface Pipe {
  /**
   * Writes one request and resolves with the reply (without the delimiter) as bytes: most replies are SVG
   * text, but a PNG (ditaa, math) arrives on the same stream.
   */
  request(text: string): Promise<Buffer>;
  /** Ends the input, lets the process finish what it has, and waits for it to exit. */
  close(): Promise<void>;
  /** False once the process exited or failed to start. */
  readonly alive: boolean;
}

interface Pending {
  readonly resolve: (reply: Buffer) => void;
  readonly reject: (error: Error) => void;
  timer: NodeJS.Timeout | undefined;
}

const stderrLimit = 4000;
const firstReplyAllowance = 4;

/**
 * Starts a process that reads requests on stdin and answers each on stdout followed by a delimiter line
 * (PlantUML's `-pipe -pipedelimitor`), and matches replies to requests in order. Unlike a bare pipe it never
 * leaves a caller waiting: if the process fails to start, exits or stops answering within the timeout,
 * every pending request is rejected with the captured stderr. While nothing is pending the process does not
 * keep Node alive, and it is killed when Node exits.
 */
export function startPipe(options: PipeOptions): Pipe {
  const child = spawn(options.command, [...options.args], { cwd: options.cwd, env: options.env, stdio: 'pipe' });
  if (options.niceness !== undefined && child.pid !== undefined) lowerPriority(child.pid, options.niceness);
  const queue: Pending[] = [];
  const delimiter = Buffer.from(options.delimiter, 'utf8');
  let buffer: Buffer = Buffer.alloc(0);
  let stderr = '';
  let alive = true;
  let replied = false;
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));

  const setRef = (on: boolean) => {
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as Socket[]) {
      if (on) handle.ref();
      else handle.unref();
    }
  };
  const armHead = () => {
    const head = queue[0];
    if (head === undefined || head.timer !== undefined) return;
    const limitMs = replied ? options.timeoutMs : options.timeoutMs * firstReplyAllowance;
    head.timer = setTimeout(() => {
      fail(new PipeError('timeout', `no reply within ${limitMs} ms`, stderr), true);
      child.kill('SIGKILL');
    }, limitMs);
  };
  const fail = (error: PipeError, headOnly: boolean) => {
    alive = false;
    const failed = queue.splice(0);
    failed.forEach((pending, index) => {
      clearTimeout(pending.timer);
      if (headOnly && index > 0)
        pending.reject(new PipeError('stopped', 'the renderer was restarted after a timeout', stderr));
      else pending.reject(error);
    });
  };
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  // Replies are read as bytes and split on the delimiter's bytes: decoding a PNG as UTF-8 would corrupt it.
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let end = buffer.indexOf(delimiter); end !== -1; end = buffer.indexOf(delimiter)) {
      // The line break after a delimiter may arrive with the next chunk: drop it from either side.
      const reply = dropLeadingNewline(buffer.subarray(0, end));
      buffer = dropLeadingNewline(buffer.subarray(end + delimiter.length));
      const pending = queue.shift();
      replied = true;
      if (pending === undefined) continue;
      clearTimeout(pending.timer);
      pending.resolve(reply);
      armHead();
    }
    if (queue.length === 0) setRef(false);
  });
  child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-stderrLimit)));
  child.stdin.on('error', () => undefined);
  child.on('error', (error) =>
    fail(new PipeError('stopped', `could not start ${options.command}: ${error.message}`, stderr), false),
  );
  child.on('close', (code, signal) => {
    process.removeListener('exit', killOnExit);
    fail(new PipeError('stopped', `the renderer exited (${signal ?? `code ${String(code)}`})`, stderr), false);
  });
  setRef(false);

  return {
    get alive() {
      return alive;
    },
    request(text) {
      if (!alive) return Promise.reject(new PipeError('stopped', 'the renderer is not running', stderr));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ resolve, reject, timer: undefined });
        setRef(true);
        armHead();
        child.stdin.write(text.endsWith('\n') ? text : `${text}\n`);
      });
    },
    async close() {
      setRef(true);
      if (alive) child.stdin.end();
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      force.unref();
      await exited;
      clearTimeout(force);
    },
  };
}

/** The bytes without one leading `\n` or `\r\n` (PlantUML ends the delimiter line with one). */
function dropLeadingNewline(bytes: Buffer): Buffer {
  if (bytes[0] === 0x0a) return bytes.subarray(1);
  if (bytes[0] === 0x0d && bytes[1] === 0x0a) return bytes.subarray(2);
  return bytes;
}
