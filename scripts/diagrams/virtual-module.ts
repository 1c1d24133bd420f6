import type { Plugin } from 'vite';
import type { ArchbookConfig } from '../config/schema.ts';
import type { DiagramPipeline } from './pipeline.ts';
import { publishDiagrams } from './published.ts';
import { dataModule } from '../integration/data-module.ts';
import type { RuleTargets } from './rule-links.ts';

const moduleId = 'virtual:archbook/diagrams';
const resolvedId = `\0${moduleId}`;

/** Resolved id of `virtual:archbook/diagrams`, for the dev server to invalidate. */
export const diagramsModuleId = resolvedId;

/** Vite plugin serving `virtual:archbook/diagrams`: the published diagrams of the last good refresh. */
export function diagramsVirtualModule(
  diagrams: DiagramPipeline,
  settings: ArchbookConfig['diagrams'],
  base: string,
  rules: RuleTargets,
): Plugin {
  return {
    name: 'archbook:diagrams',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: async (id) => {
      if (id !== resolvedId) return undefined;
      await diagrams.settled();
      return dataModule(publishDiagrams(diagrams.entries(), settings, base, rules));
    },
  };
}
