import type { AstroIntegrationLogger } from 'astro';
import type { SidebarTemplates } from './sidebar-templates.ts';

/** Where the page bundle leaves its sidebar templates for the integration (sidebar-templates.ts). */
export const sidebarTemplatesKey = Symbol.for('archbook.sidebar-templates');

/**
 * Says after a build how the pages' sidebars were drawn; out loud only when Starlight's markup no longer
 * matched a template (a Starlight release that draws its sidebar differently): pages are right, builds slower.
 */
export function reportSidebarTemplates(logger: AstroIntegrationLogger): void {
  const templates = (globalThis as { [sidebarTemplatesKey]?: SidebarTemplates })[sidebarTemplatesKey];
  if (templates === undefined) return;
  const { fromTemplate, drawn, refused } = templates.counts;
  const counts = `sidebars: ${fromTemplate} from a template, ${drawn} drawn by Starlight`;
  if (refused === 0) logger.debug(counts);
  else
    logger.warn(
      `${counts}, ${refused} of them because marking the template did not give Starlight's own markup: the pages are right, the build slower (report it with the Starlight version: scripts/sidebar/sidebar-template.ts expects its sidebar's markup)`,
    );
}
