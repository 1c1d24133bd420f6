import type { SidebarMark, SidebarTemplate } from './sidebar-template.ts';

/** A page whose sidebar is written into it after the build: its template and its marks. */
export interface DeferredSidebar {
  readonly template: SidebarTemplate;
  readonly marks: readonly SidebarMark[];
}

/** What a built page carries where its sidebar goes, until fill-sidebars.ts writes the sidebar there. */
export const sidebarPlaceholder = { start: '<!--archbook-sidebar ', end: '-->' } as const;

/**
 * The sidebars a build leaves out of its pages, to write into them once Pagefind has indexed the pages.
 * Four fifths of a page is its sidebar, which Pagefind reads through and indexes nothing of (it indexes the
 * page's `data-pagefind-body`): on 1,268 pages, 3.9 s of Pagefind became about 1 s.
 */
export class DeferredSidebars {
  readonly #pages: DeferredSidebar[] = [];

  /** The placeholder for a page's sidebar. */
  placeholder(sidebar: DeferredSidebar): string {
    this.#pages.push(sidebar);
    return `${sidebarPlaceholder.start}${this.#pages.length - 1}${sidebarPlaceholder.end}`;
  }

  /** The page a placeholder names. */
  page(id: number): DeferredSidebar | undefined {
    return this.#pages[id];
  }

  get count(): number {
    return this.#pages.length;
  }
}
