#!/usr/bin/env node
// Run by the build command (search-index.ts) in a process of its own, in an empty working folder: builds
// the search index of the output folder named as its one argument with the Pagefind calls Starlight makes.
// Prints `{"pages":N,"milliseconds":M}` when done (M: since the process started); Pagefind's errors go to stderr with a non-zero exit.
import path from 'node:path';
import * as pagefind from 'pagefind';

const outDir = process.argv[2];
if (outDir === undefined) throw new Error('usage: node scripts/build/index-site.ts <output folder>');

function checked<PagefindResponse extends { readonly errors: readonly string[] }>(
  response: PagefindResponse,
): PagefindResponse {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}

try {
  const { index } = checked(await pagefind.createIndex());
  if (index === undefined) throw new Error('Pagefind started no index');
  const { page_count: pages } = checked(await index.addDirectory({ path: outDir }));
  checked(await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') }));
  process.stdout.write(`${JSON.stringify({ pages, milliseconds: Math.round(performance.now()) })}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
