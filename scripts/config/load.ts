import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArchbookError } from '../errors.ts';
import { parseArchbookConfig } from './parse.ts';
import type { ArchbookConfig } from './schema.ts';

/** File name of a handbook's configuration, at the content root. */
export const configFileName = 'archbook.config.ts';

/**
 * Imports and validates `archbook.config.ts` from a content root.
 * @param root - absolute path of the content root
 * @throws ArchbookError `ConfigMissing` or `ConfigInvalid`
 */
export async function loadArchbookConfig(root: string): Promise<ArchbookConfig> {
  const file = path.join(root, configFileName);
  if (!existsSync(file)) {
    throw new ArchbookError(
      'ConfigMissing',
      `${configFileName} was not found in ${root}`,
      `create ${configFileName} exporting defineConfig({ title, description, repository: { url } })`,
    );
  }
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default?: unknown };
  return parseArchbookConfig(module.default, configFileName);
}
