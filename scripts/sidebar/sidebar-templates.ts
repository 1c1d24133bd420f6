import { sidebarTemplatesKey } from './templates-key.ts';
import { DeferredSidebars } from './deferred-sidebars.ts';
import {
  markCurrent,
  marksFor,
  sameShape,
  templateFrom,
  type Sidebar,
  type SidebarTemplate,
} from './sidebar-template.ts';

/** A shape's template, and whether a second page drawn by Starlight confirmed it. */
interface Kept {
  readonly shape: Sidebar;
  readonly template?: SidebarTemplate;
  readonly state: 'pending' | 'confirmed' | 'refused';
}

/** How many sidebars of different shape are kept: a build has one or two, a dev server meets new ones as pages come and go. */
const kept = 8;

/**
 * The sidebar markup of the pages drawn so far, by shape. The first page of a shape is drawn by Starlight
 * and gives the template; the second is drawn by Starlight too and confirms it (marking the template for
 * that page must give exactly Starlight's markup) or refuses it. Every later page of a confirmed shape gets
 * the template's markup with its own marks; of a refused one, Starlight's.
 */
export class SidebarTemplates {
  readonly #kept: Kept[] = [];
  /** Pages whose sidebar came from a template; drawn by Starlight; drawn because the shape's template was refused. */
  readonly counts = { fromTemplate: 0, drawn: 0, refused: 0 };
  /** The sidebars left out of a build's pages, written in after Pagefind (fill-sidebars.ts). */
  readonly deferred = new DeferredSidebars();

  /**
   * The page's sidebar markup from a confirmed template (with `defer`, a placeholder for it), or
   * `undefined`: Starlight draws it, then {@link learn}.
   */
  markupFor(sidebar: Sidebar, defer = false): string | undefined {
    const index = this.#kept.findIndex((entry) => sameShape(entry.shape, sidebar));
    const entry = this.#kept[index];
    if (entry === undefined) return undefined;
    this.#kept.splice(index, 1);
    this.#kept.unshift(entry);
    if (entry.state !== 'confirmed' || entry.template === undefined) return undefined;
    this.counts.fromTemplate += 1;
    const { template } = entry;
    return defer
      ? this.deferred.placeholder({ template, marks: marksFor(template, sidebar) })
      : markCurrent(template, sidebar);
  }

  /** Learns from a page whose sidebar Starlight drew (`pageHtml`). */
  learn(sidebar: Sidebar, pageHtml: string): void {
    this.counts.drawn += 1;
    const entry = this.#kept.find((candidate) => sameShape(candidate.shape, sidebar));
    if (entry === undefined) {
      const template = templateFrom(sidebar, pageHtml);
      this.#keep(
        template === undefined
          ? { shape: sidebar, state: 'refused' }
          : { shape: template.shape, template, state: 'pending' },
      );
    } else if (entry.state === 'pending' && entry.template !== undefined) {
      const confirmed = markCurrent(entry.template, sidebar) === pageHtml;
      this.#keep({ ...entry, state: confirmed ? 'confirmed' : 'refused' }, entry);
    }
    if (this.#kept[0]?.state === 'refused') this.counts.refused += 1;
  }

  #keep(entry: Kept, replacing?: Kept): void {
    if (replacing !== undefined) this.#kept.splice(this.#kept.indexOf(replacing), 1);
    this.#kept.unshift(entry);
    this.#kept.length = Math.min(this.#kept.length, kept);
  }
}

/**
 * The templates of this evaluation of the module: a build's page bundle, or a dev server's until it reloads.
 * Also left on `globalThis`, where the integration reads the counts after a build (finish-sidebars.ts):
 * the Sidebar component runs inside Astro's page bundle, a module apart from the integration's.
 */
export const sidebarTemplates = new SidebarTemplates();
(globalThis as { [sidebarTemplatesKey]?: SidebarTemplates })[sidebarTemplatesKey] = sidebarTemplates;
