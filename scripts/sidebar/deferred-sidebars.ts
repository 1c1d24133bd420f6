import { randomBytes } from 'node:crypto';
import type { SidebarMark, SidebarTemplate } from './sidebar-template.ts';

/** What writing a sidebar into a page needs of its template: the markup, and where marks go in it. */
export type FillTemplate = Pick<SidebarTemplate, 'html' | 'linkOffsets' | 'groupOffsets'>;

/** A page whose sidebar is written into it after the build: its template and its marks. */
export interface DeferredSidebar {
  readonly template: FillTemplate;
  readonly marks: readonly SidebarMark[];
}

/**
 * The sidebars a build leaves out of its pages, to write into them once Pagefind has indexed the pages.
 * Four fifths of a page is its sidebar, which Pagefind reads through and indexes nothing of (it indexes the
 * page's `data-pagefind-body`): on 1,268 pages, 3.9 s of Pagefind became about 1 s. Each placeholder
 * carries a number drawn for the build, which no page's own text can know.
 */
export class DeferredSidebars {
  readonly #pages: DeferredSidebar[];
  /** How every placeholder of the build begins. */
  readonly placeholderStart: string;
  readonly placeholderEnd = '-->';

  /**
   * @param handedOver - the placeholders' start and the pages, as another process left them
   *   (sidebar-handoff.ts); a new build's sidebars when absent
   */
  constructor(handedOver?: { readonly placeholderStart: string; readonly pages: readonly DeferredSidebar[] }) {
    this.placeholderStart = handedOver?.placeholderStart ?? `<!--archbook-sidebar ${randomBytes(12).toString('hex')} `;
    this.#pages = [...(handedOver?.pages ?? [])];
  }

  /** The placeholder for a page's sidebar. */
  placeholder(sidebar: DeferredSidebar): string {
    this.#pages.push(sidebar);
    return `${this.placeholderStart}${this.#pages.length - 1}${this.placeholderEnd}`;
  }

  /** The page a placeholder's number names. */
  page(id: number): DeferredSidebar | undefined {
    return this.#pages[id];
  }

  /** Every page's sidebar, in the order of their placeholders' numbers. */
  get pages(): readonly DeferredSidebar[] {
    return this.#pages;
  }

  get count(): number {
    return this.#pages.length;
  }
}
