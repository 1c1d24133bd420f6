import type { Loader, LoaderContext } from 'astro/loaders';
import { currentPageDependencyKey } from './page-dependencies.ts';

const resyncKey = Symbol.for('archbook.resyncPages');
type Resync = () => Promise<void>;

/**
 * Wraps a content loader (Astro's `glob`) so that each page's digest covers what the page depends on
 * besides its own text (see pageDependencyKey): the loader re-renders a page when its digest changes and
 * keeps the stored HTML otherwise, which is what makes a warm build or a dev refresh cost only the pages a
 * change touched. In dev, {@link resyncPages} runs the loader again for the pages no file event reaches:
 * those that name a rule edited on another page.
 */
export function withPageDependencies(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const keyed: LoaderContext = {
        ...context,
        generateDigest: (data) =>
          context.generateDigest(typeof data === 'string' ? `${data}\u0000${currentPageDependencyKey(data)}` : data),
      };
      // Without the watcher: the first load's file listeners stay the only ones.
      const unwatched: LoaderContext = { ...keyed };
      delete unwatched.watcher;
      const resync: Resync = () => loader.load(unwatched);
      (globalThis as Record<symbol, Resync | undefined>)[resyncKey] = resync;
      return loader.load(keyed);
    },
  };
}

/**
 * Loads the pages again, rendering those whose dependency key changed (after a rule changed in dev).
 * Astro's own `refreshContent` is not used: it gives up silently while the content config reloads, which
 * it does on every edit of a page inside the engine's `site/content`.
 */
export function resyncPages(): Promise<void> {
  return (globalThis as Record<symbol, Resync | undefined>)[resyncKey]?.() ?? Promise.resolve();
}
