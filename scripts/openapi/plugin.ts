import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightOpenAPI from 'starlight-openapi';
import { formatFinding } from '../findings.ts';
import { openApiIntegration } from './integration.ts';
import type { PrepareSpecsOptions } from './prepare.ts';
import { prepareSpecsCached } from './prepare-cache.ts';

/** Options of {@link openApiPlugin}: those of the spec pipeline. */
export type OpenApiPluginOptions = PrepareSpecsOptions;

/**
 * The API reference as a Starlight plugin. On `astro build` and `astro dev` it runs the spec pipeline
 * (check, lint, bundle: `prepareSpecs`, reused when nothing changed), which stops the build on any error, then hands the bundled
 * documents to starlight-openapi (overview and one page per operation and webhook, under `/api/<name>/`)
 * and adds the engine's schema pages, downloads and sidebar entries. Other commands skip the work.
 */
export function openApiPlugin(options: OpenApiPluginOptions): StarlightPlugin {
  return {
    name: 'archbook-openapi',
    hooks: {
      async 'config:setup'(params) {
        if (params.command !== 'build' && params.command !== 'dev') return;
        const prepared = await prepareSpecsCached(options);
        for (const warning of prepared.warnings) params.logger.warn(formatFinding(warning));
        params.logger.info(
          `${prepared.specs.length} API spec(s) ${prepared.fromCache ? 'unchanged since the last build (lint and bundle reused)' : 'linted and bundled'}`,
        );
        if (prepared.specs.length === 0) return;
        const pages = starlightOpenAPI(
          prepared.specs.map((spec) => ({ base: spec.base, schema: spec.pageFile, sidebar: { collapsed: true } })),
        );
        await pages.hooks['config:setup']?.(params);
        params.addRouteMiddleware({
          entrypoint: fileURLToPath(new URL('./middleware.ts', import.meta.url)),
          order: 'post',
        });
        params.addIntegration(openApiIntegration({ specs: prepared.specs, watchFiles: prepared.watchFiles }));
      },
    },
  };
}
