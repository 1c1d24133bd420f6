import type { StarlightPlugin, StarlightUserConfig } from '@astrojs/starlight/types';
import type { TypeDocOptions } from './options.ts';

/** The options of starlight-typedoc's plugin that the engine uses. */
export interface StarlightTypeDocOptions {
  readonly entryPoints: string[];
  readonly tsconfig: string;
  /** Folder below the docs collection the pages are generated into. */
  readonly output: string;
  readonly sidebar: { readonly label: string; readonly collapsed: boolean };
  readonly typeDoc: TypeDocOptions;
}

/** A sidebar group placeholder that starlight-typedoc fills with the reference's pages. */
export type SidebarGroupPlaceholder = Extract<NonNullable<StarlightUserConfig['sidebar']>[number], { items: unknown }>;

/** What starlight-typedoc's `createStarlightTypeDocPlugin()` returns. */
export type StarlightTypeDocFactory = [
  plugin: (options: StarlightTypeDocOptions) => StarlightPlugin,
  sidebarGroup: SidebarGroupPlaceholder,
];

/**
 * Loads starlight-typedoc (and with it TypeDoc and the TypeScript compiler) only when a handbook has a
 * code reference, so builds without one do not pay for it.
 */
export async function loadStarlightTypeDoc(): Promise<StarlightTypeDocFactory> {
  const module = (await import('starlight-typedoc')) as { createStarlightTypeDocPlugin: () => StarlightTypeDocFactory };
  return module.createStarlightTypeDocPlugin();
}
