import type { EnvironmentModuleNode, RunnableDevEnvironment, ViteDevServer } from 'vite';

/**
 * Makes every environment of the dev server evaluate the matching modules, and every module that imports
 * them, afresh on the next request; then clears Astro's route cache (getStaticPaths) and reloads the
 * browser. Importers are included because a server module keeps the exports it imported when it ran.
 * @param matches - picks modules by resolved id, e.g. `\0virtual:archbook/diagrams` or an `.mdx` page
 */
export function invalidateAndReload(server: ViteDevServer, matches: (id: string) => boolean): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    const seen = new Set<EnvironmentModuleNode>();
    const visit = (module: EnvironmentModuleNode) => {
      if (seen.has(module)) return;
      seen.add(module);
      graph.invalidateModule(module, new Set(), timestamp, true);
      // Vite is Astro's dependency, not ours: a runnable environment is recognised by its runner.
      const runner = 'runner' in environment ? (environment as RunnableDevEnvironment).runner : undefined;
      const evaluated = module.id === null ? undefined : runner?.evaluatedModules.getModuleById(module.id);
      if (evaluated) runner?.evaluatedModules.invalidateModule(evaluated);
      for (const importer of module.importers) visit(importer);
    };
    for (const module of graph.idToModuleMap.values()) {
      if (module.id !== null && matches(module.id)) visit(module);
    }
    if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

/**
 * Whether a module is a page compiled on its own: an MDX page, or, in dev, a Markdown page rendered when it
 * is requested (site/content.config.ts defers rendering). Such a page holds the rules and diagrams it showed
 * when it was compiled; invalidating it costs nothing until the page is requested again.
 */
export function isPageModule(id: string): boolean {
  return /\.mdx?$/.test(id.split('?')[0] ?? '');
}
