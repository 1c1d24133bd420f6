import type { ArchbookConfig } from '../config/schema.ts';
import type { DiagramEntry, RenderedDiagram } from './render-set.ts';
import type { RefreshSummary } from './refresh-summary.ts';
import type { RenderContext } from './render-set.ts';
import type { DiagramFence } from './sources.ts';

/** A diagram file before it is rendered: its id, cache key and the rules it links to, and its title. */
export interface PlannedEntry extends Pick<DiagramEntry, 'id' | 'key' | 'rules'> {
  /** Undefined when the diagram is named after its kind, which only the picture tells. */
  readonly title: string | undefined;
}

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
  /** Changes whenever any diagram's output would: part of the key of each page that has a fence. Planned. */
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
  /** Whether the last refresh that ended failed (its problems are reported by whoever ran it). */
  failed(): boolean;
  /**
   * Resolves once a refresh has checked and expanded every diagram (before rendering them): true when that
   * found no problem, false when it did (the refresh then fails with them and the renderer's, listed together).
   */
  planned(): Promise<boolean>;
  /** Whether a link in the last plan names a rule retired by now: a prefetch plans before the rules are read. */
  linksRetiredSincePlan(): boolean;
  /**
   * Every diagram file as last planned: what a page's key and a rule's diagrams need. The plan of the last
   * successful refresh; before the first, the plan of the refresh under way.
   */
  plannedEntries(): readonly PlannedEntry[];
  /** Whether the latest refresh found the diagram file `src` names, whatever else it found wrong. */
  knows(src: string): boolean;
  /** The diagram file `src` names, as last planned. */
  plannedEntry(src: string): PlannedEntry | undefined;
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
