import type { AstroIntegrationLogger } from 'astro';
import type { DeferredSidebars } from './deferred-sidebars.ts';
import { handOverSidebars, sidebarsBeside } from './sidebar-handoff.ts';
import { closeSidebarFill } from './sidebar-fill.ts';
import type { SidebarTemplates } from './sidebar-templates.ts';
import { sidebarTemplatesKey } from './templates-key.ts';

/**
 * Ends the Astro build's sidebar filling: later renders keep their sidebar; the sidebars left out of the
 * pages are handed over beside the output, for the build command to write in once it has indexed the pages
 * (scripts/build/finish-output.ts). Then says how the sidebars were drawn; out loud only when Starlight's
 * markup did not match a template (a Starlight release that draws its sidebar differently): Starlight then
 * draws every page of that shape.
 */
export function finishSidebarFill(outDir: string, deferred: DeferredSidebars, logger: AstroIntegrationLogger): void {
  closeSidebarFill();
  handOverSidebars(sidebarsBeside(outDir), deferred);
  const templates = (globalThis as { [sidebarTemplatesKey]?: SidebarTemplates })[sidebarTemplatesKey];
  if (templates === undefined) return;
  const { fromTemplate, drawn, refused } = templates.counts;
  const counts = `sidebars: ${fromTemplate} from a template (${deferred.count} left out until Pagefind has indexed the pages), ${drawn} drawn by Starlight`;
  if (refused === 0) logger.debug(counts);
  else
    logger.warn(
      `${counts}, ${refused} of them because marking the template did not give Starlight's own markup. Pages from the template carry only marks that pages drawn by Starlight confirmed; to compare, build once with ARCHBOOK_SIDEBAR_TEMPLATES=0 (Starlight's own sidebar on every page), and report it with the Starlight version: scripts/sidebar/sidebar-template.ts expects its sidebar's markup`,
    );
}
