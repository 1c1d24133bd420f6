import type { Finding } from '../findings.ts';
import { formatLocation } from '../errors.ts';
import { parseKitFragment } from './parse-fragment.ts';
import type { KitFile, KitFragment, KitSetting } from './setting.ts';

/** What the kit needs of a rule. */
export interface KitRule {
  readonly id: string;
  readonly title: string;
  readonly kit: readonly KitFragment[];
}

/** A setting of the assembled kit and every rule that asks for it. */
export interface AssembledSetting {
  readonly setting: KitSetting;
  /** IDs of the rules that set this key to this value, sorted. */
  readonly ruleIds: readonly string[];
}

/** The settings of one kit file, in the order sections and keys first appear (rules sorted by ID). */
export interface AssembledFile {
  readonly file: KitFile;
  readonly settings: readonly AssembledSetting[];
}

/**
 * Gathers the kit blocks of the given rules into files. Two rules setting one key to different values
 * is a finding: the kit would have to pick one silently. Pure.
 */
export function assembleKit(rules: readonly KitRule[]): { files: AssembledFile[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const byKey = new Map<string, { setting: KitSetting; ruleIds: string[] }>();
  for (const rule of [...rules].sort((a, b) => a.id.localeCompare(b.id, 'en'))) {
    for (const fragment of rule.kit) {
      const parsed = parseKitFragment(fragment, rule.id);
      findings.push(...parsed.findings);
      for (const setting of parsed.settings) {
        const key = `${setting.file}\u0000${setting.section}\u0000${setting.key}`;
        const earlier = byKey.get(key);
        if (!earlier) {
          byKey.set(key, { setting, ruleIds: [rule.id] });
        } else if (JSON.stringify(earlier.setting.value) === JSON.stringify(setting.value)) {
          if (!earlier.ruleIds.includes(rule.id)) earlier.ruleIds.push(rule.id);
        } else {
          findings.push(conflict(setting, earlier.setting));
        }
      }
    }
  }
  const files = new Map<KitFile, AssembledSetting[]>();
  for (const entry of byKey.values()) {
    const list = files.get(entry.setting.file) ?? [];
    list.push({ setting: entry.setting, ruleIds: [...entry.ruleIds].sort() });
    files.set(entry.setting.file, list);
  }
  return {
    files: [...files].map(([file, settings]) => ({ file, settings: groupBySection(settings) })),
    findings,
  };
}

function groupBySection(settings: AssembledSetting[]): AssembledSetting[] {
  // The preamble (section '') must stay above every section header.
  const order = [...new Set(settings.map((entry) => entry.setting.section))].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : 0,
  );
  return order.flatMap((section) => settings.filter((entry) => entry.setting.section === section));
}

function conflict(setting: KitSetting, earlier: KitSetting): Finding {
  const where = setting.isTable ? `[[${setting.section}]] "${setting.key}"` : `[${setting.section}] ${setting.key}`;
  return {
    code: 'KitSettingConflict',
    message: `${setting.ruleId} sets ${setting.file} ${where} to ${JSON.stringify(setting.value)}, but ${earlier.ruleId} (${formatLocation(earlier.location)}) sets it to ${JSON.stringify(earlier.value)}`,
    hint: 'give the two rules different scopes, or make them agree',
    location: setting.location,
  };
}
