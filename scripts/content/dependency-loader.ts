import type { Loader } from 'astro/loaders';
import { currentPageDependencyKey } from './page-dependencies.ts';

/**
 * Wraps a content loader (Astro's `glob`) so that each page's digest covers what the page depends on
 * besides its own text (see pageDependencyKey): the loader re-renders a page when its digest changes and
 * keeps the stored HTML otherwise, which is what makes a warm build cost only the pages a change touched.
 * (The dev server renders a page when it is requested instead: site/content.config.ts.)
 */
export function withPageDependencies(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        generateDigest: (data) =>
          context.generateDigest(typeof data === 'string' ? `${data}\u0000${currentPageDependencyKey(data)}` : data),
      }),
  };
}
