import type { StarlightPlugin } from '@astrojs/starlight/types';
import { openAPISidebarGroups } from 'starlight-openapi';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Hosting } from '../config/hosting.ts';
import type { Repository } from '../config/repository.ts';
import { openApiPlugin } from '../openapi/plugin.ts';
import { readSpecFiles } from '../openapi/spec-files.ts';
import { contentRoot } from '../paths.ts';
import { readRulesLock } from '../rules/lock.ts';
import type { GeneratedGroup } from '../sidebar/groups.ts';
import { typeDocReference } from '../typedoc/plugin.ts';
import { removeStaleReference } from '../typedoc/stale-output.ts';

/** Starlight plugins and sidebar groups for the API (OpenAPI) and code (TypeDoc) references. */
export interface ReferencePlugins {
  readonly plugins: StarlightPlugin[];
  /** The `api` and `reference` sidebar groups, when there is something to show. */
  readonly sidebar: GeneratedGroup[];
}

/** What the reference plugins are made from. */
export interface ReferencePluginsInput {
  readonly config: ArchbookConfig;
  readonly hosting: Hosting;
  /** Where the code reference's "Defined in" links point. */
  readonly repository: Repository | undefined;
  /**
   * Content root holding `specs/`, `redocly.yaml` and the docs collection.
   * @default the engine's content root (`ARCHBOOK_ROOT` or the repository)
   */
  readonly root?: string;
}

/**
 * Builds the reference plugins from the configuration: an "API" sidebar group with one entry per
 * top-level spec in the specs folder (see scripts/openapi), and the code reference group (see
 * scripts/typedoc). A group is left out when there is nothing to show. The heavy work (lint, bundle,
 * TypeDoc) runs in the plugins' hooks, on `astro build` and `astro dev` only.
 */
export async function referencePlugins({
  config,
  hosting,
  repository,
  root = contentRoot,
}: ReferencePluginsInput): Promise<ReferencePlugins> {
  const plugins: StarlightPlugin[] = [];
  const sidebar: GeneratedGroup[] = [];
  const files = readSpecFiles(root, config.content.specs, config.api.externalDir);
  if (files.specs.length > 0 || files.findings.length > 0) {
    plugins.push(
      openApiPlugin({
        root,
        specsDir: config.content.specs,
        externalDir: config.api.externalDir,
        docsUrls: config.api.docsUrl,
        base: hosting.base,
        files,
        ruleUrl: (id) => `${hosting.site ?? ''}${hosting.base}rules/${id}/`,
        knownRuleIds: new Set(readRulesLock(root, config.rules.lockFile).ids),
      }),
    );
    sidebar.push({ key: 'api', order: 220, item: { label: 'API', collapsed: false, items: openAPISidebarGroups } });
  }
  const reference = await typeDocReference({ root, config, repository });
  if (!reference) removeStaleReference(root);
  if (reference) {
    plugins.push(reference.plugin);
    sidebar.push({ key: 'reference', order: 230, item: reference.sidebarGroup, fixedLabel: true });
  }
  return { plugins, sidebar };
}
