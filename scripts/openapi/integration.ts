import { copyFileSync, createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { conformanceReport } from './conformance.ts';
import type { PublishedDownload, PublishedSpec } from './prepare.ts';
import { openApiVirtualModule } from './virtual-module.ts';

/** What the API pages need from the build. */
export interface OpenApiIntegrationInput {
  readonly specs: readonly PublishedSpec[];
  /** Files whose change re-runs the spec pipeline in dev: every spec file and `redocly.yaml`. */
  readonly watchFiles: readonly string[];
}

/**
 * The engine's part of the API reference, next to starlight-openapi's pages: one page per schema, the
 * bundled downloads (served by the dev server, copied into the build output), the data the pages read,
 * the conformance figures of third-party specs (`api-conformance.json`), and a dev-server restart (so a
 * new lint and bundle) when a spec changes.
 */
export function openApiIntegration({ specs, watchFiles }: OpenApiIntegrationInput): AstroIntegration {
  return {
    name: 'archbook-openapi',
    hooks: {
      'astro:config:setup': ({ injectRoute, addWatchFile, updateConfig }) => {
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
        for (const file of watchFiles) addWatchFile(file);
        updateConfig({
          vite: {
            plugins: [openApiVirtualModule(specs)],
            // starlight-openapi exports no components; the schema pages reuse its schema renderer by path.
            resolve: { alias: [{ find: /^archbook:starlight-openapi\//, replacement: `${starlightOpenApiDir()}/` }] },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        // Astro restarts when a watched file changes, but Vite only sees files below the engine's root.
        server.watcher.add([...watchFiles]);
        // Vite may strip the base path before this middleware runs: recognise the path both ways.
        const downloads = new Map(
          specs.flatMap((spec) =>
            spec.downloads.flatMap((file) => [
              [file.href, file] as const,
              [`/${spec.base}/${file.fileName}`, file] as const,
            ]),
          ),
        );
        server.middlewares.use((request, response, next) => {
          const download = downloads.get(new URL(request.url ?? '/', 'http://dev').pathname);
          if (download === undefined) {
            next();
            return;
          }
          response.setHeader('Content-Type', download.contentType);
          createReadStream(download.path).on('error', next).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        for (const spec of specs) {
          for (const download of spec.downloads) copyDownload(download, spec, fileURLToPath(dir));
        }
        const report = conformanceReport(specs);
        if (report.specs.length > 0) {
          writeFileSync(new URL('api-conformance.json', dir), `${JSON.stringify(report, null, 2)}\n`);
        }
      },
    },
  };
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
