import { stringify } from 'smol-toml';
import { formatIniEntry } from './ini.ts';
import { kitFileFormats, type KitValue } from './setting.ts';
import type { AssembledFile, AssembledSetting } from './assemble.ts';

/** How a rule is named in a comment of the kit. */
export interface KitRuleLabel {
  readonly id: string;
  readonly title: string;
  /** Absolute when the site URL is known, else the permalink path. */
  readonly permalink: string;
}

/** Header lines and rule lookup for {@link writeKitFile}. */
export interface KitWriteOptions {
  readonly header: readonly string[];
  readonly rule: (id: string) => KitRuleLabel;
}

/**
 * Writes one kit file: a header, then every section with each setting preceded by a comment naming the
 * rule(s) that ask for it and their permalinks. Deterministic for the same input.
 */
export function writeKitFile(file: AssembledFile, options: KitWriteOptions): string {
  const format = kitFileFormats[file.file];
  const lines = options.header.map((line) => `# ${line}`);
  let section: string | undefined;
  for (const entry of file.settings) {
    const { setting } = entry;
    if (setting.isTable) {
      lines.push('', `[[${setting.section}]]`, ...comments(entry, options), tomlTable(setting.value));
      section = undefined;
      continue;
    }
    if (setting.section !== section) {
      section = setting.section;
      if (section !== '') lines.push('', `[${section}]`);
    }
    const value =
      format === 'toml'
        ? stringify({ [setting.key]: setting.value }).trimEnd()
        : formatIniEntry(
            setting.key,
            typeof setting.value === 'string' ? setting.value : JSON.stringify(setting.value),
          );
    lines.push(...comments(entry, options), value);
  }
  return `${lines.join('\n')}\n`;
}

function comments(entry: AssembledSetting, options: KitWriteOptions): string[] {
  return entry.ruleIds.map((id) => {
    const rule = options.rule(id);
    return `# ${rule.id}: ${rule.title} (${rule.permalink})`;
  });
}

function tomlTable(value: KitValue): string {
  return stringify(value).trimEnd();
}
