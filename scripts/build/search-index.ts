import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What indexing a build's output found. */
export interface SearchIndexed {
  readonly pages: number;
  readonly milliseconds: number;
}

/**
 * Builds the site's search index under `<outDir>/pagefind/`, as Starlight's own `astro:build:done` hook
 * does (the same Pagefind calls, no options), but once the Astro process has ended: while Pagefind indexed
 * inside it, the Astro process still held what it had rendered with (1.6-1.8 GB at 3,000 pages), and the
 * two together set the build's peak memory (scripts/integration/starlight-search.ts).
 *
 * Pagefind runs from a process of its own (index-site.ts) in an empty working folder: Pagefind reads a
 * `pagefind.yml` (or `.json`, `.toml`) from its working folder, which the author's folder may hold, and its
 * Node API never settles a call when the Pagefind binary dies; an exit code does.
 * @throws Error with Pagefind's own message when it fails or dies
 */
export function buildSearchIndex(outDir: string): Promise<SearchIndexed> {
  const started = performance.now();
  const workingDir = mkdtempSync(path.join(os.tmpdir(), 'archbook-pagefind-'));
  return new Promise<SearchIndexed>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(import.meta.dirname, 'index-site.ts'), outDir], {
      cwd: workingDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const pages = /^\{"pages":(\d+)\}$/m.exec(stdout)?.[1];
      if (code === 0 && pages !== undefined)
        resolve({ pages: Number(pages), milliseconds: performance.now() - started });
      else
        reject(
          new Error(
            `Pagefind could not index the site (${signal ?? `exit ${code}`}): ${stderr.trim() || stdout.trim()}`,
          ),
        );
    });
  }).finally(() => rmSync(workingDir, { recursive: true, force: true }));
}
