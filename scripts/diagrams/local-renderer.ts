import { randomBytes } from 'node:crypto';
import { ArchbookError } from '../errors.ts';
import { makeTemporaryFolder, type TemporaryFolder } from '../files/temporary-folder.ts';
import { diagramHints } from './catalog.ts';
import { checkSandbox } from './canary.ts';
import type { PlantumlJar } from './jar.ts';
import { plantumlPipeCommand } from './jvm-command.ts';
import { PipeError, startPipe, type Pipe } from './pipe.ts';
import { parsePipeReply } from './pipe-reply.ts';
import { pngOnlyKinds } from './image-format.ts';
import type { DiagramRenderer } from './renderer.ts';

/** Options of {@link createLocalRenderer}. */
export interface LocalRendererOptions {
  readonly java: string;
  readonly jar: PlantumlJar;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** Called each time a JVM is started (normally once per build). */
  readonly onStart?: () => void;
  /** Scheduling niceness of the JVM (see PipeOptions); without it, the JVM keeps Node's. */
  readonly niceness?: number;
}

/**
 * Renders through one long-lived PlantUML JVM in pipe mode, started on the first render (a build whose
 * diagrams are all cached starts none) and checked with the sandbox canary before use. Requests are written
 * back to back and answered in order. If the JVM dies, the next render starts a new one; requests that were
 * only waiting behind a timed-out one are retried once.
 */
export function createLocalRenderer(options: LocalRendererOptions): DiagramRenderer {
  const command = plantumlPipeCommand(options.jar.path, `__ARCHBOOK_${randomBytes(12).toString('hex')}__`, options.env);
  const delimiter = command.args.at(-1) ?? '';
  let started: Promise<Pipe> | undefined;
  let workDir: TemporaryFolder | undefined;

  const start = async (): Promise<Pipe> => {
    workDir ??= makeTemporaryFolder('archbook-plantuml-');
    options.onStart?.();
    const pipe = startPipe({
      command: options.java,
      args: command.args,
      env: { ...options.env, ...command.env },
      cwd: workDir.path,
      delimiter,
      timeoutMs: options.timeoutMs,
      ...(options.niceness === undefined ? {} : { niceness: options.niceness }),
    });
    try {
      await checkSandbox((text) => pipe.request(text));
    } catch (error) {
      await pipe.close();
      throw asRendererError(error);
    }
    return pipe;
  };
  // A JVM that failed to start (no sandbox, bad Java) is not retried: every render gets that one error. One
  // that died later is restarted once, by the first caller to notice.
  const pipe = async (): Promise<Pipe> => {
    started ??= start();
    const attempt = started;
    const current = await attempt;
    if (current.alive) return current;
    if (started === attempt) started = start();
    return started;
  };
  const attempt = async (text: string): Promise<Buffer> => (await pipe()).request(text);

  return {
    id: `plantuml ${options.jar.version} pipe ${command.outputFlags} png for ${[...pngOnlyKinds].join(' ')}`,
    label: `PlantUML ${options.jar.version} (local JVM)`,
    async render(text, format) {
      // PlantUML's pipe reads `@@@format png` between diagrams and switches its output format, without a
      // reply of its own: a PNG-only kind goes through the same JVM, and the next request is SVG again.
      const request = format === 'png' ? `@@@format png\n${text}@@@format svg\n` : text;
      let reply: Buffer;
      try {
        reply = await attempt(request).catch((error: unknown) => {
          if (error instanceof PipeError && error.reason === 'stopped' && /restarted/.test(error.message))
            return attempt(request);
          throw error;
        });
      } catch (error) {
        if (error instanceof PipeError && error.reason === 'timeout') {
          return { ok: false, line: undefined, message: `PlantUML gave no answer within ${options.timeoutMs} ms` };
        }
        throw asRendererError(error);
      }
      return parsePipeReply(reply);
    },
    async close() {
      const current = started ? await started.catch(() => undefined) : undefined;
      started = undefined;
      await current?.close();
      workDir?.remove();
      workDir = undefined;
    },
  };
}

function asRendererError(error: unknown): Error {
  if (error instanceof ArchbookError) return error;
  const detail = error instanceof PipeError && error.stderr.trim() !== '' ? `\n${error.stderr.trim()}` : '';
  const message = error instanceof Error ? error.message : String(error);
  return new ArchbookError(
    'DiagramRendererFailed',
    `PlantUML failed: ${message}${detail}`,
    diagramHints.DiagramRendererFailed,
  );
}
