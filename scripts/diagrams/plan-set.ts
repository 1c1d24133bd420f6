import { cacheKey } from './cache.ts';
import { expandDiagram, type ExpandedDiagram } from './expand.ts';
import type { Finding } from '../findings.ts';
import { collectLinks, linkedRules, type DiagramLink } from './links.ts';
import { readMetadata } from './metadata.ts';
import type { RenderContext, RenderJob } from './render-set.ts';
import { retiredRuleLinks } from './rule-links.ts';

/** A diagram checked and expanded, not yet rendered: what a page's cache key and rule links need. */
export interface PlannedDiagram {
  readonly job: RenderJob;
  readonly diagram: ExpandedDiagram;
  /** Cache key: hash of the expanded text, the included files and the renderer. */
  readonly key: string;
  readonly links: readonly DiagramLink[];
  /** The rules it links to, once each. */
  readonly rules: readonly string[];
  /** Its title, which only the diagram's text decides (a fence without one is named after its kind). */
  readonly title: string;
}

/**
 * Checks and expands a set of diagrams without rendering them: a diagram whose text is wrong (a bad
 * include, a link to a retired rule) becomes a finding at its file and line, and no plan. Synchronous:
 * the build's pages can be keyed by their diagrams before the renderer has drawn one.
 * @returns one plan per job (undefined where the text is wrong) and the findings
 */
export function planSet(
  jobs: readonly RenderJob[],
  context: Pick<RenderContext, 'diagramsRoot' | 'files' | 'renderer' | 'rules'>,
): { planned: (PlannedDiagram | undefined)[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const planned = jobs.map((job): PlannedDiagram | undefined => {
    const expanded = expandDiagram(job.source, context.diagramsRoot, context.files);
    findings.push(...expanded.findings);
    const diagram = expanded.diagram;
    if (diagram === undefined) return undefined;
    const links = collectLinks(diagram.text.split('\n'), diagram.origins);
    const retired = context.rules ? retiredRuleLinks(links, context.rules) : [];
    findings.push(...retired);
    if (retired.length > 0) return undefined;
    const key = cacheKey({ text: diagram.text, includes: diagram.includes, renderer: context.renderer.id });
    const title = readMetadata(job.source.text, '', job.name, diagram.kind).title;
    return { job, diagram, key, links, rules: linkedRules(links), title };
  });
  return { planned, findings };
}
