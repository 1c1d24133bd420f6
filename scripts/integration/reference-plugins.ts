import type { StarlightPlugin, StarlightUserConfig } from '@astrojs/starlight/types';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';

type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** Starlight plugins and sidebar groups for the API (OpenAPI) and code (TypeDoc) references. */
export interface ReferencePlugins {
  readonly plugins: StarlightPlugin[];
  readonly sidebar: SidebarItem[];
}

/**
 * Builds the reference plugins from the configuration.
 * (OpenAPI and TypeDoc are wired in here; see scripts/openapi and scripts/typedoc.)
 */
export async function referencePlugins(_input: { config: ArchbookConfig; hosting: Hosting }): Promise<ReferencePlugins> {
  return { plugins: [], sidebar: [] };
}
