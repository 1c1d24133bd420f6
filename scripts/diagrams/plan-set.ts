import { cacheKey } from './cache.ts';
import { expandDiagram, type ExpandedDiagram } from './expand.ts';
import type { Finding } from '../findings.ts';
import { collectLinks, linkedRules, type DiagramLink } from './links.ts';
import { declaredTitle } from './metadata.ts';
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
  /** Its title, when its text names one; undefined when it is named after its kind, read from the picture. */
  readonly title: string | undefined;
  /** It links to a retired rule: rendered all the same, so that its other problems are found, then dropped. */
  readonly refused: boolean;
}

/**
 * Checks and expands a set of diagrams without rendering them: a diagram whose text is wrong (a bad
 * include, a link to a retired rule) becomes a finding at its file and line. Synchronous: the build's
 * pages can be keyed by their diagrams before the renderer has drawn one.
 * @returns one plan per job (undefined where it cannot be expanded) and the findings
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
    const key = cacheKey({ text: diagram.text, includes: diagram.includes, renderer: context.renderer.id });
    const title = declaredTitle(job.source.text, job.name) || undefined;
    return { job, diagram, key, links, rules: linkedRules(links), title, refused: retired.length > 0 };
  });
  return { planned, findings };
}
