import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import { editBaseUrl, resolveRepository } from '../config/repository.ts';
import { referencePlugins } from './reference-plugins.ts';
import { contentSidebar } from '../sidebar/content-sidebar.ts';
import { engineRoot } from '../paths.ts';
import path from 'node:path';

/** The engine's file under `site/`, absolute: Astro's root is not always the engine's (scripts/astro-root.ts). */
const siteFile = (file: string): string => path.join(engineRoot, 'site', file);

/** What the Starlight options are made from. */
export interface StarlightOptionsInput {
  readonly config: ArchbookConfig;
  readonly hosting: Hosting;
  /** The process environment, for the repository CI builds from. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Maps the handbook configuration onto Starlight: title, the sidebar made from the content's folders,
 * edit links (left out when the repository is unknown), git dates, search, component overrides and the
 * reference plugins (OpenAPI, TypeDoc).
 * @throws ArchbookError `PageNotInSidebar` (and other sidebar findings) listing every file
 */
export async function starlightOptions({ config, hosting, env }: StarlightOptionsInput): Promise<StarlightUserConfig> {
  const repository = resolveRepository(config.repository, env);
  const reference = await referencePlugins({ config, hosting, repository });
  const sidebar = contentSidebar({ config, referenceGroups: reference.sidebar });
  return {
    title: config.title,
    description: config.description,
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: config.lang } },
    ...(repository === undefined ? {} : { editLink: { baseUrl: editBaseUrl(repository) } }),
    lastUpdated: true,
    pagefind: true,
    favicon: '/favicon.svg',
    customCss: [siteFile('styles/archbook.css'), siteFile('styles/rule-history.css')],
    components: {
      MarkdownContent: siteFile('components/MarkdownContent.astro'),
      // Starlight's sidebar markup from a template (scripts/sidebar/sidebar-templates.ts); `=0` keeps
      // Starlight's own component, to compare a build against.
      ...(env['ARCHBOOK_SIDEBAR_TEMPLATES'] === '0' ? {} : { Sidebar: siteFile('components/Sidebar.astro') }),
    },
    routeMiddleware: siteFile('route-middleware.ts'),
    sidebar,
    plugins: reference.plugins,
  };
}
