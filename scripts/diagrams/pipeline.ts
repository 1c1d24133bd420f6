import path from 'node:path';
import { failOnFindings } from '../findings.ts';
import { workDir } from '../paths.ts';
import { openImageCache, sha256 } from './cache.ts';
import { chooseRenderer } from './choose-renderer.ts';
import { attachEmbeds, checkEmbeds, diagramId } from './embeds.ts';
import { fileAccess } from './file-access.ts';
import type { DiagramPipeline, DiagramPipelineOptions, PlannedEntry } from './pipeline-api.ts';
import { planSet } from './plan-set.ts';
import { renderOne, renderPlanned, type DiagramEntry } from './render-set.ts';
import type { DiagramLink } from './links.ts';
import { retiredRuleLinks } from './rule-links.ts';
import { listDiagramFiles, scanPages, type DiagramFence } from './sources.ts';
import { withPrefetch, type RefreshSummary } from './refresh-summary.ts';
import { stopSanitizer } from './sanitize-worker.ts';

export type { DiagramPipeline, DiagramPipelineOptions, PlannedEntry } from './pipeline-api.ts';
export type { DiagramEntry } from './render-set.ts';
export type { RefreshSummary } from './refresh-summary.ts';

/** Creates the pipeline; nothing is read or started until `refresh()`. */
export function createDiagramPipeline(options: DiagramPipelineOptions): DiagramPipeline {
  const { root, config } = options;
  const diagramsRoot = path.resolve(root, config.content.diagrams);
  const stats = { rendered: 0, cached: 0, jvmStarts: 0 };
  const choice = chooseRenderer({
    settings: config.diagrams,
    engineRoot: options.engineRoot,
    env: options.env,
    onJvmStart: () => (stats.jvmStarts += 1),
  });
  const context = {
    diagramsRoot,
    files: fileAccess(root),
    cache: openImageCache(options.cacheDir ?? path.join(root, workDir, 'diagrams')),
    renderer: choice.renderer,
    stats,
    rules: options.rules,
  };
  let entries = new Map<string, DiagramEntry>();
  let planned = new Map<string, PlannedEntry>();
  let fingerprint = '';
  let running: Promise<RefreshSummary | undefined> = Promise.resolve(undefined);
  let failures: string[] = [];
  let failed = false;
  let prefetched: RefreshSummary | undefined;
  let planEnded: (clean: boolean) => void = () => undefined;
  let firstPlan = new Promise<boolean>((resolve) => (planEnded = resolve));
  let succeeded = false;
  let listed = new Set<string>();
  let planLinks: DiagramLink[] = [];

  const refreshOnce = async (): Promise<RefreshSummary> => {
    let clean = false;
    try {
      const files = listDiagramFiles(root, diagramsRoot);
      const pages = scanPages(root, options.docsDir);
      const before = { ...stats };
      const jobs = [
        ...files.map((file) => ({
          source: { file: file.file, firstLine: 1, text: file.text, baseDir: path.dirname(file.absolutePath) },
          name: path.basename(file.id),
        })),
        ...pages.fences.map((fence) => ({ source: fenceSource(fence, diagramsRoot), name: '' })),
      ];
      listed = new Set(files.map((file) => file.id));
      const plan = planSet(jobs, context);
      plan.findings.push(...checkEmbeds(pages.embeds, listed, config.content.diagrams));
      clean = plan.findings.length === 0;
      const keep = () => {
        planned = new Map(files.flatMap((file, index) => plannedEntry(file.id, plan.planned[index])));
        fingerprint = sha256(JSON.stringify([context.renderer.id, plan.planned.map((item) => item?.key ?? '')]));
      };
      // What pages are keyed by and rules list, known before the renderer has drawn anything; after a first
      // success, only a refresh that succeeds replaces them, as it does the rendered diagrams.
      if (clean && !succeeded) keep();
      planLinks = plan.planned.flatMap((item) => item?.links ?? []);
      planEnded(clean);
      const { results, findings } = await renderPlanned(plan.planned, context);
      findings.unshift(...plan.findings);
      const next = new Map<string, DiagramEntry>();
      files.forEach((file, index) => {
        const rendered = results[index];
        if (rendered) next.set(file.id, { ...rendered, id: file.id, file: file.file, embeds: [] });
      });
      attachEmbeds(pages.embeds, next);
      failOnFindings('The diagram check', findings);
      keep();
      entries = next;
      failures = [];
      failed = false;
      succeeded = true;
      return {
        total: jobs.length,
        rendered: stats.rendered - before.rendered,
        cached: stats.cached - before.cached,
        jvmStarts: stats.jvmStarts - before.jvmStarts,
      };
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      planEnded(clean);
      firstPlan = Promise.resolve(clean);
    }
  };

  const pipeline: Omit<DiagramPipeline, 'fingerprint'> = {
    diagramsRoot,
    notice: choice.note,
    stats: () => ({ ...stats }),
    refresh() {
      const next = running.catch(() => undefined).then(refreshOnce);
      running = next;
      return next.then((summary) => {
        const reported = withPrefetch(summary, prefetched);
        prefetched = undefined;
        return reported;
      });
    },
    prefetch() {
      // Its problems (and rule links, checked before the rules are read) wait for the refresh that follows.
      running = running.catch(() => undefined).then(refreshOnce);
      running.then((summary) => (prefetched = summary)).catch(() => undefined);
    },
    settled: () => running.then(ignore, ignore),
    failed: () => failed,
    planned: () => firstPlan,
    linksRetiredSincePlan: () => context.rules !== undefined && retiredRuleLinks(planLinks, context.rules).length > 0,
    plannedEntries: () => [...planned.values()],
    plannedEntry: (src) => planned.get(diagramId(src)),
    knows: (src) => listed.has(diagramId(src)),
    recordFailure: (message) => void failures.push(message),
    failures: () => [...failures],
    entry: (src) => entries.get(diagramId(src)),
    entries: () => [...entries.values()],
    renderFence: (fence) => renderOne({ source: fenceSource(fence, diagramsRoot), name: '' }, context),
    close: () => Promise.all([context.renderer.close(), stopSanitizer()]).then(ignore),
  };
  // Not enumerable: Astro serialises the Markdown options (which carry the pipeline) into the key of its
  // whole content store; each page's own key names the diagrams it shows instead (pageDependencyKey).
  return Object.defineProperty(pipeline, 'fingerprint', {
    enumerable: false,
    get: () => fingerprint,
  }) as DiagramPipeline;
}

function plannedEntry(id: string, plan: Pick<PlannedEntry, 'key' | 'title' | 'rules'> | undefined) {
  return plan === undefined ? [] : [[id, { id, title: plan.title, key: plan.key, rules: plan.rules }] as const];
}

function ignore(): undefined {
  return undefined;
}

function fenceSource(fence: DiagramFence, diagramsRoot: string) {
  return { file: fence.page, firstLine: fence.firstLine, text: fence.text, baseDir: diagramsRoot };
}
