import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bumped when the way SVG is post-processed changes, so old cache entries are not reused. */
export const pipelineVersion = 1;

/** Everything a rendered SVG depends on. */
export interface CacheKeyInput {
  /** The expanded text sent to the renderer (includes inlined). */
  readonly text: string;
  /** Every included file and its whole text: editing any part of one re-renders exactly its includers. */
  readonly includes: readonly { readonly file: string; readonly text: string }[];
  /** The renderer: PlantUML version and flags, or the remote server. */
  readonly renderer: string;
}

/** SHA-256 of the source, the included files, the renderer and the pipeline version. Pure. */
export function cacheKey({ text, includes, renderer }: CacheKeyInput): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ pipelineVersion, renderer }));
  for (const include of [...includes].sort((a, b) => a.file.localeCompare(b.file))) {
    hash.update(`\0include\0${include.file}\0${sha256(include.text)}`);
  }
  hash.update('\0source\0');
  hash.update(text);
  return hash.digest('hex');
}

/** SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The on-disk cache of sanitized SVGs, one file per key. Entries are written whole (temporary file, then
 * rename), so a crash never leaves a half file; failures are never written.
 */
export interface SvgCache {
  readonly dir: string;
  /** The cached SVG of a key, or undefined when there is none. */
  get(key: string): string | undefined;
  /** Stores the SVG of a key (temporary file, then rename). */
  set(key: string, svg: string): void;
}

/** Opens (and lazily creates) the cache in `dir`. */
export function openSvgCache(dir: string): SvgCache {
  const file = (key: string) => path.join(dir, `${key}.svg`);
  return {
    dir,
    get(key) {
      try {
        return readFileSync(file(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    set(key, svg) {
      mkdirSync(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, svg);
      renameSync(temporary, file(key));
    },
  };
}
