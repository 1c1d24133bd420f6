import path from 'node:path';
import type { HookParameters } from '@astrojs/starlight/types';
import { formatFinding, type Finding } from '../findings.ts';
import type { PrepareSpecsOptions, PublishedSpec } from './prepare.ts';
import { prepareSpecsCached } from './prepare-cache.ts';
import { readSpecFiles } from './spec-files.ts';
import { starlightOpenApiSchemasModule } from './starlight-openapi-module.ts';

/** The specs the dev server serves now, replaced when a spec file changes. */
export interface LiveSpecs {
  /** The specs of the last good run. */
  readonly specs: readonly PublishedSpec[];
  /** starlight-openapi's schemas module for {@link specs}, once they differ from the first run's. */
  readonly schemasModule: string | undefined;
  /** Absolute path of the specs folder. */
  readonly folder: string;
  /**
   * Lints and bundles the specs folder again and keeps the result when it passes.
   * @returns the warnings of the new run that the previous run did not have (those were printed already)
   * @throws ArchbookError (FindingsError) when a spec is broken; the last good specs stay
   */
  reload(): Promise<readonly Finding[]>;
}

/**
 * Holds the published specs for the dev server.
 * @param initial - the specs and warnings of the run made when the server started
 * @param options - the spec pipeline's options (without `files`, read again on every reload)
 * @param params - starlight-openapi's `config:setup` parameters, to write its module for new specs
 */
export function liveSpecs(
  initial: { readonly specs: readonly PublishedSpec[]; readonly warnings: readonly Finding[] },
  options: PrepareSpecsOptions,
  params: HookParameters<'config:setup'>,
): LiveSpecs {
  let specs = initial.specs;
  let warnings = new Set(initial.warnings.map(formatFinding));
  let schemasModule: string | undefined;
  return {
    get specs() {
      return specs;
    },
    get schemasModule() {
      return schemasModule;
    },
    folder: path.join(options.root, options.specsDir),
    async reload() {
      const files = readSpecFiles(options.root, options.specsDir);
      const prepared = await prepareSpecsCached({ ...options, files });
      // starlight-openapi refuses an empty list; with no spec left its pages have nothing to list.
      const module =
        prepared.specs.length === 0
          ? 'export default {};'
          : await starlightOpenApiSchemasModule(prepared.specs, params);
      specs = prepared.specs;
      schemasModule = module;
      const fresh = prepared.warnings.filter((warning) => !warnings.has(formatFinding(warning)));
      warnings = new Set(prepared.warnings.map(formatFinding));
      return fresh;
    },
  };
}
