import plantumlEncoder from 'plantuml-encoder';
import type { ArchbookConfig } from '../config/schema.ts';

/**
 * "Open in the PlantUML editor": the expanded text (local includes inlined, since the editor cannot read
 * them) encoded with plantuml-encoder after the editor URL, or after `<server>/uml/` when a PlantUML server
 * is configured. Pure.
 */
export function editorLink(settings: ArchbookConfig['diagrams'], text: string): string {
  const base =
    settings.server !== undefined && settings.serverKind === 'plantuml'
      ? `${settings.server.replace(/\/+$/, '')}/uml/`
      : settings.editorUrl;
  return `${base.endsWith('/') ? base : `${base}/`}${plantumlEncoder.encode(text)}`;
}
