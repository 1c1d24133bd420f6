import type { DiagramImage } from './renderer.ts';
import { escapeHtml, labelSvg, svgWithBase } from './figure.ts';
import { pngSize } from './image-format.ts';
import type { DiagramLink } from './links.ts';
import { linkRulesToSections, type RuleTargets } from './rule-links.ts';

/** Where a PNG is served from: the diagram's own `.png` file, or inline when it has none (a fence). */
export type PngSource = { readonly url: string } | 'inline';

/** How the links of a picture are published. */
export interface PictureLinks {
  /** The site's base path, starting and ending with `/`. */
  readonly base: string;
  /** The diagram's handbook links, with where each was written. */
  readonly links: readonly DiagramLink[];
  /** Where a link to a rule's permalink goes instead: the rule's section. */
  readonly rules: Pick<RuleTargets, 'section'>;
}

/**
 * The picture of a diagram as HTML: the inline SVG named by its text alternative, with root-relative links
 * under the base path, each carrying the file and line it was written at (`data-source`, read by the link
 * check), and links to a rule leading to the rule's section; or, for a PNG, an image with the text
 * alternative and its pixel size (so the page does not jump while it loads). Pure.
 */
export function pictureHtml(image: DiagramImage, alt: string, png: PngSource, linking: PictureLinks): string {
  if (image.format === 'svg') return labelSvg(publishedSvg(image.svg, linking), alt);
  const { width, height } = pngSize(image.png);
  const src = png === 'inline' ? `data:image/png;base64,${image.png.toString('base64')}` : png.url;
  return `<img class="ab-diagram__png" src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" decoding="async" />`;
}

/**
 * The SVG's links as published: under the base, marked with where they were written (matched on the target
 * as written, so before a rule link is pointed at its section), rule links leading to the rule's section.
 * Pure.
 */
export function publishedSvg(svg: string, { base, links, rules }: PictureLinks): string {
  return linkRulesToSections(markLinkSources(svgWithBase(svg, base), links, base), base, rules);
}

/** Adds `data-source="file:line:column"` to each `<a>` of an SVG whose target a diagram link names. Pure. */
export function markLinkSources(svg: string, links: readonly DiagramLink[], base: string): string {
  if (links.length === 0) return svg;
  const byTarget = new Map<string, DiagramLink>();
  for (const link of links) if (!byTarget.has(link.target)) byTarget.set(link.target, link);
  return svg.replace(/<a\b([^>]*?)\shref="([^"]*)"/g, (whole, before: string, href: string) => {
    const written = href.replace(/&amp;/g, '&');
    const target = written.startsWith(base) ? `/${written.slice(base.length)}` : written;
    const link = byTarget.get(target);
    if (link === undefined) return whole;
    const { file, line, column } = link.location;
    const source = `${file}:${line ?? 1}:${column ?? 1}`;
    return `<a${before} data-source="${escapeHtml(source)}" href="${href}"`;
  });
}
