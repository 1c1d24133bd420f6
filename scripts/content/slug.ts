import { slug as githubSlug } from 'github-slugger';

/**
 * The page slug Astro's glob loader gives a docs file: each path segment slugified, extension dropped,
 * a trailing `index` removed (the home page's slug is empty). A `slug` in the frontmatter wins.
 * @param relativePath - path below the docs folder, with forward slashes, e.g. `guidelines/Logging.md`
 * @param frontmatterSlug - the page's `slug` field, if set
 */
export function pageSlug(relativePath: string, frontmatterSlug?: string): string {
  if (frontmatterSlug !== undefined) return frontmatterSlug.replace(/^\/+|\/+$/g, '');
  const withoutExtension = relativePath.replace(/\.[^./]+$/, '');
  const segments = withoutExtension.split('/').map((segment) => githubSlug(segment));
  if (segments.at(-1) === 'index') segments.pop();
  return segments.join('/');
}

/**
 * The URL path of a page under a base: `/handbook/guidelines/logging/`.
 * @param base - normalised base, starting and ending with `/`
 * @param slug - page slug without slashes around it; empty for the home page
 */
export function pagePath(base: string, slug: string): string {
  return slug === '' ? base : `${base}${slug}/`;
}
