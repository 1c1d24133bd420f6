import type { AstroUserConfig } from 'astro';
import starlight from '@astrojs/starlight';
import { loadArchbookConfig } from '../config/load.ts';
import { readHosting } from '../config/hosting.ts';
import { archbookIntegration } from './archbook.ts';
import { refusePlainAstroBuild } from './build-guard.ts';
import { createRuleContext } from '../rules/context.ts';
import { readBuildDate } from '../rules/build-date.ts';
import { markdownPlugins } from './markdown-plugins.ts';
import { handbookMarkdownProcessor } from './markdown-processor.ts';
import { providePageDependencies, renderingKey } from '../content/page-dependencies.ts';
import { engineFingerprint } from '../engine-fingerprint.ts';
import { starlightOptions } from './starlight-options.ts';
import { searchIndexedByArchbook } from './starlight-search.ts';
import path from 'node:path';
import { engineRoot, contentRoot, workDir, docsDir } from '../paths.ts';
import { astroRoot } from '../astro-root.ts';
import { createDiagramPipeline } from '../diagrams/pipeline.ts';
import { diagramsIntegration } from '../diagrams/integration.ts';
import { verbose } from '../logging/verbose.ts';
import { ruleTargetsOf } from '../diagrams/rule-links.ts';

/**
 * Builds the whole Astro configuration of a handbook from `archbook.config.ts` and the hosting environment.
 * @param env - the process environment (`SITE_URL`, `BASE_PATH`, `ARCHBOOK_OUT_DIR`, `ARCHBOOK_NOW`, `CI`)
 */
export async function createAstroConfig(env: NodeJS.ProcessEnv): Promise<AstroUserConfig> {
  refusePlainAstroBuild(process.argv, env);
  const config = await loadArchbookConfig(contentRoot);
  const hosting = readHosting(env);
  const rules = createRuleContext({ root: contentRoot, config, base: hosting.base, today: readBuildDate(env) });
  const ruleTargets = ruleTargetsOf(rules);
  const diagrams = createDiagramPipeline({ root: contentRoot, engineRoot, docsDir, config, env, rules: ruleTargets });
  // The JVM renders on the other core while the specs are linted and the rules checked (the hooks run in turn).
  diagrams.prefetch();
  const plugins = markdownPlugins({ config, hosting, rules, diagrams });
  providePageDependencies({
    rules,
    diagrams: env['ARCHBOOK_BUILD'] === '1' ? diagrams : undefined,
    rendering: renderingKey(engineFingerprint(), config, hosting),
  });
  return {
    root: astroRoot,
    cacheDir: path.join(contentRoot, workDir, 'astro-cache'),
    srcDir: path.join(engineRoot, 'site'),
    publicDir: path.join(engineRoot, 'site', 'public'),
    outDir: path.resolve(engineRoot, env['ARCHBOOK_OUT_DIR'] ?? 'dist'),
    ...(hosting.site === undefined ? {} : { site: hosting.site }),
    base: hosting.base,
    trailingSlash: 'always',
    build: { format: 'directory' },
    markdown: { processor: handbookMarkdownProcessor(plugins) },
    integrations: [
      searchIndexedByArchbook(starlight(await starlightOptions({ config, hosting, env }))),
      archbookIntegration({ config, hosting, rules, env }),
      diagramsIntegration({ diagrams, config, base: hosting.base, rules: ruleTargets }),
    ],
    devToolbar: { enabled: false },
    // Astro's terminal output without what the author cannot act on; all of it with --verbose.
    logger: { entrypoint: new URL('../logging/quiet-logger.ts', import.meta.url), config: { keepAll: verbose() } },
  };
}
