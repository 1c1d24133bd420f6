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

/** A build's left-out sidebars matched to their pages, ready to be written in. */
export interface SidebarFill {
  /** A page's bytes with its sidebar written in, as {@link SidebarFill.write} writes them; undefined for a file that gets none. */
  filled(file: string): Buffer | undefined;
  /** Writes every sidebar into its page. @returns how many pages got their sidebar */
  write(): Promise<number>;
}

/**
 * Reads the pages under `outDir` that hold a placeholder and matches each to its left-out sidebar (see
 * {@link DeferredSidebars}): a page's bytes around its placeholder, the template's bytes around the page's
 * marks, encoded once per template. Nothing is written until asked.
 * @throws Error unless every left-out sidebar is named by exactly one page's placeholder
 */
export function planSidebarFill(outDir: string, deferred: DeferredSidebars): SidebarFill {
  if (deferred.count === 0) return { filled: () => undefined, write: () => Promise.resolve(0) };
  const encoded = new Map<FillTemplate, EncodedTemplate>();
  const placeholders = placeholdersIn(outDir, deferred);
  const named = new Set(placeholders.map((placeholder) => placeholder.id));
  if (named.size !== placeholders.length || placeholders.length !== deferred.count)
    throw new Error(
      `sidebars left out of the pages: ${deferred.count}; pages naming one in ${outDir}: ${placeholders.length}, ${named.size} different`,
    );
  const pages = new Map<string, () => Uint8Array[]>();
  for (const { file, bytes, at, after, id } of placeholders) {
    const page = deferred.page(id);
    if (page === undefined) throw new Error(`${file}: its sidebar placeholder names no left-out sidebar (${id})`);
    const template = encoded.get(page.template) ?? encode(page.template);
    encoded.set(page.template, template);
    pages.set(file, () => [bytes.subarray(0, at), ...sidebarPieces(page, template), bytes.subarray(after)]);
  }
  return {
    filled: (file) => {
      const pieces = pages.get(file);
      return pieces === undefined ? undefined : Buffer.concat(pieces());
    },
    write: async () => {
      await writeFiles(Array.from(pages, ([file, text]) => ({ file, text })));
      return pages.size;
    },
  };
}
