import path from 'node:path';
import * as pagefind from 'pagefind';

/** What indexing a build's output found. */
export interface SearchIndexed {
  readonly pages: number;
  readonly milliseconds: number;
}

/**
 * Builds the site's search index under `<outDir>/pagefind/`, as Starlight's own `astro:build:done` hook
 * does (the same Pagefind calls, no options), but in the build command once the Astro process has ended:
 * while Pagefind indexed inside it, the Astro process still held what it had rendered with (1.6-1.8 GB at
 * 3,000 pages), and the two together set the build's peak memory. See scripts/integration/starlight-search.ts.
 * @throws Error listing Pagefind's own errors
 */
export async function buildSearchIndex(outDir: string): Promise<SearchIndexed> {
  const started = performance.now();
  try {
    const { index } = checked(await pagefind.createIndex());
    if (index === undefined) throw new Error('Pagefind started no index');
    const { page_count: pages } = checked(await index.addDirectory({ path: outDir }));
    checked(await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') }));
    return { pages, milliseconds: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

function checked<Response extends { readonly errors: readonly string[] }>(response: Response): Response {
  if (response.errors.length > 0) throw new Error(`Pagefind could not index the site: ${response.errors.join('; ')}`);
  return response;
}
