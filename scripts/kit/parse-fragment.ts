import { parse, TomlError } from 'smol-toml';
import type { Finding } from '../findings.ts';
import { IniSyntaxError, parseIni } from './ini.ts';
import { kitFileFormats, type KitFragment, type KitSetting, type KitValue } from './setting.ts';

/**
 * Turns a rule's kit block into settings: one per key, one per table of an array of tables
 * (import-linter contracts, keyed by `name`). Syntax errors become findings at the block's line.
 */
export function parseKitFragment(
  fragment: KitFragment,
  ruleId: string,
): { settings: KitSetting[]; findings: Finding[] } {
  const at = (offset: number) => ({
    file: fragment.location.file,
    line: fragment.location.line === undefined ? undefined : fragment.location.line + offset - 1,
  });
  try {
    if (kitFileFormats[fragment.file] === 'ini') {
      const settings = parseIni(fragment.text).map((entry) => ({
        file: fragment.file,
        section: entry.section,
        key: entry.key,
        value: entry.value,
        isTable: false,
        ruleId,
        location: at(entry.line),
      }));
      return { settings, findings: [] };
    }
    const settings: KitSetting[] = [];
    flattenToml(parse(fragment.text) as Record<string, KitValue>, [], (section, key, value, isTable) =>
      settings.push({ file: fragment.file, section, key, value, isTable, ruleId, location: at(1) }),
    );
    return { settings, findings: [] };
  } catch (error) {
    if (!(error instanceof TomlError || error instanceof IniSyntaxError)) throw error;
    const message = error.message.split('\n')[0] ?? error.message;
    return {
      settings: [],
      findings: [
        {
          code: 'KitBlockSyntax',
          message: `the ${fragment.file} block of ${ruleId} does not parse: ${message}`,
          hint: `fix the block so that it is valid ${kitFileFormats[fragment.file].toUpperCase()}`,
          location: at(error.line),
        },
      ],
    };
  }
}

type Emit = (section: string, key: string, value: KitValue, isTable: boolean) => void;

function flattenToml(table: Record<string, KitValue>, path: string[], emit: Emit): void {
  for (const [key, value] of Object.entries(table)) {
    if (isTable(value)) {
      flattenToml(value, [...path, key], emit);
    } else if (Array.isArray(value) && value.length > 0 && value.every(isTable)) {
      for (const item of value) emit([...path, key].join('.'), tableName(item), item, true);
    } else {
      emit(path.join('.'), key, value, false);
    }
  }
}

function isTable(value: unknown): value is Record<string, KitValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tableName(table: Record<string, KitValue>): string {
  const name = table['name'];
  return typeof name === 'string' ? name : JSON.stringify(table);
}
