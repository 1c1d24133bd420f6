import type { HookParameters } from '@astrojs/starlight/types';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import starlightOpenAPI from 'starlight-openapi';
import type { PublishedSpec } from './prepare.ts';

/** Id of starlight-openapi's module listing the parsed specs its pages, sidebar and routes read. */
export const schemasModuleId = 'virtual:starlight-openapi/schemas';

type SetupParams = HookParameters<'config:setup'>;
type AstroSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
type VitePlugin = { load?: unknown };

/** starlight-openapi's options for our published specs: one entry each, collapsed in the sidebar. */
export function starlightOpenApiOptions(specs: readonly PublishedSpec[]) {
  return specs.map((spec) => ({ base: spec.base, schema: spec.pageFile, sidebar: { collapsed: true } }));
}

/**
 * The source of starlight-openapi's `virtual:starlight-openapi/schemas` for another set of specs, as the
 * plugin itself would write it: the plugin is run again with the parameters of the first run and every
 * registration captured rather than applied. The dev server serves this text when a spec changes, so the
 * API pages follow without a restart.
 * @param specs - the specs, freshly linted and bundled
 * @param params - the `config:setup` parameters the plugin first ran with
 */
export async function starlightOpenApiSchemasModule(
  specs: readonly PublishedSpec[],
  params: SetupParams,
): Promise<string> {
  let integration: AstroIntegration | undefined;
  const logger = withoutInfo(params.logger);
  await starlightOpenAPI(starlightOpenApiOptions(specs)).hooks['config:setup']?.({
    ...params,
    logger,
    addIntegration: (added) => void (integration = added),
    addRouteMiddleware: () => undefined,
    updateConfig: () => undefined,
  });
  let plugins: readonly VitePlugin[] = [];
  const setup = integration?.hooks['astro:config:setup'];
  await setup?.({
    config: params.astroConfig,
    injectRoute: () => undefined,
    updateConfig: (update: { vite?: { plugins?: VitePlugin[] } }) => {
      plugins = update.vite?.plugins ?? [];
      return params.astroConfig;
    },
  } as unknown as Parameters<AstroSetup>[0]);
  for (const plugin of plugins) {
    const load = plugin.load as ((id: string) => unknown) | undefined;
    const code = load?.(`\0${schemasModuleId}`);
    if (typeof code === 'string') return code;
  }
  throw new Error(`starlight-openapi did not provide ${schemasModuleId}`);
}

/** The logger without its info level: starlight-openapi announces every file it parses, which nobody acts on. */
export function withoutInfo(logger: AstroIntegrationLogger): AstroIntegrationLogger {
  return Object.create(logger, { info: { value: () => undefined } }) as AstroIntegrationLogger;
}
