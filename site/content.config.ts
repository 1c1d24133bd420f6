import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentRoot, docsDir } from '../scripts/paths.ts';
import { withPageDependencies } from '../scripts/content/dependency-loader.ts';
import { schemaPerFolder, withEntryFolders } from '../scripts/content/entry-schema.ts';

// The docs collection reads from the content root, so a fixture or another team's content folder can be
// built by the same engine (ARCHBOOK_ROOT); by default that is this repository's site/content/docs. A page's
// digest also covers the rules and diagrams it shows, so a build renders it again when they change, and only
// then. Starlight's schema is built once per folder of pages, not once per page (entry-schema.ts). The dev server renders a page when it is requested, not every page at start and after each edit: a
// saved page shows in a fraction of a second on a handbook of a thousand pages, where Astro otherwise writes
// and reloads its whole store of rendered pages (scripts/dev/invalidate.ts recompiles what a change touched).
export const collections = {
  docs: defineCollection({
    loader: withEntryFolders(
      withPageDependencies(
        glob({
          pattern: '**/[^_]*.{md,mdx}',
          base: pathToFileURL(path.join(contentRoot, docsDir) + path.sep),
          deferRender: import.meta.env.DEV,
        }),
      ),
    ),
    schema: schemaPerFolder(docsSchema()),
  }),
  // Starlight reads translation overrides from an `i18n` collection on every page; without one (or with an
  // empty one) Astro warns on every request. The handbook overrides nothing: one empty entry, under a key
  // that is no language, keeps Starlight's own strings and the log quiet.
  i18n: defineCollection({ loader: () => [{ id: 'archbook-none' }], schema: i18nSchema() }),
};
