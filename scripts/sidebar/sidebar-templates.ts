import type { DeferredSidebars } from './deferred-sidebars.ts';
import { sidebarTemplatesKey } from './templates-key.ts';
import {
  markCurrent,
  marksFor,
  sameShape,
  templateFrom,
  type Sidebar,
  type SidebarMark,
  type SidebarTemplate,
} from './sidebar-template.ts';

/** What a page drawn by Starlight can confirm of a template: the markup itself, and each kind of mark. */
type Confirmable = 'markup' | SidebarMark['text'];

/** A shape's template (none once refused), and what pages drawn by Starlight confirmed of it. */
interface Kept {
  readonly shape: Sidebar;
  readonly template: SidebarTemplate | undefined;
  readonly confirmed: ReadonlySet<Confirmable>;
}

/** How many sidebars of different shape are kept: a build has one or two, a dev server meets new ones as pages come and go. */
const kept = 8;

/** What a page's marks need confirmed before the template may draw them. */
function needs(marks: readonly SidebarMark[]): Confirmable[] {
  return ['markup', ...marks.map((mark) => mark.text)];
}

/**
 * The sidebar markup of the pages drawn so far, by shape. The first page of a shape is drawn by Starlight
 * and gives the template. A page gets the template's markup with its own marks only once pages drawn by
 * Starlight confirmed the template and each kind of mark the page needs (a current link; `open` on a
 * collapsed group): such a page must equal the template marked for it. One that does not refuses the
 * template, and Starlight draws every page of that shape.
 */
export class SidebarTemplates {
  readonly #kept: Kept[] = [];
  /** Pages whose sidebar came from a template; drawn by Starlight; drawn because the shape's template was refused. */
  readonly counts = { fromTemplate: 0, drawn: 0, refused: 0 };

  /**
   * The page's sidebar markup from a confirmed template (a placeholder for it when a build's `deferred`
   * sidebars are given), or `undefined`: Starlight draws it, then {@link learn}.
   */
  markupFor(sidebar: Sidebar, deferred?: DeferredSidebars): string | undefined {
    const entry = this.#find(sidebar);
    if (entry?.template === undefined) {
      if (entry !== undefined) this.counts.refused += 1;
      return undefined;
    }
    const { template, confirmed } = entry;
    const marks = marksFor(template, sidebar);
    if (!needs(marks).every((need) => confirmed.has(need))) return undefined;
    this.counts.fromTemplate += 1;
    return deferred === undefined ? markCurrent(template, sidebar) : deferred.placeholder({ template, marks });
  }

  /** Learns from a page whose sidebar Starlight drew (`pageHtml`). */
  learn(sidebar: Sidebar, pageHtml: string): void {
    this.counts.drawn += 1;
    const entry = this.#find(sidebar);
    if (entry === undefined) {
      const template = templateFrom(sidebar, pageHtml);
      this.#keep({ shape: template?.shape ?? sidebar, template, confirmed: new Set() });
    } else if (entry.template !== undefined) {
      const matches = markCurrent(entry.template, sidebar) === pageHtml;
      const confirmed = new Set([...entry.confirmed, ...needs(marksFor(entry.template, sidebar))]);
      this.#keep(matches ? { ...entry, confirmed } : { ...entry, template: undefined }, entry);
      if (!matches) this.counts.refused += 1;
    }
  }

  #find(sidebar: Sidebar): Kept | undefined {
    const entry = this.#kept.find((candidate) => sameShape(candidate.shape, sidebar));
    if (entry !== undefined) this.#keep(entry, entry);
    return entry;
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
