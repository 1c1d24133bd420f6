import path from 'node:path';
import type { Finding } from '../findings.ts';
import { diagramFinding } from './catalog.ts';
import { diagramExtension, type DiagramEmbed } from './sources.ts';

/** `mills-planner/component.puml` (or `./…`, or without extension) → `mills-planner/component`. */
export function diagramId(src: string): string {
  const clean = path.posix.normalize(src.trim().replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
  return clean.endsWith(diagramExtension) ? clean.slice(0, -diagramExtension.length) : clean;
}

/**
 * Attaches each `::diagram` directive to the entry it names, and reports the ones that name no diagram file
 * at their position. An entry that exists but failed to render is not reported twice. Mutates `entries`.
 */
export function checkEmbeds<T extends { readonly embeds: readonly DiagramEmbed[] }>(
  embeds: readonly DiagramEmbed[],
  known: readonly string[],
  entries: Map<string, T>,
  folder: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const embed of embeds) {
    const id = diagramId(embed.src);
    const entry = entries.get(id);
    if (entry) entries.set(id, { ...entry, embeds: [...entry.embeds, embed] });
    else if (!known.includes(id)) {
      const message = embed.src === '' ? '::diagram has no src attribute' : `${folder}/${embed.src} does not exist`;
      findings.push(
        diagramFinding('DiagramUnknown', message, { file: embed.page, line: embed.line, column: embed.column }),
      );
    }
  }
  return findings;
}
