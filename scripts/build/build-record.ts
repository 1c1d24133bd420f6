import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workDir } from '../paths.ts';

/** How an output folder was built: what `npm run preview` needs to serve it as it will be hosted. */
export interface BuildRecord {
  /** Base path the pages link under, e.g. `/handbook/`. */
  readonly base: string;
  /** `SITE_URL` of that build, if any. */
  readonly site?: string | undefined;
}

const recordFile = 'builds.json';

function readAll(root: string): Record<string, BuildRecord> {
  const file = path.join(root, workDir, recordFile);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, BuildRecord>;
  } catch {
    // A damaged record is as good as none: preview then falls back to BASE_PATH or `/`.
    return {};
  }
}

/**
 * Remembers how an output folder was built, in `<root>/.archbook/builds.json`, keyed by its absolute path.
 * @param root - content root
 * @param outDir - absolute output folder
 */
export function writeBuildRecord(root: string, outDir: string, record: BuildRecord): void {
  const all = { ...readAll(root), [outDir]: record };
  mkdirSync(path.join(root, workDir), { recursive: true });
  writeFileSync(path.join(root, workDir, recordFile), `${JSON.stringify(all, null, 2)}\n`);
}

/** How an output folder was last built, if this content root built it. */
export function readBuildRecord(root: string, outDir: string): BuildRecord | undefined {
  return readAll(root)[outDir];
}
