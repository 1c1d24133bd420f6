import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Names the folder a build keeps its data modules' JSON in (set by the build command for Astro's process). */
export const dataFolderVariable = 'ARCHBOOK_DATA_DIR';

/**
 * The source of a virtual module whose default export (or `exportName`) is `value`, parsed from JSON at load
 * time. V8 parses a JSON string several times faster than the same data written as an object literal.
 *
 * In a build run by the build command (`ARCHBOOK_BUILD=1`, `ARCHBOOK_DATA_DIR` set), the JSON is written to
 * a file in that folder and the module reads it when the page renderer loads it: the bundler then passes a
 * line of code, not the megabytes of a handbook's rules, diagrams and specs (the bench's 6 MB of them took
 * about 0.5 s of Vite's bundling). Elsewhere (dev server, tests), the JSON is in the module's text, so an
 * edit reloads it.
 */
export function dataModule(value: unknown, exportName = 'default', env: NodeJS.ProcessEnv = process.env): string {
  const json = JSON.stringify(value);
  const folder = buildDataFolder(env);
  const binding = exportName === 'default' ? 'export default' : `export const ${exportName} =`;
  if (folder === undefined) return `${binding} JSON.parse(${JSON.stringify(json)});`;
  const file = path.join(folder, `${createHash('sha256').update(json).digest('hex')}.json`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, json);
  return jsonFileModule(file, binding);
}

/** The folder a build by the build command keeps its data modules' JSON in; undefined anywhere else. */
export function buildDataFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const folder = env[dataFolderVariable];
  return env['ARCHBOOK_BUILD'] !== '1' || folder === undefined || folder === '' ? undefined : folder;
}

/** The source of a module whose `binding` is the JSON of `file`, read and parsed when the module loads. */
export function jsonFileModule(file: string, binding = 'export default'): string {
  return `import { readFileSync as readDataFile } from 'node:fs';\n${binding} JSON.parse(readDataFile(${JSON.stringify(file)}, 'utf8'));`;
}
