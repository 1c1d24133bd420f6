import type { Finding } from '../findings.ts';
import type { AssembledFile } from './assemble.ts';

/** Keys each import-linter contract type requires, from import-linter's documented contract types. */
const requiredKeys: Record<string, readonly string[]> = {
  forbidden: ['source_modules', 'forbidden_modules'],
  layers: ['layers'],
  independence: ['modules'],
  protected: ['protected_modules'],
  acyclic_siblings: ['ancestors'],
};

/** Module lists in a contract: each entry a dotted module name. */
const moduleListKeys = ['source_modules', 'forbidden_modules', 'layers', 'modules', 'protected_modules'];

/**
 * Validates the import-linter part of a kit's `pyproject.toml` against import-linter's documented format
 * (import-linter itself is not installable here): `[tool.importlinter]` names `root_package` or
 * `root_packages`; every contract has a `name`, a known `type` and that type's required keys, each a
 * non-empty list of dotted module names. Pure.
 */
export function validateImportContracts(file: AssembledFile): Finding[] {
  const contracts = file.settings.filter(({ setting }) => setting.section === 'tool.importlinter.contracts');
  if (contracts.length === 0) return [];
  const findings: Finding[] = [];
  const top = file.settings.filter(({ setting }) => setting.section === 'tool.importlinter');
  if (!top.some(({ setting }) => setting.key === 'root_package' || setting.key === 'root_packages')) {
    const first = contracts[0]?.setting;
    findings.push({
      code: 'KitImportLinterRoot',
      message: 'the kit has import-linter contracts but [tool.importlinter] names no root_package',
      hint: 'add root_package = "<package>" under [tool.importlinter] in the rule that sets the contracts',
      location: first?.location ?? { file: file.file },
    });
  }
  for (const { setting } of contracts) {
    const contract = setting.value as Record<string, unknown>;
    const type = typeof contract['type'] === 'string' ? contract['type'] : '';
    const required = requiredKeys[type];
    const problem =
      typeof contract['name'] !== 'string'
        ? 'has no name'
        : required === undefined
          ? `has type "${type}", which import-linter does not define (${Object.keys(requiredKeys).join(', ')})`
          : missingOrMalformed(contract, required);
    if (problem === undefined) continue;
    findings.push({
      code: 'KitImportLinterContract',
      message: `import-linter contract "${setting.key}" of ${setting.ruleId} ${problem}`,
      hint: 'see import-linter\'s "Contract types" documentation for the keys each type needs',
      location: setting.location,
    });
  }
  return findings;
}

function missingOrMalformed(contract: Record<string, unknown>, required: readonly string[]): string | undefined {
  const missing = required.find((key) => contract[key] === undefined);
  if (missing !== undefined) return `lacks ${missing}`;
  for (const key of moduleListKeys) {
    const value = contract[key];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length === 0 || !value.every(isModuleName)) {
      return `has ${key} that is not a non-empty list of dotted module names`;
    }
  }
  return undefined;
}

function isModuleName(value: unknown): boolean {
  // Layers may hold siblings separated by | or : (independent / non-independent), each a module name.
  return typeof value === 'string' && value.split(/\s*[|:]\s*/).every((part) => /^[A-Za-z_][\w.]*$/.test(part));
}
