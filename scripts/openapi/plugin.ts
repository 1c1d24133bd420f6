import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightOpenAPI from 'starlight-openapi';
import { formatFinding } from '../findings.ts';
import { openApiIntegration } from './integration.ts';
import type { PrepareSpecsOptions } from './prepare.ts';
import { prepareSpecsCached } from './prepare-cache.ts';
import { liveSpecs } from './live-specs.ts';
import { reportHookError } from '../integration/hook-errors.ts';
import { lintConfigFile } from './check.ts';
import { starlightOpenApiOptions, withoutInfo } from './starlight-openapi-module.ts';

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
        let prepared;
        try {
          prepared = await prepareSpecsCached(options);
        } catch (error) {
          reportHookError(error, 'specs', params.logger, params.command);
          return;
        }
        for (const warning of prepared.warnings) params.logger.warn(formatFinding(warning));
        params.logger.info(
          `${prepared.specs.length} API spec(s) ${prepared.fromCache ? 'unchanged since the last build (lint and bundle reused)' : 'linted and bundled'}`,
        );
        if (prepared.specs.length === 0) return;
        await starlightOpenAPI(starlightOpenApiOptions(prepared.specs)).hooks['config:setup']?.({
          ...params,
          logger: withoutInfo(params.logger),
        });
        params.addRouteMiddleware({
          entrypoint: fileURLToPath(new URL('./middleware.ts', import.meta.url)),
          order: 'post',
        });
        const live = liveSpecs(prepared, options, params);
        params.addIntegration(openApiIntegration({ live, configFile: path.join(options.root, lintConfigFile) }));
      },
    },
  };
}
