/** Where a build's page bundle leaves its sidebar templates for the integration (sidebar-templates.ts, finish-sidebars.ts). */
export const sidebarTemplatesKey = Symbol.for('archbook.sidebar-templates');
