import type { Finding } from '../findings.ts';
import { cacheKey, type SvgCache } from './cache.ts';
import { diagramFinding } from './catalog.ts';
import { expandDiagram, type DiagramText, type FileAccess } from './expand.ts';
import { readMetadata, type DiagramMetadata } from './metadata.ts';
import type { DiagramRenderer } from './renderer.ts';
import { sanitizeSvg } from './sanitize.ts';

/** One diagram to render, and the name its title falls back to. */
export interface RenderJob {
  readonly source: DiagramText;
  /** File name without extension; '' for a fence. */
  readonly name: string;
}

/** A rendered, sanitized diagram. */
export interface RenderedDiagram extends DiagramMetadata {
  /** Cache key: hash of the expanded text, the included files and the renderer. */
  readonly key: string;
  /** Sanitized SVG with ids prefixed by the key. */
  readonly svg: string;
  /** The text as written (the file, or the fence). */
  readonly source: string;
  /** The text sent to the renderer: includes inlined (what the online editor needs). */
  readonly expanded: string;
  /** Files included, relative to the content root. */
  readonly includes: readonly string[];
}

/** What rendering needs from the build. */
export interface RenderContext {
  readonly diagramsRoot: string;
  readonly files: FileAccess;
  readonly cache: SvgCache;
  readonly renderer: DiagramRenderer;
  /** Counts what was really rendered and what came from the cache. */
  readonly stats: { rendered: number; cached: number };
}

/**
 * Checks, expands and renders a set of diagrams: from the cache when the key is known, else through the
 * renderer (all requests at once; the local JVM answers them in order). A bad diagram becomes a finding at
 * the file and line PlantUML names, mapped back through the includes; it is never cached and its output
 * never used. Renderer failures (no Java, sandbox not in effect, server down) are thrown.
 * @returns one entry per job (undefined where it failed) and the findings
 */
export async function renderSet(
  jobs: readonly RenderJob[],
  context: RenderContext,
): Promise<{ results: (RenderedDiagram | undefined)[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const results = await Promise.all(
    jobs.map(async (job): Promise<RenderedDiagram | undefined> => {
      const expanded = expandDiagram(job.source, context.diagramsRoot, context.files);
      findings.push(...expanded.findings);
      const diagram = expanded.diagram;
      if (diagram === undefined) return undefined;
      const key = cacheKey({ text: diagram.text, includes: diagram.includes, renderer: context.renderer.id });
      let svg = context.cache.get(key);
      if (svg === undefined) {
        const outcome = await context.renderer.render(diagram.text);
        context.stats.rendered += 1;
        const origin = diagram.origins[outcome.ok ? 0 : (outcome.line ?? 0)] ?? diagram.origins[0];
        if (!outcome.ok) {
          const code = /no answer within/.test(outcome.message) ? 'DiagramTimeout' : 'DiagramSyntax';
          const via = origin && origin.file !== job.source.file ? ` (included by ${job.source.file})` : '';
          findings.push(
            diagramFinding(code, `PlantUML: ${outcome.message}${via}`, origin ?? { file: job.source.file }),
          );
          return undefined;
        }
        svg = sanitizeSvg(outcome.svg, `d${key.slice(0, 8)}-`);
        if (svg === '') {
          findings.push(
            diagramFinding('DiagramSyntax', 'PlantUML returned no usable SVG', origin ?? { file: job.source.file }),
          );
          return undefined;
        }
        context.cache.set(key, svg);
      } else {
        context.stats.cached += 1;
      }
      return {
        ...readMetadata(job.source.text, svg, job.name),
        key,
        svg,
        source: job.source.text,
        expanded: diagram.text,
        includes: diagram.includes.map((include) => include.file),
      };
    }),
  );
  return { results, findings };
}
