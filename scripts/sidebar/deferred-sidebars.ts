import { randomBytes } from 'node:crypto';
import type { SidebarMark, SidebarTemplate } from './sidebar-template.ts';

/** A page whose sidebar is written into it after the build: its template and its marks. */
export interface DeferredSidebar {
  readonly template: SidebarTemplate;
  readonly marks: readonly SidebarMark[];
}

/**
 * The sidebars a build leaves out of its pages, to write into them once Pagefind has indexed the pages.
 * Four fifths of a page is its sidebar, which Pagefind reads through and indexes nothing of (it indexes the
 * page's `data-pagefind-body`): on 1,268 pages, 3.9 s of Pagefind became about 1 s. Each placeholder
 * carries a number drawn for the build, which no page's own text can know.
 */
export class DeferredSidebars {
  readonly #pages: DeferredSidebar[] = [];
  /** How every placeholder of the build begins. */
  readonly placeholderStart = `<!--archbook-sidebar ${randomBytes(12).toString('hex')} `;
  readonly placeholderEnd = '-->';

  /** The placeholder for a page's sidebar. */
  placeholder(sidebar: DeferredSidebar): string {
    this.#pages.push(sidebar);
    return `${this.placeholderStart}${this.#pages.length - 1}${this.placeholderEnd}`;
  }

  /** The page a placeholder's number names. */
  page(id: number): DeferredSidebar | undefined {
    return this.#pages[id];
  }

  get count(): number {
    return this.#pages.length;
  }
}
