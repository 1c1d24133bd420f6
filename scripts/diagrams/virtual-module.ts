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

/** Makes every environment of the dev server load `virtual:archbook/diagrams` again. */
export function invalidateDiagramsModule(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    const module = environment.moduleGraph.getModuleById(resolvedId);
    if (module) environment.moduleGraph.invalidateModule(module);
  }
}
