/** What a figure shows. */
export interface FigureInput {
  /** The picture as HTML, named by its text alternative (see picture.ts). */
  readonly picture: string;
  readonly caption: string | undefined;
  /** The diagram's own page (with the base), for files; none for a fence. */
  readonly page: { readonly href: string; readonly title: string } | undefined;
  /** `mills-planner/component`, for styling hooks and tests. */
  readonly id: string | undefined;
}

/**
 * The HTML of an embedded diagram: the picture (inline SVG or PNG), a caption and a link to the diagram's
 * page (zoom, source, download). The SVG's labels are kept out of the search index; the caption is
 * indexed. Pure.
 */
export function figureHtml({ picture, caption, page, id }: FigureInput): string {
  const link = page
    ? ` <a class="ab-diagram__open" href="${escapeHtml(page.href)}">Open “${escapeHtml(page.title)}”</a>`
    : '';
  const text = caption?.trim() ? `<span class="ab-diagram__caption">${escapeHtml(caption.trim())}</span>` : '';
  const figcaption = text || link ? `<figcaption>${text}${link}</figcaption>` : '';
  const data = id === undefined ? '' : ` data-diagram="${escapeHtml(id)}"`;
  return `<figure class="ab-diagram"${data}><div class="ab-diagram__canvas" data-pagefind-ignore>${picture}</div>${figcaption}</figure>`;
}

/**
 * Puts the site's base path in front of the root-relative links of an SVG (`[[/guidelines/adapters/]]` in
 * PlantUML), in `href` and `xlink:href`, so they work when the handbook is served below a path. Pure.
 * @param base - normalised base, starting and ending with `/`
 */
export function svgWithBase(svg: string, base: string): string {
  if (base === '/') return svg;
  return svg.replace(/(\s(?:xlink:)?href=")\/(?!\/)/g, (_, attribute: string, offset: number, whole: string) =>
    whole.startsWith(base, offset + attribute.length) ? `${attribute}/` : `${attribute}${base}`,
  );
}

/**
 * The SVG named by its text alternative. Without links it is one image (its inner labels are not read one
 * by one); with links it is a group, so that the links inside stay reachable (an image may not hold
 * interactive content). Pure.
 */
export function labelSvg(svg: string, alt: string): string {
  const role = /<a\b/.test(svg) ? 'group' : 'img';
  return svg.replace(/^<svg\b/, `<svg role="${role}" aria-label="${escapeHtml(alt)}" focusable="false"`);
}

/** Escapes text for HTML content and double-quoted attributes. Pure. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
