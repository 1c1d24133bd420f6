import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../files/list-files.ts';
import { writeFiles } from '../files/write-files.ts';
import type { DeferredSidebar, DeferredSidebars, FillTemplate } from './deferred-sidebars.ts';

/** A template's markup encoded once, with the byte offset of every place a mark can go. */
interface EncodedTemplate {
  readonly bytes: Buffer;
  readonly byteOffsets: ReadonlyMap<number, number>;
}

function encode(template: FillTemplate): EncodedTemplate {
  const byteOffsets = new Map<number, number>();
  let chars = 0;
  let bytes = 0;
  for (const offset of [...template.linkOffsets, ...template.groupOffsets].sort((a, b) => a - b)) {
    bytes += Buffer.byteLength(template.html.slice(chars, offset));
    chars = offset;
    byteOffsets.set(offset, bytes);
  }
  return { bytes: Buffer.from(template.html), byteOffsets };
}

/** The sidebar's bytes for a page: slices of its template's bytes with the page's marks between them. */
function sidebarPieces(page: DeferredSidebar, encoded: EncodedTemplate): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const mark of page.marks) {
    const at = encoded.byteOffsets.get(mark.offset) ?? 0;
    pieces.push(encoded.bytes.subarray(from, at), Buffer.from(mark.text));
    from = at;
  }
  pieces.push(encoded.bytes.subarray(from));
  return pieces;
}

/** A built page holding a placeholder: where it is, and the sidebar it names. */
interface PlaceholderAt {
  readonly file: string;
  readonly bytes: Buffer;
  readonly at: number;
  readonly after: number;
  readonly id: number;
}

function placeholdersIn(outDir: string, deferred: DeferredSidebars): PlaceholderAt[] {
  const start = Buffer.from(deferred.placeholderStart);
  const found: PlaceholderAt[] = [];
  for (const name of listFiles(outDir, '.html')) {
    const file = path.join(outDir, name);
    const bytes = readFileSync(file);
    const at = bytes.indexOf(start);
    if (at < 0) continue;
    const end = bytes.indexOf(deferred.placeholderEnd, at);
    const id = end < 0 ? '' : bytes.subarray(at + start.length, end).toString('latin1');
    if (!/^\d+$/.test(id) || bytes.includes(start, end))
      throw new Error(`${file}: a sidebar placeholder is not one number, or the page holds two`);
    found.push({ file, bytes, at, after: end + deferred.placeholderEnd.length, id: Number(id) });
  }
  return found;
}

/**
 * Writes every left-out sidebar into its page under `outDir` (see {@link DeferredSidebars}): the page's
 * bytes around its placeholder, the template's bytes around the page's marks, encoded once per template.
 * @returns how many pages got their sidebar
 * @throws Error unless every left-out sidebar is named by exactly one page's placeholder
 */
export async function fillSidebars(outDir: string, deferred: DeferredSidebars): Promise<number> {
  if (deferred.count === 0) return 0;
  const encoded = new Map<FillTemplate, EncodedTemplate>();
  const placeholders = placeholdersIn(outDir, deferred);
  const named = new Set(placeholders.map((placeholder) => placeholder.id));
  if (named.size !== placeholders.length || placeholders.length !== deferred.count)
    throw new Error(
      `sidebars left out of the pages: ${deferred.count}; pages naming one in ${outDir}: ${placeholders.length}, ${named.size} different`,
    );
  const files = placeholders.map(({ file, bytes, at, after, id }) => {
    const page = deferred.page(id);
    if (page === undefined) throw new Error(`${file}: its sidebar placeholder names no left-out sidebar (${id})`);
    const template = encoded.get(page.template) ?? encode(page.template);
    encoded.set(page.template, template);
    return { file, text: () => [bytes.subarray(0, at), ...sidebarPieces(page, template), bytes.subarray(after)] };
  });
  await writeFiles(files);
  return files.length;
}
