/** One `key = value` line of an INI file, with its section and 1-based line in the text. */
export interface IniEntry {
  readonly section: string;
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

/** A line the INI reader could not understand. */
export class IniSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Reads the INI dialect flake8 (configparser) and EditorConfig share: `[section]`, `key = value`,
 * `#`/`;` comment lines, indented continuation lines joined with a newline.
 * @throws IniSyntaxError naming the line
 */
export function parseIni(text: string): IniEntry[] {
  const entries: { section: string; key: string; value: string; line: number }[] = [];
  // Keys before the first [section] (EditorConfig's `root = true`) belong to the preamble, section ''.
  let section = '';
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    const last = entries.at(-1);
    if (/^\s/.test(raw) && last !== undefined && last.line < line) {
      last.value = last.value === '' ? trimmed : `${last.value}\n${trimmed}`;
      return;
    }
    const header = /^\[([^\]]+)\]$/.exec(trimmed);
    if (header) {
      section = header[1]?.trim() ?? '';
      return;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!pair) throw new IniSyntaxError(`"${trimmed}" is neither a [section] nor key = value`, line);
    entries.push({ section, key: pair[1] ?? '', value: pair[2] ?? '', line });
  });
  return entries;
}

/** `key = value`, continuation lines indented by four spaces as configparser expects. */
export function formatIniEntry(key: string, value: string): string {
  const [first, ...rest] = value.split('\n');
  return [`${key} = ${first ?? ''}`, ...rest.map((line) => `    ${line}`)].join('\n');
}
