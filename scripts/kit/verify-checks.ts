import type { SourceLocation } from '../errors.ts';
import type { Finding } from '../findings.ts';
import type { AssembledFile } from './assemble.ts';
import { checkTools, formatCheck, type CheckReference, type CheckTool } from './checked-by.ts';
import type { KitFile } from './setting.ts';

/** What `checkedBy` is verified against. */
export interface CheckTargets {
  /** Every file of every scope's kit. */
  readonly kitFiles: readonly AssembledFile[];
  /** Rule names configured in `redocly.yaml` (empty when there is none). */
  readonly redoclyRules: ReadonlySet<string>;
}

/** A rule's checks, and where the rule is. */
export interface CheckedRule {
  readonly id: string;
  readonly checkedBy: readonly CheckReference[];
  readonly location: SourceLocation;
}

/** Where a tool's settings live in the kit. */
const toolSections: Partial<Record<CheckTool, { file: KitFile; section: string }>> = {
  yapf: { file: 'pyproject.toml', section: 'tool.yapf' },
  isort: { file: 'pyproject.toml', section: 'tool.isort' },
  black: { file: 'pyproject.toml', section: 'tool.black' },
  mypy: { file: 'pyproject.toml', section: 'tool.mypy' },
  flake8: { file: 'setup.cfg', section: 'flake8' },
  importlinter: { file: 'pyproject.toml', section: 'tool.importlinter.contracts' },
};

/** A flake8 error code: pycodestyle E/W, pyflakes F, mccabe C. */
const flake8CodePattern = /^[A-Z]{1,3}[0-9]{3}$/;

/**
 * Checks that every check a rule names exists: a Redocly rule in `redocly.yaml`, a key or contract in the
 * generated kit, a flake8 code with flake8 configured by the kit. Pure.
 */
export function verifyChecks(rules: readonly CheckedRule[], targets: CheckTargets): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const check of rule.checkedBy) {
      if (exists(check, targets)) continue;
      findings.push({
        code: 'CheckedByUnknownCheck',
        message: `${rule.id} is checked by ${formatCheck(check)}, which ${where(check)} does not have`,
        hint: `name ${checkTools[check.tool]}, or add the setting to a rule's kit block`,
        location: rule.location,
      });
    }
  }
  return findings;
}

function exists(check: CheckReference, targets: CheckTargets): boolean {
  if (check.tool === 'redocly') return targets.redoclyRules.has(check.check);
  if (check.tool === 'editorconfig') return hasKey(targets, '.editorconfig', undefined, check.check);
  const place = toolSections[check.tool];
  if (!place) return false;
  if (check.tool === 'flake8' && flake8CodePattern.test(check.check)) {
    return targets.kitFiles.some(
      (file) => file.file === 'setup.cfg' && file.settings.some((s) => s.setting.section === 'flake8'),
    );
  }
  return hasKey(targets, place.file, place.section, check.check);
}

function hasKey(targets: CheckTargets, file: KitFile, section: string | undefined, key: string): boolean {
  return targets.kitFiles.some(
    (kitFile) =>
      kitFile.file === file &&
      kitFile.settings.some(
        ({ setting }) => (section === undefined || setting.section === section) && setting.key === key,
      ),
  );
}

function where(check: CheckReference): string {
  if (check.tool === 'redocly') return 'redocly.yaml';
  const place = toolSections[check.tool];
  return place ? `the kit's ${place.file} [${place.section}]` : "the kit's .editorconfig";
}
