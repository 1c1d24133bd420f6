import type { Plugin } from 'vite';
import type { RuleContext } from '../rules/context.ts';
import { publishKits } from './publish.ts';
import { dataModule } from '../integration/data-module.ts';

const moduleId = 'virtual:archbook/kit';
const resolvedId = `\0${moduleId}`;

/** Options of {@link kitVirtualModule}. */
export interface KitModuleOptions {
  readonly rules: RuleContext;
  readonly title: string;
  /** Site origin when `SITE_URL` is set, so downloaded files name absolute permalinks. */
  readonly site: string | undefined;
}

/**
 * Vite plugin serving `virtual:archbook/kit`, built lazily from the rule context's last good check. In dev,
 * the rules module's watcher invalidates it with the rules (scripts/integration/virtual-modules.ts).
 */
export function kitVirtualModule({ rules, title, site }: KitModuleOptions): Plugin {
  return {
    name: 'archbook:kit',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) => {
      if (id !== resolvedId) return undefined;
      const permalink = (ruleId: string) =>
        site === undefined ? rules.permalink(ruleId) : new URL(rules.permalink(ruleId), `${site}/`).href;
      const published = publishKits({ title, rules: rules.registry.rules, kits: rules.kits, permalink });
      return dataModule(published);
    },
  };
}
