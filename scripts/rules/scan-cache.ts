import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { MarkdownFile } from '../content/markdown-files.ts';
import { engineFingerprint } from '../engine-fingerprint.ts';
import { workDir } from '../paths.ts';
import { scanPage, type PageScan } from './scan.ts';

/** {@link scanPage} with the answers of earlier runs kept in `<root>/.archbook/rule-scan.json`. */
export interface ScanCache {
  scan(file: MarkdownFile): PageScan;
  /** Writes the answers of this run (and only those: deleted pages drop out) when one was new. */
  save(): void;
}

interface CacheFile {
  readonly engine: string;
  readonly pages: Record<string, { readonly key: string; readonly scan: PageScan }>;
}

const opened = new Map<string, ScanCache>();

/**
 * The scan cache of a content root, read once per process. Parsing every page is most of the rule check
 * (1.2 s of 1.4 s on the bench's 1,000 pages); a page's scan depends only on its text and paths, and on
 * the engine's code, whose fingerprint keys the whole file.
 */
export function openScanCache(root: string): ScanCache {
  let cache = opened.get(root);
  if (cache === undefined) {
    cache = scanCacheAt(path.join(root, workDir, 'rule-scan.json'));
    opened.set(root, cache);
  }
  return cache;
}

/** A scan cache kept in `file`, read now (tests open one twice to see what a second process finds). */
export function scanCacheAt(file: string): ScanCache {
  const engine = engineFingerprint();
  const stored = readCacheFile(file, engine);
  let used: CacheFile['pages'] = {};
  let changed = false;
  return {
    scan(page) {
      const key = createHash('sha256')
        .update(`${page.displayPath}\0${page.relativePath}\0${page.source}`)
        .digest('hex');
      let entry = used[page.absolutePath] ?? stored[page.absolutePath];
      if (entry?.key !== key) {
        // Stored as JSON: the fresh answer takes the same round trip, so a hit and a miss look alike.
        entry = { key, scan: JSON.parse(JSON.stringify(scanPage(page))) as PageScan };
        changed = true;
      }
      used[page.absolutePath] = entry;
      return entry.scan;
    },
    save() {
      if (changed || Object.keys(used).length !== Object.keys(stored).length) {
        mkdirSync(path.dirname(file), { recursive: true });
        // Written whole, then renamed: a process stopped while writing (the scan worker of a start that
        // failed early) leaves the last complete cache, not half of one.
        const partial = `${file}.${process.pid}.${threadId}`;
        writeFileSync(partial, JSON.stringify({ engine, pages: used } satisfies CacheFile));
        renameSync(partial, file);
      }
      Object.assign(stored, used);
      used = {};
      changed = false;
    },
  };
}

function readCacheFile(file: string, engine: string): Record<string, CacheFile['pages'][string]> {
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
    return parsed.engine === engine && parsed.pages ? { ...parsed.pages } : {};
  } catch {
    return {};
  }
}
