import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Absolute path of the engine: this repository's root, where `astro.config.mjs` lives. */
export const engineRoot: string = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * Absolute path of the content root: the folder holding `archbook.config.ts`, `site/content`, `diagrams/`
 * and `specs/`. The engine's own root unless `ARCHBOOK_ROOT` points elsewhere (test fixtures do).
 */
export const contentRoot: string = process.env['ARCHBOOK_ROOT']
  ? path.resolve(process.env['ARCHBOOK_ROOT'])
  : engineRoot;

/** Folder of the Starlight docs collection, relative to the content root. */
export const docsDir = 'site/content/docs';

/** Folder for generated, disposable files (caches, bundled specs), relative to the content root. */
export const workDir = '.archbook';

/** Path relative to a root, with forward slashes, for messages. */
export function relativeToRoot(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
