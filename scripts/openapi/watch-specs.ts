import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { invalidateAndReload } from '../dev/invalidate.ts';
import { devProblems } from '../dev/problems.ts';
import { findingsOf, formatFinding } from '../findings.ts';
import type { LiveSpecs } from './live-specs.ts';
import { openApiModuleId } from './virtual-module.ts';
import { schemasModuleId } from './starlight-openapi-module.ts';
import { specExtensions } from './spec-files.ts';
import { lintIgnoreFile } from './check.ts';

/** What {@link watchSpecs} needs. */
export interface WatchSpecsInput {
  readonly server: ViteDevServer;
  readonly live: LiveSpecs;
  /** `redocly.yaml`. */
  readonly configFile: string;
  readonly logger: AstroIntegrationLogger;
}

/**
 * Dev server: when a file in the specs folder (added, changed, removed), `redocly.yaml` or Redocly's ignore
 * file beside it changes, lints and bundles the specs again; on success the API pages are evaluated afresh
 * and the browser reloads, on failure the problems are shown (terminal once, page banner) and the last good
 * pages stay.
 */
export function watchSpecs({ server, live, configFile, logger }: WatchSpecsInput): void {
  const modules = new Set([`\0${openApiModuleId}`, `\0${schemasModuleId}`]);
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const reload = async () => {
    try {
      const warnings = await live.reload();
      for (const warning of warnings) logger.warn(formatFinding(warning));
      devProblems()?.report('specs', []);
    } catch (error) {
      const findings = findingsOf(error);
      if (findings === undefined) logger.error(error instanceof Error ? error.message : String(error));
      else devProblems()?.report('specs', findings);
      server.environments.client.hot.send({ type: 'full-reload', path: '*' });
      return;
    }
    invalidateAndReload(server, (id) => modules.has(id));
  };
  const ignoreFile = path.join(path.dirname(configFile), lintIgnoreFile);
  const onChange = (file: string) => {
    const isSpec = file.startsWith(live.folder + path.sep) && specExtensions.includes(path.extname(file).toLowerCase());
    if (!isSpec && file !== configFile && file !== ignoreFile) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(reload);
    }, 100);
  };
  server.watcher.add([live.folder, configFile, ignoreFile]);
  server.watcher.on('change', onChange);
  server.watcher.on('add', onChange);
  server.watcher.on('unlink', onChange);
}
