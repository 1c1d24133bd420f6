import type { StarlightUserConfig } from '@astrojs/starlight/types';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import { referencePlugins } from './reference-plugins.ts';

/** What the Starlight options are made from. */
export interface StarlightOptionsInput {
  readonly config: ArchbookConfig;
  readonly hosting: Hosting;
}

/**
 * Maps the handbook configuration onto Starlight: title, sidebar groups, edit links, git dates, search,
 * component overrides and the reference plugins (OpenAPI, TypeDoc).
 */
export async function starlightOptions({ config, hosting }: StarlightOptionsInput): Promise<StarlightUserConfig> {
  const reference = await referencePlugins({ config, hosting });
  const editBase = config.repository.url + config.repository.editPath.replace('{branch}', config.repository.branch);
  return {
    title: config.title,
    description: config.description,
    defaultLocale: 'root',
    locales: { root: { label: 'English', lang: config.lang } },
    editLink: { baseUrl: editBase },
    lastUpdated: true,
    pagefind: true,
    favicon: '/favicon.svg',
    customCss: ['./site/styles/archbook.css', './site/styles/rule-history.css'],
    components: {
      MarkdownContent: './site/components/MarkdownContent.astro',
    },
    sidebar: [
      { label: 'Start here', items: [{ label: 'Welcome', link: '/' }] },
      { label: 'Guidelines', items: [{ autogenerate: { directory: 'guidelines' } }] },
      {
        label: 'Rules',
        items: [
          { label: 'Rule index', link: '/rules/' },
          { label: 'Rule changes', link: '/rules/changes/' },
          { label: 'Check coverage', link: '/rules/coverage/' },
          { label: 'Tool kit', link: '/kit/' },
        ],
      },
      { label: 'Patterns', collapsed: true, items: [{ autogenerate: { directory: 'patterns' } }] },
      { label: 'CorDio framework', collapsed: true, items: [{ autogenerate: { directory: 'cordio' } }] },
      { label: 'Diagrams', items: [{ label: 'Gallery', link: '/diagrams/' }] },
      ...reference.sidebar,
      { label: 'Decisions', collapsed: true, items: [{ autogenerate: { directory: 'decisions' } }] },
      { label: 'Using archbook', collapsed: true, items: [{ autogenerate: { directory: 'handbook' } }] },
    ],
    plugins: reference.plugins,
  };
}
