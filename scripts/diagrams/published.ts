import type { ArchbookConfig } from '../config/schema.ts';
import { pagePath } from '../content/slug.ts';
import { editorLink } from './editor-link.ts';
import { svgWithBase } from './figure.ts';
import { pictureHtml } from './picture.ts';
import type { DiagramEntry } from './pipeline.ts';
import type { DiagramImage } from './renderer.ts';
import { linkRulesToSections, type RuleTargets } from './rule-links.ts';

/** URL of a diagram file's standalone picture, with the base: `/diagrams/a/b.svg` or `.png`. Pure. */
export function diagramImageUrl(base: string, entry: { readonly id: string; readonly image: DiagramImage }): string {
  return `${base}diagrams/${entry.id}.${entry.image.format}`;
}

/** A diagram as the engine's pages see it (`virtual:archbook/diagrams`): plain data, URLs with the base. */
export interface PublishedDiagram {
  /** `mills-planner/component`. */
  readonly id: string;
  readonly title: string;
  readonly alt: string;
  readonly kind: string;
  /** `diagrams/mills-planner/component.puml`. */
  readonly file: string;
  /** The file as written. */
  readonly source: string;
  /** `svg`, or `png` for the kinds PlantUML draws only as PNG (ditaa, math). */
  readonly format: DiagramImage['format'];
  /** The picture as HTML: inline SVG, or the PNG file as an image; named by the text alternative. */
  readonly picture: string;
  /** Sanitized SVG, links as in `picture` but unmarked; '' for a PNG. */
  readonly svg: string;
  /** The PNG, base64; '' for an SVG. */
  readonly png: string;
  /** The diagram's page. */
  readonly url: string;
  /** The standalone picture file: `<id>.svg`, or `<id>.png`. */
  readonly imageUrl: string;
  readonly editorUrl: string;
  /** Files it includes. */
  readonly includes: readonly string[];
  /** IDs of the rules it links to, in the order they are written. */
  readonly rules: readonly string[];
  /** Pages that embed it, once each. */
  readonly explainedIn: readonly { readonly title: string; readonly url: string }[];
}

/** Serialises the pipeline's entries for the pages, sorted by id; rule links lead to the rule's section. Pure. */
export function publishDiagrams(
  entries: readonly DiagramEntry[],
  settings: ArchbookConfig['diagrams'],
  base: string,
  rules: Pick<RuleTargets, 'section'>,
): PublishedDiagram[] {
  return [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => {
      const pages = new Map(entry.embeds.map((embed) => [embed.pageSlug, embed.pageTitle]));
      const imageUrl = diagramImageUrl(base, entry);
      return {
        id: entry.id,
        title: entry.title,
        alt: entry.alt,
        kind: entry.kind,
        file: entry.file,
        source: entry.source,
        format: entry.image.format,
        picture: pictureHtml(entry.image, entry.alt, { url: imageUrl }, { base, links: entry.links, rules }),
        svg: entry.image.format === 'svg' ? linkRulesToSections(svgWithBase(entry.image.svg, base), base, rules) : '',
        png: entry.image.format === 'png' ? entry.image.png.toString('base64') : '',
        url: `${base}diagrams/${entry.id}/`,
        imageUrl,
        editorUrl: editorLink(settings, entry.expanded),
        includes: entry.includes,
        rules: entry.rules,
        explainedIn: [...pages].map(([slug, title]) => ({ title, url: pagePath(base, slug) })),
      };
    });
}
