import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Wall time and peak memory of a command and all its descendants. */
export interface Measurement {
  readonly code: number;
  readonly wallMs: number;
  /** Highest sum of resident memory over the process tree, sampled every 50 ms (Linux /proc). */
  readonly peakRssBytes: number;
  readonly output: string;
  /** The same output, each line led by the seconds since the start when it came: where a build's time went. */
  readonly timeline: string;
}

/**
 * Runs a command, sampling the resident memory of its whole process tree, and times it.
 * @param command - executable
 * @param args - its arguments
 * @param options - working folder and environment
 */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measurement> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const timeline: string[] = [];
  const pending = { stdout: '', stderr: '' };
  const take = (stream: keyof typeof pending) => (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    const lines = (pending[stream] + text).split('\n');
    pending[stream] = lines.pop() ?? '';
    const at = ((performance.now() - started) / 1000).toFixed(2).padStart(7);
    for (const line of lines) timeline.push(`${at} ${line}`);
  };
  child.stdout.on('data', take('stdout'));
  child.stderr.on('data', take('stderr'));
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  }, 50);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      for (const rest of [pending.stdout, pending.stderr])
        if (rest !== '') timeline.push(`${(wallMs / 1000).toFixed(2).padStart(7)} ${rest}`);
      resolve({ code: code ?? 1, wallMs, peakRssBytes: peak, output, timeline: timeline.join('\n') });
    });
  });
}

/** Sum of VmRSS over a process and its descendants. */
function treeRss(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      parents.set(Number(name), ppid);
      rss.set(Number(name), kb * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    let current: number | undefined = pid;
    while (current !== undefined && current > 1) {
      if (current === root) {
        total += bytes;
        break;
      }
      current = parents.get(current);
    }
  }
  return total;
}
