import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleKit } from '../../../scripts/kit/assemble.ts';
import { readCheckedBy } from '../../../scripts/kit/checked-by.ts';
import { validateImportContracts } from '../../../scripts/kit/importlinter.ts';
import { verifyChecks } from '../../../scripts/kit/verify-checks.ts';

const at = { file: 'style.md', line: 12, column: 1 };

describe('readCheckedBy', () => {
  it('reads space-separated tool:check pairs, quotes keeping spaces', () => {
    const { checks, findings } = readCheckedBy("flake8:E501 importlinter:'Core is independent'", 'STY-001', at);
    assert.deepEqual(findings, []);
    assert.deepEqual(checks, [
      { tool: 'flake8', check: 'E501' },
      { tool: 'importlinter', check: 'Core is independent' },
    ]);
  });

  it('reports an unknown tool and leftover text at the rule', () => {
    const { findings } = readCheckedBy('pylint:C0301 E501', 'STY-001', at);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.line]),
      [
        ['CheckedByMalformed', 12],
        ['CheckedByUnknownTool', 12],
      ],
    );
  });
});

describe('verifyChecks', () => {
  const { files } = assembleKit([
    { id: 'STY-001', title: 'w', kit: [{ file: 'setup.cfg', text: '[flake8]\nmax-line-length = 80', location: at }] },
    {
      id: 'STY-002',
      title: 'y',
      kit: [{ file: 'pyproject.toml', text: '[tool.yapf]\ncolumn_limit = 80', location: at }],
    },
  ]);
  const targets = { kitFiles: files, redoclyRules: new Set(['rule/HTTP-001-status']) };
  const verify = (check: string) => {
    const { checks } = readCheckedBy(check, 'X-001', at);
    return verifyChecks([{ id: 'X-001', checkedBy: checks, location: at }], targets).map((finding) => finding.message);
  };

  it('accepts checks the kit or redocly.yaml has', () => {
    assert.deepEqual(verify('flake8:E501 flake8:max-line-length yapf:column_limit redocly:rule/HTTP-001-status'), []);
  });

  it('rejects a key the kit does not set, naming where it looked', () => {
    assert.deepEqual(verify('yapf:indent_width'), [
      "X-001 is checked by yapf:indent_width, which the kit's pyproject.toml [tool.yapf] does not have",
    ]);
    assert.deepEqual(verify('redocly:rule/HTTP-009'), [
      'X-001 is checked by redocly:rule/HTTP-009, which redocly.yaml does not have',
    ]);
    assert.equal(verify('mypy:strict_optional').length, 1);
  });
});

describe('validateImportContracts', () => {
  const contracts = (text: string) =>
    assembleKit([{ id: 'LAY-001', title: 'l', kit: [{ file: 'pyproject.toml', text, location: at }] }]).files[0];

  it('accepts the documented forbidden, layers and independence shapes', () => {
    const file = contracts(
      [
        '[tool.importlinter]',
        'root_package = "shop"',
        '[[tool.importlinter.contracts]]',
        'name = "a"\ntype = "forbidden"\nsource_modules = ["shop.core"]\nforbidden_modules = ["shop.adapters"]',
        '[[tool.importlinter.contracts]]',
        'name = "b"\ntype = "layers"\nlayers = ["shop.composites", "shop.adapters", "shop.application"]',
        '[[tool.importlinter.contracts]]',
        'name = "c"\ntype = "independence"\nmodules = ["shop.orders | shop.billing"]',
      ].join('\n'),
    );
    assert.ok(file);
    assert.deepEqual(validateImportContracts(file), []);
  });

  it('reports a missing root package, an unknown type and a missing key', () => {
    const file = contracts(
      [
        '[[tool.importlinter.contracts]]',
        'name = "a"\ntype = "forbiden"',
        '[[tool.importlinter.contracts]]',
        'name = "b"\ntype = "forbidden"\nsource_modules = ["shop.core"]',
      ].join('\n'),
    );
    assert.ok(file);
    assert.deepEqual(
      validateImportContracts(file).map((finding) => finding.message),
      [
        'the kit has import-linter contracts but [tool.importlinter] names no root_package',
        'import-linter contract "a" of LAY-001 has type "forbiden", which import-linter does not define (forbidden, layers, independence, protected, acyclic_siblings)',
        'import-linter contract "b" of LAY-001 lacks forbidden_modules',
      ],
    );
  });
});
