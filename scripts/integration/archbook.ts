import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePermalinksAhead, type PermalinksAhead } from '../rules/write-permalinks.ts';
import type { AstroIntegration } from 'astro';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import { configFileName } from '../config/load.ts';
import type { RuleContext } from '../rules/context.ts';
import { contentRoot, docsDir } from '../paths.ts';
import { settleRulesLock } from '../rules/settle-lock.ts';
import { rulesVirtualModule } from './virtual-modules.ts';
import { contentStoreFileName, contentStoreFromFile } from './content-store-file.ts';
import { kitVirtualModule } from '../kit/virtual-module.ts';
import { computeCoverageOf } from '../kit/publish.ts';
import { formatCoverage } from '../kit/coverage.ts';
import { isSupervised, reportListening } from '../dev/supervisor-link.ts';
import { createDevProblems, devProblems } from '../dev/problems.ts';
import { reportHookError } from './hook-errors.ts';
import { devWarmup } from '../dev/warmup.ts';
import { scannedAhead } from '../rules/scan-ahead.ts';
import { finishSidebarFill } from '../sidebar/finish-sidebars.ts';
import { openSidebarFill } from '../sidebar/sidebar-fill.ts';
import type { DeferredSidebars } from '../sidebar/deferred-sidebars.ts';

/** What the integration needs from the build. */
export interface ArchbookIntegrationInput {
  readonly config: ArchbookConfig;
  readonly hosting: Hosting;
  readonly rules: RuleContext;
  /** The process environment: `CI` decides whether a build may write the rules lock. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The archbook Astro integration: checks the rules before anything renders, records their changes in the
 * rules lock on a build (or, in CI, refuses a lock that misses one), serves them to the engine's pages as
 * `virtual:archbook/rules`, and re-checks them when a page changes in dev.
 *
 * A change of `archbook.config.ts` needs a new dev server: `npm run dev` starts one (see scripts/cli/dev.ts).
 * Astro's in-place restart is not used, because the restarted server keeps serving stale pages.
 */
export function archbookIntegration({ config, hosting, rules, env }: ArchbookIntegrationInput): AstroIntegration {
  const configFile = path.join(contentRoot, configFileName);
  const site = { title: config.title, base: hosting.base, site: hosting.site };
  let outDir = '';
  let permalinks: PermalinksAhead | undefined;
  let sidebars: DeferredSidebars | undefined;
  return {
    name: 'archbook',
    hooks: {
      'astro:config:setup': async ({ updateConfig, logger, addMiddleware, command, config: astro }) => {
        if (command === 'dev') {
          createDevProblems(logger);
          addMiddleware({ entrypoint: new URL('../dev/problems-middleware.ts', import.meta.url), order: 'pre' });
        }
        await scannedAhead(contentRoot);
        try {
          const plan = rules.refresh();
          const settled = settleRulesLock({ command, env, plan, root: contentRoot, lockFile: config.rules.lockFile });
          if (settled !== undefined) logger.info(settled);
          logger.info(
            `${rules.registry.rules.length} rules checked; ${formatCoverage(computeCoverageOf(rules.registry.rules))}`,
          );
        } catch (error) {
          reportHookError(error, 'rules', logger, command);
        }
        updateConfig({
          vite: {
            ...(command === 'dev' ? devWarmup() : {}),
            plugins: [
              rulesVirtualModule(
                rules,
                {
                  title: config.title,
                  description: config.description,
                  scopes: config.scopes,
                  sources: config.sources,
                },
                docsDir,
                logger,
              ),
              kitVirtualModule({ rules, title: config.title, site: hosting.site }),
              contentStoreFromFile(new URL(contentStoreFileName, astro.cacheDir)),
            ],
          },
        });
      },
      'astro:config:done': ({ config: astro }) => {
        outDir = fileURLToPath(astro.outDir);
      },
      'astro:build:start': () => {
        // The rules are settled by now: their permalink pages are written while the site is built.
        permalinks = writePermalinksAhead(outDir, rules, site);
        sidebars = openSidebarFill();
      },
      'astro:build:done': async ({ logger }) => {
        // The build command then indexes the site and writes the sidebars and these pages in
        // (scripts/build/finish-output.ts), once this process has ended and its memory is free.
        if (permalinks === undefined || sidebars === undefined)
          throw new Error('the build ended without having started (astro:build:start)');
        finishSidebarFill(outDir, sidebars, logger);
        logger.info(`${await permalinks.written()} rule permalink pages written`);
      },
      'astro:server:setup': ({ server, logger }) => {
        // A problem found or fixed anywhere (a page's links are checked after it is served) shows at once.
        devProblems()?.listen(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }));
        if (isSupervised()) return;
        server.watcher.add(configFile);
        server.watcher.on('change', (file) => {
          if (file === configFile) logger.warn(`${configFileName} changed: stop and start the dev server to apply it`);
        });
      },
      'astro:server:start': ({ address }) => reportListening(address.port),
    },
  };
}
