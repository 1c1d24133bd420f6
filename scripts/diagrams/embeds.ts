import path from 'node:path';
import type { Finding } from '../findings.ts';
import { diagramFinding } from './catalog.ts';
import { diagramExtension, type DiagramEmbed } from './sources.ts';

/** `mills-planner/component.puml` (or `./…`, or without extension) → `mills-planner/component`. */
export function diagramId(src: string): string {
  const clean = path.posix.normalize(src.trim().replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
  return clean.endsWith(diagramExtension) ? clean.slice(0, -diagramExtension.length) : clean;
}

/** Reports each `::diagram` directive that names no diagram file in `known`, at its position. Pure. */
export function checkEmbeds(embeds: readonly DiagramEmbed[], known: ReadonlySet<string>, folder: string): Finding[] {
  return embeds
    .filter((embed) => !known.has(diagramId(embed.src)))
    .map((embed) =>
      diagramFinding(
        'DiagramUnknown',
        embed.src === '' ? '::diagram has no src attribute' : `${folder}/${embed.src} does not exist`,
        { file: embed.page, line: embed.line, column: embed.column },
      ),
    );
}

/** Attaches each `::diagram` directive to the entry it names (those of missing diagrams are left out). */
export function attachEmbeds<T extends { readonly embeds: readonly DiagramEmbed[] }>(
  embeds: readonly DiagramEmbed[],
  entries: Map<string, T>,
): void {
  for (const embed of embeds) {
    const id = diagramId(embed.src);
    const entry = entries.get(id);
    if (entry) entries.set(id, { ...entry, embeds: [...entry.embeds, embed] });
  }
}
