import type { Code, RootContent } from 'mdast';
import type { Finding } from '../findings.ts';
import { isKitFile, kitFileFormats, type KitFragment } from './setting.ts';

/** `kit="pyproject.toml"` (or unquoted) in a fence's meta marks a settings block of the kit. */
const kitMetaPattern = /(?:^|\s)kit=(?:"([^"]*)"|(\S+))/;

/**
 * Collects the kit blocks among a rule's children: fenced code whose meta names a kit file.
 * Pure; positions come from the Markdown parse.
 * @param file - display path of the page, for findings
 */
export function readKitFragments(
  children: readonly RootContent[],
  file: string,
): { fragments: KitFragment[]; findings: Finding[] } {
  const fragments: KitFragment[] = [];
  const findings: Finding[] = [];
  for (const child of children) {
    if (child.type !== 'code') continue;
    const match = kitMetaPattern.exec(child.meta ?? '');
    if (!match) continue;
    const name = match[1] ?? match[2] ?? '';
    const line = child.position?.start.line;
    if (!isKitFile(name)) {
      findings.push({
        code: 'KitFileUnknown',
        message: `a kit block names "${name}", which is not a kit file`,
        hint: `name one of ${Object.keys(kitFileFormats).join(', ')}`,
        location: { file, line, column: child.position?.start.column },
      });
      continue;
    }
    if (!matchesFormat(child, kitFileFormats[name])) {
      findings.push({
        code: 'KitBlockLanguage',
        message: `the kit block for ${name} is marked \`${child.lang ?? '(none)'}\``,
        hint: `mark it \`${kitFileFormats[name]}\` so readers and the kit read it the same way`,
        location: { file, line, column: child.position?.start.column },
      });
      continue;
    }
    fragments.push({
      file: name,
      text: child.value,
      location: { file, line: line === undefined ? undefined : line + 1 },
    });
  }
  return { fragments, findings };
}

function matchesFormat(node: Code, format: string): boolean {
  const lang = (node.lang ?? '').toLowerCase();
  return lang === format || (format === 'ini' && (lang === 'cfg' || lang === 'editorconfig'));
}
