import { conformanceMarkdown, type ConformanceRow } from './conformance.ts';
import { rewriteDescriptionLinks, type LinkTargets } from './description-links.ts';

/** A downloadable file of a spec, as linked from its overview page. */
export interface SpecDownload {
  /** File name, e.g. `mills-planner.yaml`. */
  readonly fileName: string;
  /** URL path with the base, e.g. `/handbook/api/mills-planner/mills-planner.yaml`. */
  readonly href: string;
  /** `YAML` or `JSON`. */
  readonly format: string;
}

/** What {@link pageDocument} adds to a bundled spec. */
export interface PageDocumentOptions {
  readonly downloads: readonly SpecDownload[];
  /** Where the links of the spec's descriptions lead. */
  readonly links: LinkTargets;
  /** The conformance table of a third-party spec; undefined for the team's own specs. */
  readonly conformance?: readonly ConformanceRow[] | undefined;
}

/**
 * The document the API pages are rendered from: the bundled spec, plus a download note (and, for a
 * third-party spec, its conformance table) at the end of `info.description`, which the overview page shows,
 * with the links of every description resolved as a reader of the spec expects (see
 * `rewriteDescriptionLinks`). The downloadable files stay untouched. Pure: returns a copy.
 */
export function pageDocument(
  bundled: Readonly<Record<string, unknown>>,
  { downloads, links, conformance }: PageDocumentOptions,
): Record<string, unknown> {
  const document = withDescriptionLinks(structuredClone(bundled), links) as Record<string, unknown>;
  const info = isRecord(document['info']) ? document['info'] : {};
  const description = typeof info['description'] === 'string' ? info['description'].trimEnd() : '';
  const files = downloads.map((download) => `[${download.fileName}](${download.href}) (${download.format})`);
  const notes = [`**Download** this API description as one bundled file: ${files.join(' · ')}.`];
  if (conformance !== undefined) notes.push(conformanceMarkdown(conformance));
  document['info'] = { ...info, description: [description, ...notes].filter((text) => text !== '').join('\n\n') };
  return document;
}

/**
 * Rewrites the links of every `description` in a document (see `rewriteDescriptionLinks`). Pure; returns
 * the value it was given, changed in place, for chaining.
 */
export function withDescriptionLinks(value: unknown, targets: LinkTargets): unknown {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'description' && typeof child === 'string') node[key] = rewriteDescriptionLinks(child, targets);
      else visit(child);
    }
  };
  visit(value);
  return value;
}

/**
 * Moves root-relative links (`](/guidelines/…)`, `href="/…"`) of every `description` under the base path,
 * as for the team's own specs. Pure; returns the value it was given, changed in place.
 * @param base - normalised base path, starting and ending with `/`
 */
export function withBaseLinks(value: unknown, base: string): unknown {
  return withDescriptionLinks(value, { base, docsUrl: undefined, external: false });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
