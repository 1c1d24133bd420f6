import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import { configFileName } from '../config/load.ts';
import type { RuleContext } from '../rules/context.ts';
import { contentRoot, docsDir } from '../paths.ts';
import { isSupervised, reportListening } from '../dev/supervisor-link.ts';
import { rulesVirtualModule } from './virtual-modules.ts';
import { createDevProblems, devProblems } from '../dev/problems.ts';
import { reportHookError } from './hook-errors.ts';

/** What the integration needs from the build. */
export interface ArchbookIntegrationInput {
  readonly config: ArchbookConfig;
  readonly hosting: Hosting;
  readonly rules: RuleContext;
}

/**
 * The archbook Astro integration: checks the rules before anything renders, serves them to the engine's
 * pages as `virtual:archbook/rules`, and re-checks them when a page changes in dev.
 *
 * A change of `archbook.config.ts` needs a new dev server: `npm run dev` starts one (see scripts/cli/dev.ts).
 * Astro's in-place restart is not used, because the restarted server keeps serving stale pages.
 */
export function archbookIntegration({ config, rules }: ArchbookIntegrationInput): AstroIntegration {
  const configFile = path.join(contentRoot, configFileName);
  return {
    name: 'archbook',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger, addMiddleware, command }) => {
        if (command === 'dev') {
          createDevProblems(logger);
          addMiddleware({ entrypoint: new URL('../dev/problems-middleware.ts', import.meta.url), order: 'pre' });
        }
        try {
          const added = rules.refresh();
          if (added.length > 0) logger.info(`added ${added.length} new rule ID(s) to the rules lock; commit it`);
          logger.info(`${rules.registry.rules.length} rules checked`);
        } catch (error) {
          reportHookError(error, 'rules', logger, command);
        }
        updateConfig({
          vite: {
            plugins: [
              rulesVirtualModule(rules, { title: config.title, description: config.description }, docsDir, logger),
            ],
          },
        });
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
