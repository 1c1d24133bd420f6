import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StarlightPlugin, StarlightUserConfig } from '@astrojs/starlight/types';
import type { AstroIntegrationLogger } from 'astro';
import type { ArchbookConfig } from '../config/schema.ts';
import type { Repository } from '../config/repository.ts';
import { ArchbookError } from '../errors.ts';
import { reportHookError } from '../integration/hook-errors.ts';
import { docsDir } from '../paths.ts';
import { typeDocOptions } from './options.ts';
import { referenceSidebar } from './sidebar.ts';
import { loadStarlightTypeDoc, type SidebarGroupPlaceholder } from './starlight-typedoc.ts';

/** Folder below the docs collection the code reference is generated into: `/reference/`. */
export const referenceOutput = 'reference';

/** The code reference: the Starlight plugin, and the sidebar group it fills. */
export interface TypeDocReference {
  readonly plugin: StarlightPlugin;
  /** Placeholder to put in the sidebar; the plugin replaces it with the reference's pages. */
  readonly sidebarGroup: SidebarGroupPlaceholder;
}

/** Options of {@link typeDocReference}. */
export interface TypeDocReferenceOptions {
  /** Content root: entry points and tsconfig are relative to it, pages go to its docs collection. */
  readonly root: string;
  readonly config: ArchbookConfig;
  /** Where "Defined in" links point; undefined leaves them out. */
  readonly repository: Repository | undefined;
}

/**
 * The TypeDoc code reference as a Starlight plugin (starlight-typedoc with typedoc-plugin-markdown): the
 * configured entry points become Markdown pages in `<root>/site/content/docs/reference/`, so they share
 * the handbook's layout, sidebar and search. Any TypeDoc warning (missing TSDoc on an export, a broken
 * `{@link}`) fails the build with the list of them. Off when `reference.entryPoints` is empty.
 */
export async function typeDocReference({
  root,
  config,
  repository,
}: TypeDocReferenceOptions): Promise<TypeDocReference | undefined> {
  const { entryPoints, tsconfig, label } = config.reference;
  if (entryPoints.length === 0) return undefined;
  const [createPlugin, sidebarGroup] = await loadStarlightTypeDoc();
  const inner = createPlugin({
    entryPoints: entryPoints.map((entry) => path.resolve(root, entry)),
    tsconfig: path.resolve(root, tsconfig),
    output: referenceOutput,
    sidebar: { label, collapsed: true },
    typeDoc: typeDocOptions({
      root,
      repository,
      name: label,
      plugins: [fileURLToPath(new URL('./validate-plugin.ts', import.meta.url))],
    }),
  });
  const plugin: StarlightPlugin = {
    name: 'archbook-typedoc',
    hooks: {
      async 'config:setup'(params) {
        if (params.command !== 'build' && params.command !== 'dev') {
          params.updateConfig({ sidebar: withoutGroup(params.config.sidebar, sidebarGroup.label) });
          return;
        }
        const problems: string[] = [];
        // starlight-typedoc writes into <srcDir>/content/docs; the docs collection is the content root's.
        const srcDir = pathToFileURL(`${path.join(root, path.dirname(path.dirname(docsDir)))}${path.sep}`);
        // Starlight prefixes root-relative sidebar links with the site's base itself.
        const sidebarInput = { label, docsRoot: path.join(root, docsDir), base: '/', output: referenceOutput };
        try {
          await inner.hooks['config:setup']?.({
            ...params,
            astroConfig: { ...params.astroConfig, srcDir },
            logger: collecting(params.logger, problems),
            updateConfig: (update) =>
              params.updateConfig(
                update.sidebar ? { ...update, sidebar: referenceSidebar(update.sidebar, sidebarInput) } : update,
              ),
          });
        } catch (error) {
          if (problems.length === 0) throw error;
        }
        if (problems.length > 0) {
          // Printed once, our way, and the build stops: no hook wrapper, node_modules location or stack.
          const error = new ArchbookError(
            'TypeDocWarnings',
            `The code reference found ${problems.length} problem(s):\n${problems.join('\n')}`,
            `give every export of ${entryPoints.join(', ')} a TSDoc comment and fix each {@link}; TypeDoc warnings fail the build`,
          );
          reportHookError(error, 'reference', params.logger, params.command);
        }
      },
    },
  };
  return { plugin, sidebarGroup };
}

/**
 * Summaries TypeDoc (and the validation plugin) print once a problem was reported: the problems themselves
 * are listed, these are not.
 */
const summaries = [/^TypeDoc reported \d+ error/, /^\w+ output could not be generated/];

/** A logger that also keeps every warning and error TypeDoc prints, summaries aside. */
function collecting(logger: AstroIntegrationLogger, problems: string[]): AstroIntegrationLogger {
  const forked = logger.fork(logger.label);
  const keep = (message: string): void => {
    if (!summaries.some((summary) => summary.test(message))) problems.push(message);
  };
  const warn = forked.warn.bind(forked);
  const error = forked.error.bind(forked);
  forked.warn = (message: string) => {
    keep(message);
    warn(message);
  };
  forked.error = (message: string) => {
    keep(message);
    error(message);
  };
  return forked;
}

function withoutGroup(sidebar: StarlightUserConfig['sidebar'], label: string): StarlightUserConfig['sidebar'] {
  return sidebar?.filter(
    (item) => !(typeof item === 'object' && 'label' in item && item.label === label && 'items' in item),
  );
}
