import type { AstroIntegration } from 'astro';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import type { RuleContext } from '../rules/context.ts';
import { contentRoot, docsDir } from '../paths.ts';
import { settleRulesLock } from '../rules/settle-lock.ts';
import { rulesVirtualModule } from './virtual-modules.ts';
import { kitVirtualModule } from '../kit/virtual-module.ts';
import { computeCoverageOf } from '../kit/publish.ts';
import { formatCoverage } from '../kit/coverage.ts';

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
 */
export function archbookIntegration({ config, hosting, rules, env }: ArchbookIntegrationInput): AstroIntegration {
  return {
    name: 'archbook',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger, addWatchFile, command }) => {
        const plan = rules.refresh();
        const settled = settleRulesLock({ command, env, plan, root: contentRoot, lockFile: config.rules.lockFile });
        if (settled !== undefined) logger.info(settled);
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
