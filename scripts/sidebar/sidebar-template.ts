import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { findTag, tagEnd } from './find-tag.ts';

/** A page's sidebar as Starlight hands it to the `Sidebar` component. */
export type Sidebar = StarlightRouteData['sidebar'];
type SidebarEntry = Sidebar[number];

/**
 * Starlight's sidebar markup with no page marked current, and where a page's marks go in it:
 * Starlight renders the same sidebar on every page but for `aria-current="page"` on the current link and
 * `open` on each collapsed group around it. A sidebar is 80 % of a page's HTML, and rendering its thousand
 * links through Astro's components again on every page was a third of a large build's rendering.
 */
export interface SidebarTemplate {
  /** The sidebar the markup was drawn from, with no entry current. */
  readonly shape: Sidebar;
  readonly html: string;
  /** Per link (in the order of a depth-first walk): the offset just after its `href` attribute. */
  readonly linkOffsets: readonly number[];
  /** Per group (same walk): the offset just after `<details`, where `open` goes. */
  readonly groupOffsets: readonly number[];
}

/** The sidebar with no entry marked current: what a template is drawn from. */
export function withoutCurrent(sidebar: Sidebar): Sidebar {
  return sidebar.map((entry): SidebarEntry =>
    entry.type === 'link' ? { ...entry, isCurrent: false } : { ...entry, entries: withoutCurrent(entry.entries) },
  );
}

/**
 * Whether two sidebars are drawn alike: equal in everything but which entry is current, keys in the same
 * order (a link's `attrs` are written in their order).
 */
export function sameShape(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => key !== 'isCurrent');
  const bKeys = Object.keys(b).filter((key) => key !== 'isCurrent');
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key, index) => bKeys[index] === key && sameShape(aRecord[key], bRecord[key]));
}

const currentMark = ' aria-current="page"';
const openMark = ' open';

/** Whether a group holds the current page, at any depth. */
function holdsCurrent(entries: Sidebar): boolean {
  return entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : holdsCurrent(entry.entries)));
}

/**
 * The template of a page's sidebar markup: its marks taken out, and where each link's and group's marks
 * go. `undefined` when the markup is not laid out as expected: one `<a href>` per link and one `<details>`
 * per group in the order of a depth-first walk, the marks where Starlight puts them.
 */
export function templateFrom(sidebar: Sidebar, pageHtml: string): SidebarTemplate | undefined {
  const linkOffsets: number[] = [];
  const groupOffsets: number[] = [];
  let html = '';
  /** How far the page's markup is copied into the template. */
  let cursor = 0;
  /** Where to look for the next tag: past the end of the last one found. */
  let scan = 0;
  /** Copies the page's markup up to `offset` and skips `mark` there, if the page carries it. */
  const copyTo = (offset: number, mark: string | undefined): boolean => {
    html += pageHtml.slice(cursor, offset);
    cursor = offset;
    if (mark === undefined) return true;
    if (!pageHtml.startsWith(mark, offset)) return false;
    cursor += mark.length;
    return true;
  };
  const walk = (entries: Sidebar): boolean =>
    entries.every((entry) => {
      if (entry.type === 'link') {
        const start = findTag(pageHtml, '<a href="', scan);
        const end = start < 0 ? -1 : pageHtml.indexOf('"', start + '<a href="'.length) + 1;
        if (end <= 0 || !copyTo(end, entry.isCurrent ? currentMark : undefined)) return false;
        linkOffsets.push(html.length);
        scan = tagEnd(pageHtml, cursor);
        return scan >= 0;
      }
      const start = findTag(pageHtml, '<details', scan);
      const end = start + '<details'.length;
      if (start < 0 || !copyTo(end, entry.collapsed && holdsCurrent(entry.entries) ? openMark : undefined))
        return false;
      groupOffsets.push(html.length);
      if (pageHtml.startsWith(openMark, cursor) === entry.collapsed) return false;
      scan = tagEnd(pageHtml, cursor);
      return scan >= 0 && walk(entry.entries);
    });
  if (!walk(sidebar) || findTag(pageHtml, '<a ', scan) >= 0 || findTag(pageHtml, '<details', scan) >= 0)
    return undefined;
  return { shape: withoutCurrent(sidebar), html: html + pageHtml.slice(cursor), linkOffsets, groupOffsets };
}

/** A page's mark: text inserted at an offset of the template's markup. */
export interface SidebarMark {
  readonly offset: number;
  readonly text: typeof currentMark | typeof openMark;
}

/** A page's marks in its sidebar's template, in the markup's order: its current link, and `open` on collapsed groups around it. */
export function marksFor(template: SidebarTemplate, sidebar: Sidebar): SidebarMark[] {
  const marks: SidebarMark[] = [];
  let link = 0;
  let group = 0;
  const walk = (entries: Sidebar): boolean => {
    let holdsCurrent = false;
    for (const entry of entries) {
      if (entry.type === 'link') {
        if (entry.isCurrent) marks.push({ offset: template.linkOffsets[link] ?? 0, text: currentMark });
        holdsCurrent ||= entry.isCurrent;
        link += 1;
        continue;
      }
      const offset = template.groupOffsets[group] ?? 0;
      group += 1;
      const markIndex = marks.length;
      const inner = walk(entry.entries);
      if (inner && entry.collapsed) marks.splice(markIndex, 0, { offset, text: openMark });
      holdsCurrent ||= inner;
    }
    return holdsCurrent;
  };
  walk(sidebar);
  return marks;
}

/** The template's markup with a page's marks. */
export function markCurrent(template: SidebarTemplate, sidebar: Sidebar): string {
  let html = '';
  let from = 0;
  for (const mark of marksFor(template, sidebar)) {
    html += template.html.slice(from, mark.offset) + mark.text;
    from = mark.offset;
  }
  return html + template.html.slice(from);
}
