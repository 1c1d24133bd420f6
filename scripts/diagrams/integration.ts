import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ArchbookConfig } from '../config/schema.ts';
import { ArchbookError } from '../errors.ts';
import type { DiagramPipeline } from './pipeline.ts';
import type { RefreshSummary } from './refresh-summary.ts';
import type { RuleTargets } from './rule-links.ts';
import { diagramsModuleId, diagramsVirtualModule } from './virtual-module.ts';
import { invalidateAndReload, isPageModule } from '../dev/invalidate.ts';
import { devProblems } from '../dev/problems.ts';
import { findingsOf } from '../findings.ts';
import { reportHookError, stopBuild } from '../integration/hook-errors.ts';

/** What the integration needs from the build. */
export interface DiagramsIntegrationInput {
  readonly diagrams: DiagramPipeline;
  readonly config: ArchbookConfig;
  readonly base: string;
  /** The build's rules: a diagram's rule links lead to their sections. */
  readonly rules: RuleTargets;
}

/**
 * Renders every diagram once per build, while the content store is filled, in one JVM (or from the cache,
 * which starts none), and stops the build with every problem listed when something is wrong: a problem in
 * the diagrams' text before the content store is filled, one only the renderer finds as soon as it is met,
 * so that no page is stored without its diagram. Serves the results to
 * the gallery and diagram pages, and closes the JVM when the build ends. In dev it watches the diagrams
 * folder: an edited `.puml` or included file is rendered again and the pages that show it reload.
 */
export function diagramsIntegration({ diagrams, config, base, rules }: DiagramsIntegrationInput): AstroIntegration {
  let rendered: Promise<void> = Promise.resolve();
  return {
    name: 'archbook:diagrams',
    hooks: {
      'astro:config:setup': async ({ updateConfig, logger, command }) => {
        if (diagrams.notice !== undefined) logger.info(diagrams.notice);
        const refreshed = diagrams.refresh().then(
          (summary) => report(logger, summary),
          (error: unknown) =>
            command === 'dev'
              ? reportHookError(error, 'diagrams', logger, command)
              : stopBuild(error, 'diagrams', logger),
        );
        // The dev server starts meanwhile, and a build fills its content store (the JVM renders on the other
        // core): pages are keyed, and rules list their diagrams, by the diagrams' checked text; the pages and
        // modules that show diagrams wait for them (DiagramPipeline.settled). A problem in the text stops a
        // build here, listed with the renderer's; one the renderer finds stops it when met (stopBuild).
        if (command === 'dev') refreshed.catch((error: unknown) => logger.error(String(error)));
        else if (!(await diagrams.planned()) || diagrams.linksRetiredSincePlan()) await refreshed;
        rendered = refreshed;
        updateConfig({ vite: { plugins: [diagramsVirtualModule(diagrams, config.diagrams, base, rules)] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        const rebuild = async () => {
          try {
            report(logger, await diagrams.refresh());
          } catch (error) {
            const findings = findingsOf(error);
            if (findings === undefined) logger.error(error instanceof Error ? error.message : String(error));
            else devProblems()?.report('diagrams', findings);
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
            return;
          }
          devProblems()?.report('diagrams', []);
          // The dev server compiles a page when it is requested, with the diagrams inlined (site/content.config.ts):
          // the diagram module and every page module are compiled again on their next request. The content
          // store holds no rendered page in dev, so it is not synced again.
          invalidateAndReload(server, (id) => id === diagramsModuleId || isPageModule(id));
        };
        const onChange = (file: string) => {
          if (!file.startsWith(diagrams.diagramsRoot)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void rebuild(), 100);
        };
        server.watcher.add(diagrams.diagramsRoot);
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
      'astro:build:start': async ({ logger }) => {
        // The content store holds every rendered page by now, and once the diagrams are too, the JVM's memory
        // (about 170 MB) is given back before the pages are written. A later render (an .mdx page Vite
        // compiles) would start one again.
        await rendered;
        await diagrams.close();
        const failures = diagrams.failures();
        if (failures.length > 0) {
          const error = new ArchbookError(
            'DiagramSyntax',
            `diagrams failed while pages rendered:\n${failures.join('\n')}`,
            'fix the diagrams named above',
          );
          reportHookError(error, 'diagrams', logger, 'build');
        }
      },
      'astro:build:done': () => diagrams.close(),
      'astro:server:done': () => diagrams.close(),
    },
  };
}

function report(logger: AstroIntegrationLogger, summary: RefreshSummary): void {
  const jvm = summary.jvmStarts === 1 ? '1 JVM' : `${summary.jvmStarts} JVMs`;
  logger.info(
    `${summary.total} diagram(s) ready: ${summary.rendered} rendered, ${summary.cached} from the cache (${jvm} started)`,
  );
}
