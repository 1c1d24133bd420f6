import type { ViteUserConfig } from 'astro';
import type { LiveSpecs } from './live-specs.ts';
import { schemasModuleId } from './starlight-openapi-module.ts';
import { dataModule } from '../integration/data-module.ts';

type VitePlugin = NonNullable<ViteUserConfig['plugins']>[number];

/** Id of the module that hands the published specs to the engine's API pages and middleware. */
export const openApiModuleId = 'virtual:archbook/openapi';

/**
 * Serves the published specs (names, titles, schema pages, downloads) to the schema and download routes
 * and to the sidebar middleware, as `import { specs } from 'virtual:archbook/openapi'`. Once a spec has
 * changed in dev it also serves starlight-openapi's own schemas module (ahead of starlight-openapi, which
 * would serve the specs the server started with).
 */
export function openApiVirtualModule(live: LiveSpecs): VitePlugin {
  const resolved = `\0${openApiModuleId}`;
  const schemas = `\0${schemasModuleId}`;
  return {
    name: 'archbook-openapi-module',
    enforce: 'pre',
    resolveId: (id: string) => (id === openApiModuleId ? resolved : undefined),
    load: (id: string) => {
      if (id === resolved) return dataModule(live.specs, 'specs');
      if (id === schemas) return live.schemasModule;
      return undefined;
    },
  };
}
