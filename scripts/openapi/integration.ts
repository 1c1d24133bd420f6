import { copyFileSync, createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { conformanceReport } from './conformance.ts';
import type { PublishedDownload, PublishedSpec } from './prepare.ts';
import { openApiVirtualModule } from './virtual-module.ts';
import type { LiveSpecs } from './live-specs.ts';
import { watchSpecs } from './watch-specs.ts';

/** What the API pages need from the build. */
export interface OpenApiIntegrationInput {
  /** The published specs; in dev, replaced when a spec changes. */
  readonly live: LiveSpecs;
  /** `redocly.yaml`: its change re-runs the spec pipeline in dev, as a spec's does. */
  readonly configFile: string;
}

/**
 * The engine's part of the API reference, next to starlight-openapi's pages: one page per schema, the
 * bundled downloads (served by the dev server, copied into the build output), the data the pages read,
 * and the conformance figures of third-party specs (`api-conformance.json`). In dev, a changed, added or
 * removed spec (or `redocly.yaml`) is linted and bundled again and the API pages follow, without restarting
 * the server (see watch-specs.ts).
 */
export function openApiIntegration({ live, configFile }: OpenApiIntegrationInput): AstroIntegration {
  return {
    name: 'archbook-openapi',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        injectRoute({
          pattern: '/api/[spec]/schemas/[schema]',
          entrypoint: new URL('./routes/schema.astro', import.meta.url),
          prerender: true,
        });
        injectRoute({
          pattern: '/api/[spec]/schemas',
          entrypoint: new URL('./routes/schemas.astro', import.meta.url),
          prerender: true,
        });
        updateConfig({
          vite: {
            plugins: [openApiVirtualModule(live)],
            // starlight-openapi exports no components; the schema pages reuse its schema renderer by path.
            resolve: { alias: [{ find: /^archbook:starlight-openapi\//, replacement: `${starlightOpenApiDir()}/` }] },
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        watchSpecs({ server, live, configFile, logger });
        server.middlewares.use((request, response, next) => {
          const download = findDownload(live.specs, new URL(request.url ?? '/', 'http://dev').pathname);
          if (download === undefined) {
            next();
            return;
          }
          response.setHeader('Content-Type', download.contentType);
          createReadStream(download.path).on('error', next).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        for (const spec of live.specs) {
          for (const download of spec.downloads) copyDownload(download, spec, fileURLToPath(dir));
        }
        const report = conformanceReport(live.specs);
        if (report.specs.length > 0) {
          writeFileSync(new URL('api-conformance.json', dir), `${JSON.stringify(report, null, 2)}\n`);
        }
      },
    },
  };
}

/** The download a request path names; Vite may strip the base path first, so both forms are recognised. */
function findDownload(specs: readonly PublishedSpec[], pathname: string): PublishedDownload | undefined {
  for (const spec of specs) {
    const found = spec.downloads.find(
      (file) => file.href === pathname || `/${spec.base}/${file.fileName}` === pathname,
    );
    if (found) return found;
  }
  return undefined;
}

/** Copies a bundled file to `<out>/api/<name>/<file>`, where the overview page links it. */
function copyDownload(download: PublishedDownload, spec: PublishedSpec, outDir: string): void {
  const target = path.join(outDir, spec.base, download.fileName);
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(download.path, target);
}

function starlightOpenApiDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('starlight-openapi/package.json'));
}
