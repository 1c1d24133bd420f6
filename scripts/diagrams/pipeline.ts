import path from 'node:path';
import type { ArchbookConfig } from '../config/schema.ts';
import { failOnFindings } from '../findings.ts';
import { workDir } from '../paths.ts';
import { openImageCache, sha256 } from './cache.ts';
import { chooseRenderer } from './choose-renderer.ts';
import { checkEmbeds, diagramId } from './embeds.ts';
import { fileAccess } from './file-access.ts';
import { renderOne, renderSet, type DiagramEntry, type RenderContext, type RenderedDiagram } from './render-set.ts';

export type { DiagramEntry } from './render-set.ts';
export type { RefreshSummary } from './refresh-summary.ts';
import { listDiagramFiles, scanPages, type DiagramFence } from './sources.ts';
import { withPrefetch, type RefreshSummary } from './refresh-summary.ts';
import { stopSanitizer } from './sanitize-worker.ts';

/** What the pipeline needs from the build. */
export interface DiagramPipelineOptions {
  readonly root: string;
  readonly engineRoot: string;
  readonly docsDir: string;
  readonly config: ArchbookConfig;
  readonly env: NodeJS.ProcessEnv;
  /** Where rendered SVGs are kept. @default `<root>/.archbook/diagrams` */
  readonly cacheDir?: string;
  /** The build's rules: a link to a retired one is a finding. @default none */
  readonly rules?: RenderContext['rules'];
}

/**
 * The diagrams of one build: every `.puml` file and every PlantUML fence, checked and rendered once, up front,
 * through one renderer (one JVM) and a content-hash cache. The Markdown plugin and the engine's pages read
 * the results; in dev, `refresh()` runs again when a diagram changes.
 */
export interface DiagramPipeline {
  /** Changes whenever any diagram's output would: part of the key of each page that has a fence. */
  readonly fingerprint: string;
  readonly diagramsRoot: string;
  /** Set when the renderer is not the configured one (no Java, rendering on the server instead). */
  readonly notice: string | undefined;
  /** Diagrams really rendered and served from the cache, and JVMs started, since the pipeline was created. */
  stats(): { readonly rendered: number; readonly cached: number; readonly jvmStarts: number };
  /**
   * Scans, checks and renders everything; keeps the result when nothing is wrong.
   * @returns how many diagrams there are, and how many were rendered rather than read from the cache
   * @throws ArchbookError listing every problem as `path:line:col  message  (hint)`; the last good state stays
   */
  refresh(): Promise<RefreshSummary>;
  /** Starts rendering into the cache while the rest of the start-up runs; `refresh()` reports and checks. */
  prefetch(): void;
  /** Resolves once the refresh under way, if any, has ended (the dev server does not wait for it to start). */
  settled(): Promise<void>;
  /** Remembers a failure met while a page rendered (Astro only logs those); the build checks them. */
  recordFailure(message: string): void;
  /** Failures recorded since the last successful `refresh()`. */
  failures(): readonly string[];
  /** The diagram file `src` (relative to the diagrams folder, with extension) names, if there is one. */
  entry(src: string): DiagramEntry | undefined;
  /** Every diagram file known since the last `refresh()`. */
  entries(): readonly DiagramEntry[];
  /** Renders one fence (normally from the cache filled by `refresh`). @throws ArchbookError with file:line */
  renderFence(fence: DiagramFence): Promise<RenderedDiagram>;
  /** Stops the renderer (for the local one, its JVM) and the SVG sanitizer; the next render starts them again. */
  close(): Promise<void>;
}

/** Creates the pipeline; nothing is read or started until `refresh()`. */
export function createDiagramPipeline(options: DiagramPipelineOptions): DiagramPipeline {
  const { root, config } = options;
  const diagramsRoot = path.resolve(root, config.content.diagrams);
  const stats = { rendered: 0, cached: 0, jvmStarts: 0 };
  const choice = chooseRenderer({
    settings: config.diagrams,
    engineRoot: options.engineRoot,
    env: options.env,
    onJvmStart: () => (stats.jvmStarts += 1),
  });
  const context = {
    diagramsRoot,
    files: fileAccess(root),
    cache: openImageCache(options.cacheDir ?? path.join(root, workDir, 'diagrams')),
    renderer: choice.renderer,
    stats,
    rules: options.rules,
  };
  let entries = new Map<string, DiagramEntry>();
  let fingerprint = '';
  let running: Promise<RefreshSummary | undefined> = Promise.resolve(undefined);
  let failures: string[] = [];
  let prefetched: RefreshSummary | undefined;

  const refreshOnce = async (): Promise<RefreshSummary> => {
    const files = listDiagramFiles(root, diagramsRoot);
    const pages = scanPages(root, options.docsDir);
    const before = { ...stats };
    const jobs = [
      ...files.map((file) => ({
        source: { file: file.file, firstLine: 1, text: file.text, baseDir: path.dirname(file.absolutePath) },
        name: path.basename(file.id),
      })),
      ...pages.fences.map((fence) => ({ source: fenceSource(fence, diagramsRoot), name: '' })),
    ];
    const { results, findings } = await renderSet(jobs, context);
    const next = new Map<string, DiagramEntry>();
    files.forEach((file, index) => {
      const rendered = results[index];
      if (rendered) next.set(file.id, { ...rendered, id: file.id, file: file.file, embeds: [] });
    });
    findings.push(
      ...checkEmbeds(
        pages.embeds,
        files.map((file) => file.id),
        next,
        config.content.diagrams,
      ),
    );
    failOnFindings('The diagram check', findings);
    entries = next;
    fingerprint = sha256(JSON.stringify([context.renderer.id, results.map((result) => result?.key ?? '')]));
    failures = [];
    const rendered = stats.rendered - before.rendered;
    return {
      total: jobs.length,
      rendered,
      cached: stats.cached - before.cached,
      jvmStarts: stats.jvmStarts - before.jvmStarts,
    };
  };

  const pipeline: Omit<DiagramPipeline, 'fingerprint'> = {
    diagramsRoot,
    notice: choice.note,
    stats: () => ({ ...stats }),
    refresh() {
      const next = running.catch(() => undefined).then(refreshOnce);
      running = next;
      return next.then((summary) => {
        const reported = withPrefetch(summary, prefetched);
        prefetched = undefined;
        return reported;
      });
    },
    prefetch() {
      // Its problems (and rule links, checked before the rules are read) wait for the refresh that follows.
      running = running.catch(() => undefined).then(refreshOnce);
      running.then((summary) => (prefetched = summary)).catch(() => undefined);
    },
    settled: () => running.then(ignore, ignore),
    recordFailure: (message) => void failures.push(message),
    failures: () => [...failures],
    entry: (src) => entries.get(diagramId(src)),
    entries: () => [...entries.values()],
    renderFence: (fence) => renderOne({ source: fenceSource(fence, diagramsRoot), name: '' }, context),
    close: () => Promise.all([context.renderer.close(), stopSanitizer()]).then(ignore),
  };
  // Not enumerable: Astro serialises the Markdown options (which carry the pipeline) into the key of its
  // whole content store; each page's own key names the diagrams it shows instead (pageDependencyKey).
  return Object.defineProperty(pipeline, 'fingerprint', {
    enumerable: false,
    get: () => fingerprint,
  }) as DiagramPipeline;
}

function ignore(): undefined {
  return undefined;
}

function fenceSource(fence: DiagramFence, diagramsRoot: string) {
  return { file: fence.page, firstLine: fence.firstLine, text: fence.text, baseDir: diagramsRoot };
}
