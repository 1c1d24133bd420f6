/** A link or asset reference found in a built page. */
export interface PageLink {
  /** The attribute value, entities decoded. */
  readonly url: string;
  /** Tag and attribute, e.g. `a[href]`. */
  readonly source: string;
  /** 1-based line and column in the HTML file. */
  readonly line: number;
  readonly column: number;
  /**
   * Where an author wrote the link when that is not the page's own source: `data-source="file:line:col"`
   * (links inside a diagram carry the `.puml` file and line).
   */
  readonly origin?: string;
}

/** What the link checker needs from one built page. */
export interface HtmlPage {
  /** Every `id` (and `<a name>`) in the page: the anchors a `#fragment` may target. */
  readonly anchors: ReadonlySet<string>;
  readonly links: readonly PageLink[];
}

const linkAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

// Start tags, with the bodies of <script> and <style> and comments skipped as wholes. The output is
// Astro's, so well-formed; a full HTML parser was five times slower on a 4,000-page site.
const tokenPattern =
  /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
// Of most tags only an `id` is wanted, and an attribute is named in the tag's text as it is read: without
// the letters "id" there, the tag has none (six tags in ten on the bench's pages).
const mayNameId = /id/i;

/**
 * Parses a built HTML page into its anchors and outgoing links. Pure.
 * @param skip - a stretch already read on another page (see findSidebar): its tags are passed over
 */
export function readHtmlPage(html: string, skip?: { readonly start: number; readonly end: number }): HtmlPage {
  const anchors = new Set<string>();
  const links: PageLink[] = [];
  const position = lineLocator(html);
  const tokens = new RegExp(tokenPattern.source, 'g');
  for (let match = tokens.exec(html); match !== null; match = tokens.exec(html)) {
    if (skip !== undefined && match.index >= skip.start && match.index < skip.end) {
      tokens.lastIndex = skip.end;
      continue;
    }
    const tagName = (match[1] ?? match[3])?.toLowerCase();
    if (tagName === undefined) continue;
    const attributeText = match[2] ?? match[4] ?? '';
    // A tag named like an object's own property (`<constructor>` in an author's HTML) is no link tag.
    const linkNames = Object.hasOwn(linkAttributes, tagName) ? linkAttributes[tagName] : undefined;
    if (linkNames === undefined && tagName !== 'meta' && !mayNameId.test(attributeText)) continue;
    const attributes = readAttributes(attributeText);
    const id = attributes.get('id');
    if (id !== undefined) anchors.add(id);
    if (tagName === 'a' && attributes.has('name')) anchors.add(attributes.get('name') ?? '');
    const where = () => position(match.index);
    for (const name of linkNames ?? []) {
      const value = attributes.get(name);
      if (value === undefined) continue;
      if (tagName === 'link' && !isFetchedLink(attributes)) continue;
      const origin = attributes.get('data-source');
      links.push({ url: value, source: `${tagName}[${name}]`, ...where(), ...(origin ? { origin } : {}) });
    }
    if (tagName === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url=(.+)$/i.exec(attributes.get('content') ?? '')?.[1];
      if (target) links.push({ url: target.trim(), source: 'meta[refresh]', ...where() });
    }
  }
  return { anchors, links };
}

function readAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(attributePattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return namedEntities[entity.toLowerCase()] ?? whole;
  });
}

/** `<link rel=canonical>` and similar name a public address, not something this build must contain. */
function isFetchedLink(attributes: ReadonlyMap<string, string>): boolean {
  const rel = attributes.get('rel')?.toLowerCase() ?? '';
  return !/\b(canonical|alternate|me|preconnect|dns-prefetch)\b/.test(rel);
}

/** Turns an offset into a 1-based line and column, scanning forward (offsets arrive in order). */
function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset) => {
    for (
      let index = text.indexOf('\n', scanned);
      index !== -1 && index < offset;
      index = text.indexOf('\n', index + 1)
    ) {
      line += 1;
      lineStart = index + 1;
    }
    scanned = Math.max(scanned, offset);
    return { line, column: offset - lineStart + 1 };
  };
}
