/** A downloadable file of a spec, as linked from its overview page. */
export interface SpecDownload {
  /** File name, e.g. `mills-planner.yaml`. */
  readonly fileName: string;
  /** URL path with the base, e.g. `/handbook/api/mills-planner/mills-planner.yaml`. */
  readonly href: string;
  /** `YAML` or `JSON`. */
  readonly format: string;
}

/**
 * The document the API pages are rendered from: the bundled spec, plus a download note at the end of
 * `info.description` (the overview page shows it), with root-relative Markdown links in descriptions
 * moved under the base path like every other link of the handbook. The downloadable files stay untouched.
 * Pure: returns a copy.
 * @param base - normalised base path, starting and ending with `/`
 */
export function pageDocument(
  bundled: Readonly<Record<string, unknown>>,
  downloads: readonly SpecDownload[],
  base: string,
): Record<string, unknown> {
  const document = withBaseLinks(structuredClone(bundled), base) as Record<string, unknown>;
  const info = isRecord(document['info']) ? document['info'] : {};
  const description = typeof info['description'] === 'string' ? info['description'].trimEnd() : '';
  const links = downloads
    .map((download) => `[${download.fileName}](${download.href}) (${download.format})`)
    .join(' · ');
  const note = `**Download** this API description as one bundled file: ${links}.`;
  document['info'] = { ...info, description: description === '' ? note : `${description}\n\n${note}` };
  return document;
}

/**
 * Rewrites root-relative links (`](/guidelines/…)`, `href="/…"`) in every `description` under the base
 * path. Pure; returns the value it was given, changed in place, for chaining.
 */
export function withBaseLinks(value: unknown, base: string): unknown {
  if (base === '/') return value;
  const prefix = base.slice(0, -1);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'description' && typeof child === 'string') {
        node[key] = child.replace(/(\]\(|href=")\/(?!\/)/g, `$1${prefix}/`);
      } else {
        visit(child);
      }
    }
  };
  visit(value);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
