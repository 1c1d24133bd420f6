import type { TypeDocOptions as TypeDocAllOptions } from 'typedoc';
import type { PluginOptions } from 'typedoc-plugin-markdown';
import type { Repository } from '../config/repository.ts';

/** TypeDoc options as starlight-typedoc takes them: TypeDoc's and typedoc-plugin-markdown's. */
export type TypeDocOptions = Partial<Omit<TypeDocAllOptions, 'entryPoints' | 'tsconfig'> & PluginOptions>;

/** What {@link typeDocOptions} is made from. */
export interface TypeDocOptionsInput {
  /** Content root: source paths in the pages are relative to it. */
  readonly root: string;
  /** Where "Defined in" links point: the handbook's repository and branch; none leaves them out. */
  readonly repository: Repository | undefined;
  /** TypeDoc plugins to load, by path. */
  readonly plugins: readonly string[];
  /** Name of the documented project (TypeDoc reads it from a package.json otherwise, and warns without one). */
  readonly name: string;
}

/** Kinds of exported symbols that must carry a TSDoc comment. */
export const requiredToBeDocumented = [
  'Enum',
  'Variable',
  'Function',
  'Class',
  'Interface',
  'TypeAlias',
  'Namespace',
] as const;

/**
 * The engine's TypeDoc settings, on top of starlight-typedoc's. Validation is on (undocumented exports,
 * broken links, symbols not exported) and warnings are errors; sources link to the repository without
 * asking git, which a copied content folder may not have, and are left out when the repository is
 * unknown; the entry page is `index.md`, so the reference
 * starts at `/reference/`. Type errors are `npm run lint:ts`'s job. Pure.
 */
export function typeDocOptions({ root, repository, plugins, name }: TypeDocOptionsInput): TypeDocOptions {
  return {
    name,
    plugin: [...plugins],
    // TypeDoc's info lines ("Loaded plugin …", in colour codes even in a log file) tell the author nothing.
    logLevel: 'Warn',
    treatWarningsAsErrors: true,
    treatValidationWarningsAsErrors: true,
    validation: { notExported: true, invalidLink: true, invalidPath: true, notDocumented: true, rewrittenLink: true },
    requiredToBeDocumented: [...requiredToBeDocumented],
    skipErrorChecking: true,
    excludeExternals: true,
    disableGit: true,
    basePath: root,
    displayBasePath: root,
    entryFileName: 'index',
    ...sourceLinks(repository),
    sort: ['kind', 'alphabetical'],
    useCodeBlocks: true,
    parametersFormat: 'table',
    interfacePropertiesFormat: 'table',
  };
}

function sourceLinks(repository: Repository | undefined): TypeDocOptions {
  if (repository === undefined) return { disableSources: true };
  const blobPath = repository.editPath.replace('{branch}', repository.branch).replace(/\/edit\//, '/blob/');
  return { sourceLinkTemplate: `${repository.url}${blobPath}{path}#L{line}` };
}
