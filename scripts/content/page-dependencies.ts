import { sha256 } from '../diagrams/cache.ts';
import type { DiagramPipeline } from '../diagrams/pipeline.ts';
import type { RuleContext } from '../rules/context.ts';

/** What a page's rendering may depend on besides its own text. */
export interface PageDependencySources {
  readonly rules: Pick<RuleContext, 'fingerprint'>;
  /**
   * Left out by the dev server, whose store holds no rendered page (it renders pages on request) and whose
   * diagrams may still be rendering while the store is filled.
   */
  readonly diagrams: Pick<DiagramPipeline, 'fingerprint' | 'plannedEntry' | 'plannedEntries'> | undefined;
}

const ruleSyntax = /\[\[|^\s*:::+\s*rule\b|::dispute\b/m;
const diagramDirective = /::diagram\b[^\n]*/g;
const directiveSource = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s}]+))/;
const diagramFence = /^\s*(?:`{3,}|~{3,})\s*(?:plantuml|puml)\b/im;

/**
 * The part of a page's cache key that its text does not show: the rules it holds or names (their
 * statements, history and kits, and the diagrams that link to them) and the diagrams it embeds (and, when
 * they link to rules, the rules). Astro's content layer keeps a page's rendered HTML while the key is
 * unchanged, so an edited diagram re-renders the pages that show it, an edited rule the pages with rules,
 * and nothing else. Pure, apart from reading the current state of the rules and diagrams.
 */
export function pageDependencyKey(text: string, { rules, diagrams }: PageDependencySources): string {
  const parts: string[] = [];
  if (diagrams === undefined) return ruleSyntax.test(text) ? rules.fingerprint : '';
  if (ruleSyntax.test(text)) parts.push(rules.fingerprint, ruleDiagramsKey(diagrams));
  for (const [directive] of text.matchAll(diagramDirective)) {
    const match = directiveSource.exec(directive);
    const src = match?.[1] ?? match?.[2] ?? match?.[3];
    const entry = src === undefined ? undefined : diagrams.plannedEntry(src);
    // A directive this scan cannot read is keyed by every diagram and the rules: never stale, only slower.
    parts.push(entry?.key ?? diagrams.fingerprint);
    // The diagram's rule links lead to the sections of the rules, which move with them.
    if (entry === undefined || entry.rules.length > 0) parts.push(rules.fingerprint);
  }
  // A fence is rendered from the page's own text, but may include files of the diagrams folder.
  if (diagramFence.test(text)) parts.push(diagrams.fingerprint);
  return parts.join(',');
}

/** Which diagrams link to which rules (rule blocks list them): changes only when a diagram's links do. */
function ruleDiagramsKey(diagrams: NonNullable<PageDependencySources['diagrams']>): string {
  // A diagram named after its kind (no title in its text) is keyed by its picture's key, which decides it.
  const links = diagrams.plannedEntries().map((entry) => [entry.id, entry.title ?? entry.key, entry.rules]);
  return sha256(JSON.stringify(links));
}

/**
 * The part of every page's cache key that no page shows: the engine's code and locked dependencies, the
 * handbook's configuration and where it is hosted. Astro clears its store when its own configuration changes,
 * but the Markdown plugins are functions it cannot compare: a warm build after the engine changed kept the
 * pages the old code had rendered.
 */
export function renderingKey(engine: string, config: unknown, hosting: unknown): string {
  return sha256(JSON.stringify([engine, config, hosting]));
}

const globalKey = Symbol.for('archbook.pageDependencies');
type KeyOf = (text: string) => string;

/**
 * Makes the build's dependency key available to the content collection. The collection is loaded by Vite
 * in a module graph of its own, so the rules and diagrams of the Astro config reach it through `globalThis`.
 */
export function providePageDependencies(
  sources: PageDependencySources & {
    readonly rules: Pick<RuleContext, 'fingerprint' | 'refreshIfChanged'>;
    /** What every page depends on (renderingKey). */
    readonly rendering: string;
  },
): void {
  const keyOf: KeyOf = (text) => {
    // In dev the edited page asks before it renders, ahead of the debounced re-check (scripts/integration/
    // virtual-modules.ts), which also reports a failing check: the page renders with the rules it now holds.
    try {
      sources.rules.refreshIfChanged();
    } catch {
      // The last good rules stay; the re-check shows the problem in the terminal and on every page.
    }
    return `${sources.rendering};${pageDependencyKey(text, sources)}`;
  };
  (globalThis as Record<symbol, KeyOf | undefined>)[globalKey] = keyOf;
}

/** The current dependency key of a page's text; '' when archbook's integration is not running. */
export function currentPageDependencyKey(text: string): string {
  return (globalThis as Record<symbol, KeyOf | undefined>)[globalKey]?.(text) ?? '';
}
