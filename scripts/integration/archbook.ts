import type { AstroIntegration } from 'astro';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import type { RuleContext } from '../rules/context.ts';
import { docsDir } from '../paths.ts';
import { rulesVirtualModule } from './virtual-modules.ts';
import { kitVirtualModule } from '../kit/virtual-module.ts';
import { computeCoverageOf } from '../kit/publish.ts';
import { formatCoverage } from '../kit/coverage.ts';

/** What the integration needs from the build. */
export interface ArchbookIntegrationInput {
  readonly config: ArchbookConfig;
  readonly hosting: Hosting;
  readonly rules: RuleContext;
}

/**
 * The archbook Astro integration: checks the rules before anything renders, serves them to the engine's
 * pages as `virtual:archbook/rules`, and re-checks them when a page changes in dev.
 */
export function archbookIntegration({ config, hosting, rules }: ArchbookIntegrationInput): AstroIntegration {
  return {
    name: 'archbook',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger, addWatchFile }) => {
        const added = rules.refresh();
        if (added.length > 0) logger.info(`added ${added.length} new rule ID(s) to the rules lock; commit it`);
        logger.info(
          `${rules.registry.rules.length} rules checked; ${formatCoverage(computeCoverageOf(rules.registry.rules))}`,
        );
        addWatchFile(new URL('../../archbook.config.ts', import.meta.url));
        updateConfig({
          vite: {
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
            ],
          },
        });
      },
    },
  };
}
