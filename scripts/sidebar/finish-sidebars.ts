import type { AstroIntegrationLogger } from 'astro';
import { fillSidebars } from './fill-sidebars.ts';
import type { SidebarTemplates } from './sidebar-templates.ts';
import { sidebarTemplatesKey } from './templates-key.ts';

/**
 * After a build (and its Pagefind index): writes the sidebars left out of the pages into them, then says
 * how the sidebars were drawn; out loud only when Starlight's markup no longer matched a template (a
 * Starlight release that draws its sidebar differently): pages are right, builds slower.
 */
export async function finishSidebars(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const templates = (globalThis as { [sidebarTemplatesKey]?: SidebarTemplates })[sidebarTemplatesKey];
  if (templates === undefined) return;
  const filled = await fillSidebars(outDir, templates.deferred);
  const { fromTemplate, drawn, refused } = templates.counts;
  const counts = `sidebars: ${fromTemplate} from a template (${filled} written in after Pagefind), ${drawn} drawn by Starlight`;
  if (refused === 0) logger.debug(counts);
  else
    logger.warn(
      `${counts}, ${refused} of them because marking the template did not give Starlight's own markup: the pages are right, the build slower (report it with the Starlight version: scripts/sidebar/sidebar-template.ts expects its sidebar's markup)`,
    );
}
