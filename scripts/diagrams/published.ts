import type { ArchbookConfig } from '../config/schema.ts';
import { pagePath } from '../content/slug.ts';
import { editorLink } from './editor-link.ts';
import { svgWithBase } from './figure.ts';
import type { DiagramEntry } from './pipeline.ts';

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
  /** Sanitized SVG. */
  readonly svg: string;
  /** The diagram's page. */
  readonly url: string;
  /** The standalone SVG file. */
  readonly svgUrl: string;
  readonly editorUrl: string;
  /** Files it includes. */
  readonly includes: readonly string[];
  /** Pages that embed it, once each. */
  readonly explainedIn: readonly { readonly title: string; readonly url: string }[];
}

/** Serialises the pipeline's entries for the pages, sorted by id. Pure. */
export function publishDiagrams(
  entries: readonly DiagramEntry[],
  settings: ArchbookConfig['diagrams'],
  base: string,
): PublishedDiagram[] {
  return [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => {
      const pages = new Map(entry.embeds.map((embed) => [embed.pageSlug, embed.pageTitle]));
      return {
        id: entry.id,
        title: entry.title,
        alt: entry.alt,
        kind: entry.kind,
        file: entry.file,
        source: entry.source,
        svg: svgWithBase(entry.svg, base),
        url: `${base}diagrams/${entry.id}/`,
        svgUrl: `${base}diagrams/${entry.id}.svg`,
        editorUrl: editorLink(settings, entry.expanded),
        includes: entry.includes,
        explainedIn: [...pages].map(([slug, title]) => ({ title, url: pagePath(base, slug) })),
      };
    });
}
