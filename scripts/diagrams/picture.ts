import type { DiagramImage } from './renderer.ts';
import { escapeHtml, labelSvg, svgWithBase } from './figure.ts';
import { pngSize } from './image-format.ts';

/** Where a PNG is served from: the diagram's own `.png` file, or inline when it has none (a fence). */
export type PngSource = { readonly url: string } | 'inline';

/**
 * The picture of a diagram as HTML: the inline SVG named by its text alternative, with root-relative links
 * under the base path; or, for a PNG, an image with the text alternative and its pixel size (so the page
 * does not jump while it loads). Pure.
 */
export function pictureHtml(image: DiagramImage, alt: string, base: string, png: PngSource): string {
  if (image.format === 'svg') return labelSvg(svgWithBase(image.svg, base), alt);
  const { width, height } = pngSize(image.png);
  const src = png === 'inline' ? `data:image/png;base64,${image.png.toString('base64')}` : png.url;
  return `<img class="ab-diagram__png" src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" decoding="async" />`;
}
