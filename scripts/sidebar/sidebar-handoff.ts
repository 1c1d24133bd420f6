import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { besideOutput } from '../files/beside-output.ts';
import { DeferredSidebars, type FillTemplate } from './deferred-sidebars.ts';
import type { SidebarMark } from './sidebar-template.ts';

/** A build's left-out sidebars as a file: each template once, each page by its template's number. */
interface SidebarHandoff {
  readonly placeholderStart: string;
  readonly templates: readonly FillTemplate[];
  readonly pages: readonly { readonly template: number; readonly marks: readonly SidebarMark[] }[];
}

/**
 * Where the Astro process leaves a build's sidebars for the build command, which writes them into the
 * pages once it has indexed them (scripts/build/finish-output.ts): beside the output folder, as the
 * permalink pages are.
 */
export function sidebarsBeside(outDir: string): string {
  return besideOutput(outDir, '.sidebars.json');
}

/** Writes the sidebars a build left out of its pages for another process to fill in. */
export function handOverSidebars(file: string, deferred: DeferredSidebars): void {
  const numbers = new Map<FillTemplate, number>();
  const templates: FillTemplate[] = [];
  const pages = deferred.pages.map(({ template, marks }) => {
    let number = numbers.get(template);
    if (number === undefined) {
      number =
        templates.push({
          html: template.html,
          linkOffsets: template.linkOffsets,
          groupOffsets: template.groupOffsets,
        }) - 1;
      numbers.set(template, number);
    }
    return { template: number, marks };
  });
  const handedOver: SidebarHandoff = { placeholderStart: deferred.placeholderStart, templates, pages };
  writeFileSync(file, JSON.stringify(handedOver));
}

/**
 * Reads the sidebars handed over by {@link handOverSidebars} and removes the file.
 * @throws Error when the file is missing (the Astro process stopped early) or names a template it does not hold
 */
export function takeOverSidebars(file: string): DeferredSidebars {
  if (!existsSync(file))
    throw new Error(
      `${file}: the Astro process left no sidebars here, so it ended before its astro:build:done hook was done; build again with --verbose to see where it stopped`,
    );
  const handedOver = JSON.parse(readFileSync(file, 'utf8')) as SidebarHandoff;
  rmSync(file, { force: true });
  const pages = handedOver.pages.map(({ template, marks }) => {
    const drawnFrom = handedOver.templates[template];
    if (drawnFrom === undefined)
      throw new Error(`${file}: a page names sidebar template ${template}, which it does not hold`);
    return { template: drawnFrom, marks };
  });
  return new DeferredSidebars({ placeholderStart: handedOver.placeholderStart, pages });
}
