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
  const opening = html.slice(start, html.indexOf('>', start));
  const hash = /\sdata-hash="([^"]+)"/.exec(opening)?.[1];
  if (hash !== undefined) return { start, end, key: hash };
  const key = html.slice(start, end).replaceAll(' aria-current="page"', '').replaceAll('<details open', '<details');
  return { start, end, key };
}
