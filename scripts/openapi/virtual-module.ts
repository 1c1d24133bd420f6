import type { ViteUserConfig } from 'astro';
import type { PublishedSpec } from './prepare.ts';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

/** Id of the module that hands the published specs to the engine's API pages and middleware. */
export const openApiModuleId = 'virtual:archbook/openapi';

/**
 * Serves the published specs (names, titles, schema pages, downloads) to the schema and download routes
 * and to the sidebar middleware, as `import { specs } from 'virtual:archbook/openapi'`.
 */
export function openApiVirtualModule(specs: readonly PublishedSpec[]): VitePlugin {
  const resolved = `\0${openApiModuleId}`;
  return {
    name: 'archbook-openapi-module',
    resolveId: (id: string) => (id === openApiModuleId ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export const specs = ${JSON.stringify(specs)};` : undefined),
  };
}
