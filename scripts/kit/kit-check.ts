import type { Finding } from '../findings.ts';
import type { RuleDefinition } from '../rules/rule.ts';
import { assembleKit, type AssembledFile } from './assemble.ts';
import { validateImportContracts } from './importlinter.ts';
import type { KitScope } from './kit-scopes.ts';
import { verifyChecks } from './verify-checks.ts';

/** The assembled kit of one scope. */
export interface ScopeKit {
  readonly scope: Omit<KitScope, 'includes'>;
  readonly files: readonly AssembledFile[];
}

/**
 * Assembles each scope's kit from its rules' kit blocks, validates import-linter contracts, and verifies
 * every `checkedBy` against the kits and the Redocly rules. Pure: the caller reads `redocly.yaml`.
 */
export function checkKits(
  rules: readonly RuleDefinition[],
  scopes: readonly KitScope[],
  redoclyRules: ReadonlySet<string>,
): { kits: ScopeKit[]; findings: Finding[] } {
  const findings = new Map<string, Finding>();
  const add = (list: readonly Finding[]) => {
    // A conflict between two universal rules shows up in every scope: report it once.
    for (const finding of list) findings.set(`${finding.code}\u0000${finding.message}`, finding);
  };
  const kits = scopes.map(({ includes, ...scope }) => {
    const assembled = assembleKit(rules.filter(includes));
    add(assembled.findings);
    for (const file of assembled.files) if (file.file === 'pyproject.toml') add(validateImportContracts(file));
    return { scope, files: assembled.files };
  });
  const everyFile = kits.flatMap((kit) => kit.files);
  add(verifyChecks(rules, { kitFiles: everyFile, redoclyRules }));
  return { kits, findings: [...findings.values()] };
}
