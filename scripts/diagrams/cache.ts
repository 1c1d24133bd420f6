import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagramImage } from './renderer.ts';

/** Bumped when the way pictures are post-processed changes, so old cache entries are not reused. */
export const pipelineVersion = 2;

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
 * The on-disk cache of rendered pictures (sanitized SVG, or PNG), one file per key. Entries are written
 * whole (temporary file, then rename), so a crash never leaves a half file; failures are never written.
 */
export interface ImageCache {
  readonly dir: string;
  /** The cached picture of a key, or undefined when there is none. */
  get(key: string): DiagramImage | undefined;
  /** Stores the picture of a key (temporary file, then rename). */
  set(key: string, image: DiagramImage): void;
}

/** Opens (and lazily creates) the cache in `dir`. */
export function openImageCache(dir: string): ImageCache {
  const file = (key: string, format: DiagramImage['format']) => path.join(dir, `${key}.${format}`);
  const read = (name: string): Buffer | undefined => {
    try {
      return readFileSync(name);
    } catch {
      return undefined;
    }
  };
  return {
    dir,
    get(key) {
      const svg = read(file(key, 'svg'));
      if (svg !== undefined) return { format: 'svg', svg: svg.toString('utf8') };
      const png = read(file(key, 'png'));
      return png === undefined ? undefined : { format: 'png', png };
    },
    set(key, image) {
      mkdirSync(dir, { recursive: true });
      const target = file(key, image.format);
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, image.format === 'svg' ? image.svg : image.png);
      renameSync(temporary, target);
    },
  };
}
