/** A stretch of a built page that repeats on other pages: where it lies, and what makes it the same. */
export interface RepeatedBlock {
  readonly start: number;
  readonly end: number;
  /** Equal for two pages whose blocks hold the same links and anchors. */
  readonly key: string;
}

const open = '<sl-sidebar-state-persist';
const close = '</sl-sidebar-state-persist>';

/**
 * Starlight's sidebar, which every page carries whole: on a large handbook it is most of each page's
 * bytes (180 of 210 kB on the 1,000-page bench), the same few thousand links over and over. Two pages'
 * sidebars differ only in which link is the current page and which groups are open, neither of which
 * changes a link or an anchor. Starlight names the sidebar's entries (labels and links, not that state)
 * with `data-hash`, to restore its scroll position across pages; that is the key. Without it, the block
 * itself is, with the per-page state taken out. Pure.
 */
export function findSidebar(html: string): RepeatedBlock | undefined {
  const start = html.indexOf(open);
  if (start === -1) return undefined;
  const closing = html.indexOf(close, start);
  if (closing === -1) return undefined;
  const end = closing + close.length;
  const hash = hashOf(html.slice(start, html.indexOf('>', start)));
  if (hash !== undefined) return { start, end, key: hash };
  const key = html.slice(start, end).replaceAll(' aria-current="page"', '').replaceAll('<details open', '<details');
  return { start, end, key };
}

/** A built page's text, and the stretch of it the link check passes over. */
export interface BuiltPageText {
  readonly html: string;
  readonly skip: { readonly start: number; readonly end: number } | undefined;
}

/**
 * Decodes a built page, leaving out a sidebar already met on another page (`seen` holds their keys; this
 * page's is added): decoding the UTF-8 of every page whole was a third of the link check's time, the sidebar
 * most of the bytes. What stands in for it keeps its line breaks and its last line, so every line and column
 * after it stays where it is in the file. The page is decoded whole when its sidebar is new, has no
 * `data-hash`, or lies on one line (then `skip` marks it in the whole text, as {@link findSidebar} finds it).
 */
export function readBuiltPage(bytes: Buffer, seen: Set<string>): BuiltPageText {
  const start = bytes.indexOf(open);
  const closing = start === -1 ? -1 : bytes.indexOf(close, start);
  const lastBreak = closing === -1 ? -1 : bytes.lastIndexOf(0x0a, closing);
  const key = closing === -1 ? undefined : hashOf(bytes.toString('utf8', start, bytes.indexOf('>', start)));
  if (key === undefined || lastBreak < start || !seen.has(key)) {
    const html = bytes.toString('utf8');
    const sidebar = findSidebar(html);
    const seenBefore = sidebar !== undefined && seen.has(sidebar.key);
    if (sidebar !== undefined) seen.add(sidebar.key);
    return { html, skip: seenBefore ? sidebar : undefined };
  }
  const end = closing + close.length;
  const before = bytes.toString('utf8', 0, start);
  const standIn = '\n'.repeat(countBreaks(bytes, start, lastBreak)) + bytes.toString('utf8', lastBreak + 1, end);
  const html = before + standIn + bytes.toString('utf8', end);
  return { html, skip: { start: before.length, end: before.length + standIn.length } };
}

function hashOf(opening: string): string | undefined {
  return /\sdata-hash="([^"]+)"/.exec(opening)?.[1];
}

function countBreaks(bytes: Buffer, from: number, through: number): number {
  let count = 0;
  for (let index = bytes.indexOf(0x0a, from); index !== -1 && index <= through; index = bytes.indexOf(0x0a, index + 1))
    count += 1;
  return count;
}
