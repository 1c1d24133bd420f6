import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../files/list-files.ts';
import { writeFiles } from '../files/write-files.ts';
import { sidebarPlaceholder, type DeferredSidebar, type DeferredSidebars } from './deferred-sidebars.ts';
import type { SidebarTemplate } from './sidebar-template.ts';

/** A template's markup encoded once, with the byte offset of every place a mark can go. */
interface EncodedTemplate {
  readonly bytes: Buffer;
  readonly byteOffsets: ReadonlyMap<number, number>;
}

function encode(template: SidebarTemplate): EncodedTemplate {
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

/**
 * Writes every left-out sidebar into its page under `outDir` (see {@link DeferredSidebars}): the page's
 * bytes around its placeholder, the template's bytes around the page's marks, encoded once per template.
 * @returns how many pages got their sidebar
 * @throws Error when a placeholder names no left-out sidebar, or a left-out sidebar's page is not found
 */
export async function fillSidebars(outDir: string, deferred: DeferredSidebars): Promise<number> {
  if (deferred.count === 0) return 0;
  const encoded = new Map<SidebarTemplate, EncodedTemplate>();
  const start = Buffer.from(sidebarPlaceholder.start);
  const pages = listFiles(outDir, '.html')
    .map((file) => ({ file: path.join(outDir, file), bytes: readFileSync(path.join(outDir, file)) }))
    .filter((page) => page.bytes.includes(start));
  const files = pages.map(({ file, bytes }) => {
    const at = bytes.indexOf(start);
    const end = bytes.indexOf(sidebarPlaceholder.end, at);
    const id = end < 0 ? '' : bytes.subarray(at + start.length, end).toString('latin1');
    const page = /^\d+$/.test(id) ? deferred.page(Number(id)) : undefined;
    if (page === undefined) throw new Error(`${file}: a sidebar placeholder names no left-out sidebar`);
    const template = encoded.get(page.template) ?? encode(page.template);
    encoded.set(page.template, template);
    const after = end + sidebarPlaceholder.end.length;
    return { file, text: () => [bytes.subarray(0, at), ...sidebarPieces(page, template), bytes.subarray(after)] };
  });
  if (files.length !== deferred.count)
    throw new Error(
      `sidebars left out of the pages: ${deferred.count}; placeholders found in ${outDir}: ${files.length}`,
    );
  await writeFiles(files);
  return files.length;
}
