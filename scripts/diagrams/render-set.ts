import { ArchbookError } from '../errors.ts';
import { formatFinding, type Finding } from '../findings.ts';
import type { ImageCache } from './cache.ts';
import { diagramFinding } from './catalog.ts';
import { findErrorPicture } from './error-picture.ts';
import type { DiagramText, FileAccess } from './expand.ts';
import { imageFormat } from './image-format.ts';
import type { DiagramLink } from './links.ts';
import { planSet, type PlannedDiagram } from './plan-set.ts';
import { readMetadata, type DiagramMetadata } from './metadata.ts';
import type { DiagramImage, DiagramRenderer, RenderOutcome } from './renderer.ts';
import type { RuleTargets } from './rule-links.ts';
import { sanitizeSvgOffThread } from './sanitize-worker.ts';
import type { DiagramEmbed } from './sources.ts';

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
  /** Sanitized SVG with ids prefixed by the key, or the PNG of a kind PlantUML draws only so. */
  readonly image: DiagramImage;
  /** The text as written (the file, or the fence). */
  readonly source: string;
  /** The text sent to the renderer: includes inlined (what the online editor needs). */
  readonly expanded: string;
  /** Files included, relative to the content root. */
  readonly includes: readonly string[];
  /** Its links into the handbook (`[[/guidelines/adapters/]]`), with the file and line they were written at. */
  readonly links: readonly DiagramLink[];
  /** The rules it links to (`[[/rules/ADP-001/ ADP-001]]`), once each. */
  readonly rules: readonly string[];
}

/** A diagram file, rendered: what its page, its gallery card and the pages that embed it show. */
export interface DiagramEntry extends RenderedDiagram {
  /** `mills-planner/component`. */
  readonly id: string;
  /** `diagrams/mills-planner/component.puml`. */
  readonly file: string;
  /** The `::diagram` directives that embed it. */
  readonly embeds: readonly DiagramEmbed[];
}

/** What rendering needs from the build. */
export interface RenderContext {
  readonly diagramsRoot: string;
  readonly files: FileAccess;
  readonly cache: ImageCache;
  readonly renderer: DiagramRenderer;
  /** Counts what was really rendered and what came from the cache. */
  readonly stats: { rendered: number; cached: number };
  /** The build's rules, to refuse links to retired ones; without them, no rule is retired. */
  readonly rules: Pick<RuleTargets, 'retired'> | undefined;
}

/**
 * Renders planned diagrams, from the cache when the key is known, else through the renderer (all requests
 * at once; the local JVM answers them in order). A bad diagram becomes a finding at the file and line
 * PlantUML names, mapped back through the includes; so does an error picture PlantUML drew instead of the
 * diagram. Neither is cached nor its output used. Renderer failures (no Java, sandbox not in effect, server
 * down) are thrown.
 * @returns one entry per plan (undefined where it or its plan failed) and the findings
 */
export async function renderPlanned(
  planned: readonly (PlannedDiagram | undefined)[],
  context: RenderContext,
): Promise<{ results: (RenderedDiagram | undefined)[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const results = await Promise.all(
    planned.map(async (plan): Promise<RenderedDiagram | undefined> => {
      if (plan === undefined) return undefined;
      const { job, diagram, key } = plan;
      let image = context.cache.get(key);
      if (image === undefined) {
        const outcome = await context.renderer.render(diagram.text, imageFormat(diagram.kind));
        context.stats.rendered += 1;
        const checked = await checkOutcome(outcome, key);
        if (!checked.ok) {
          const origin = diagram.origins[checked.line ?? 0] ?? diagram.origins[0];
          const via = origin && origin.file !== job.source.file ? ` (included by ${job.source.file})` : '';
          findings.push(diagramFinding(checked.code, `${checked.message}${via}`, origin ?? { file: job.source.file }));
          return undefined;
        }
        image = checked.image;
        context.cache.set(key, image);
      } else {
        context.stats.cached += 1;
      }
      if (plan.refused) return undefined;
      return {
        links: plan.links,
        rules: plan.rules,
        ...readMetadata(job.source.text, image.format === 'svg' ? image.svg : '', job.name, diagram.kind),
        key,
        image,
        source: job.source.text,
        expanded: diagram.text,
        includes: diagram.includes.map((include) => include.file),
      };
    }),
  );
  return { results, findings };
}

/**
 * Checks, expands and renders a set of diagrams ({@link planSet}, then {@link renderPlanned}).
 * @returns one entry per job (undefined where it failed) and the findings
 */
export async function renderSet(
  jobs: readonly RenderJob[],
  context: RenderContext,
): Promise<{ results: (RenderedDiagram | undefined)[]; findings: Finding[] }> {
  const { planned, findings } = planSet(jobs, context);
  const rendered = await renderPlanned(planned, context);
  return { results: rendered.results, findings: [...findings, ...rendered.findings] };
}

/**
 * Renders one diagram (a fence) as {@link renderSet} does.
 * @throws ArchbookError listing its problems as `path:line:col  message`, when it cannot be shown
 */
export async function renderOne(job: RenderJob, context: RenderContext): Promise<RenderedDiagram> {
  const { results, findings } = await renderSet([job], context);
  const rendered = results[0];
  if (rendered !== undefined) return rendered;
  const first = findings[0];
  if (first === undefined) throw new ArchbookError('DiagramSyntax', 'the diagram could not be rendered', 'see the log');
  throw new ArchbookError(first.code, findings.map((finding) => formatFinding(finding)).join('\n'), first.hint);
}

type Checked =
  | { readonly ok: true; readonly image: DiagramImage }
  | {
      readonly ok: false;
      readonly code: Parameters<typeof diagramFinding>[0];
      readonly message: string;
      readonly line: number | undefined;
    };

/** A picture ready to cache (SVG sanitized), or what is wrong: PlantUML's error, or its error picture. */
async function checkOutcome(outcome: RenderOutcome, key: string): Promise<Checked> {
  if (!outcome.ok) {
    const code = /no answer within/.test(outcome.message) ? 'DiagramTimeout' : 'DiagramSyntax';
    return { ok: false, code, message: `PlantUML: ${outcome.message}`, line: outcome.line };
  }
  if (outcome.image.format === 'png') return { ok: true, image: outcome.image };
  const error = findErrorPicture(outcome.image.svg);
  if (error)
    return {
      ok: false,
      code: error.code,
      message: `PlantUML drew an error picture: ${error.message}`,
      line: error.line,
    };
  const svg = await sanitizeSvgOffThread(outcome.image.svg, `d${key.slice(0, 8)}-`);
  if (svg === '')
    return { ok: false, code: 'DiagramSyntax', message: 'PlantUML returned no usable SVG', line: undefined };
  return { ok: true, image: { format: 'svg', svg } };
}
