import type { AstroIntegration } from 'astro';

/**
 * Starlight with its search index left to the build command. Starlight's only `astro:build:done` work is
 * running Pagefind over the output (@astrojs/starlight 0.42, dist/index.js); the build command runs the same
 * Pagefind calls once the Astro process has ended (scripts/build/search-index.ts), so the two never hold
 * their memory at once. Starlight's configuration keeps `pagefind: true`: the search box, its settings and
 * every page's `data-pagefind-body` are the same bytes as before.
 * @throws Error when Starlight has no `astro:build:done` hook (a release that builds its index elsewhere):
 *   the index would otherwise be built twice
 */
export function searchIndexedByArchbook(starlight: AstroIntegration): AstroIntegration {
  const { 'astro:build:done': indexing, ...hooks } = starlight.hooks;
  if (indexing === undefined)
    throw new Error(
      `${starlight.name} has no astro:build:done hook: check where this release runs Pagefind (scripts/integration/starlight-search.ts)`,
    );
  return { ...starlight, hooks };
}
