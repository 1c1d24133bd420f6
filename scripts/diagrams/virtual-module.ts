import type { Plugin, ViteDevServer } from 'vite';
import type { ArchbookConfig } from '../config/schema.ts';
import type { DiagramPipeline } from './pipeline.ts';
import { publishDiagrams } from './published.ts';

const moduleId = 'virtual:archbook/diagrams';
const resolvedId = `\0${moduleId}`;

/** Vite plugin serving `virtual:archbook/diagrams`: the published diagrams of the last good refresh. */
export function diagramsVirtualModule(
  diagrams: DiagramPipeline,
  settings: ArchbookConfig['diagrams'],
  base: string,
): Plugin {
  return {
    name: 'archbook:diagrams',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) =>
      id === resolvedId
        ? `export default ${JSON.stringify(publishDiagrams(diagrams.entries(), settings, base))};`
        : undefined,
  };
}

/**
 * Makes every environment of the dev server load `virtual:archbook/diagrams` again, and recompile MDX pages
 * (which Vite compiles once, with the diagrams inlined; Markdown pages are re-rendered by the content layer).
 */
export function invalidateDiagramsModule(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const module of graph.idToModuleMap.values()) {
      if (module.id === resolvedId || module.id?.split('?')[0]?.endsWith('.mdx')) graph.invalidateModule(module);
    }
  }
}
