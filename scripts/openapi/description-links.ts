/** Where the links in a spec's descriptions lead. */
export interface LinkTargets {
  /** Normalised base path of the handbook (`/` or `/handbook/`): `handbook:/x/` links resolve under it. */
  readonly base: string;
  /**
   * Documentation URL the spec's relative and root-relative links resolve against (they become external
   * links); undefined for the team's own specs without one, whose root-relative links are handbook paths.
   */
  readonly docsUrl: string | undefined;
  /** True for a third-party spec: a relative link with nowhere to resolve against renders as its text. */
  readonly external: boolean;
}

/** The scheme of the explicit link into the handbook, usable in any spec: `handbook:/guidelines/http-api/`. */
export const handbookScheme = 'handbook:';

// A Markdown inline link or image: text (one level of nested brackets), target, optional title.
const markdownLink = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^\s)]+)(\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const htmlHref = /(\s(?:href|src)=)(["'])(.*?)\2/g;
const referenceDefinition = /^( {0,3}\[[^\]]+\]:[ \t]*)(\S+)/gm;

/**
 * Rewrites the links of one Markdown description as a reader of the spec expects them (see
 * {@link resolveLink}); a link whose target is template text (`${externalDocsUrl}/…`, `{{url}}`) that the
 * vendor's own tooling failed to fill in becomes its text, so it never breaks the build. Pure.
 */
export function rewriteDescriptionLinks(markdown: string, targets: LinkTargets): string {
  return markdown
    .replace(markdownLink, (whole, bang: string, text: string, rawTarget: string, title: string | undefined) => {
      const target = rawTarget.startsWith('<') ? rawTarget.slice(1, -1) : rawTarget;
      const resolved = resolveLink(target, targets);
      if (resolved === undefined) return bang === '' ? text : '';
      return resolved === target ? whole : `${bang}[${text}](${resolved}${title ?? ''})`;
    })
    .replace(htmlHref, (whole, attribute: string, quote: string, target: string) => {
      const resolved = resolveLink(target, targets);
      if (resolved === undefined) return '';
      return resolved === target ? whole : `${attribute}${quote}${resolved}${quote}`;
    })
    .replace(referenceDefinition, (whole, label: string, target: string) => {
      const resolved = resolveLink(target, targets);
      return resolved === undefined ? `${label}#` : resolved === target ? whole : `${label}${resolved}`;
    });
}

/**
 * Where one link of a description leads: `handbook:/path/` into the handbook (under its base path); a
 * URL with a scheme as written; a fragment as written in the team's own specs, as text in a third-party
 * one; a relative or root-relative path against the spec's documentation URL, else (own specs only)
 * root-relative paths under the handbook's base path. Pure.
 * @returns the new target, or undefined when the link is template text or cannot be resolved (render text)
 */
export function resolveLink(target: string, { base, docsUrl, external }: LinkTargets): string | undefined {
  if (/\$\{|\{\{|%7B%7B|\$%7B/i.test(target)) return undefined;
  if (target.toLowerCase().startsWith(handbookScheme)) {
    return `${base}${target.slice(handbookScheme.length).replace(/^\/+/, '')}`;
  }
  // A vendor's `#section` names a section of its own documentation page, which our pages do not have.
  if (target.startsWith('#')) return external ? undefined : target;
  if (target.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
  if (docsUrl !== undefined) {
    try {
      return new URL(target, docsUrl).href;
    } catch {
      return undefined;
    }
  }
  if (external) return undefined;
  return target.startsWith('/') ? `${base}${target.slice(1)}` : target;
}

/**
 * The documentation URL of a spec: the configured one, else (third-party specs) `externalDocs.url`, else
 * the origin of its first server with an absolute URL. Pure.
 */
export function specDocsUrl(
  document: Readonly<Record<string, unknown>>,
  configured: string | undefined,
  external: boolean,
): string | undefined {
  if (configured !== undefined) return configured;
  if (!external) return undefined;
  const docs = record(document['externalDocs'])?.['url'];
  if (typeof docs === 'string' && /^https?:\/\//.test(docs)) return docs;
  const servers = document['servers'];
  const server = Array.isArray(servers) ? record(servers[0])?.['url'] : undefined;
  // A server URL with variables (`https://{region}.api.example`) names no one origin.
  if (typeof server !== 'string' || !/^https?:\/\/[^{}]+$/.test(server) || !URL.canParse(server)) return undefined;
  return `${new URL(server).origin}/`;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
