// The generated kit, run for real: each tool reads the kit's files without error and reports exactly what
// the rules forbid in a small Python package written to break them.
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadArchbookConfig } from '../../scripts/config/load.ts';
import { publishKits } from '../../scripts/kit/publish.ts';
import { checkRules } from '../../scripts/rules/check.ts';
import { engineRoot } from '../helpers/build.ts';
import { findPythonTool, runPythonTool, type PythonTool } from '../helpers/python-tools.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';

/** Writes one scope's kit of the fixture handbook beside a copy of the Python package; returns the folder. */
async function packageWithKit(scope: string): Promise<string> {
  const root = path.join(engineRoot, 'tests/fixtures/kit');
  const check = checkRules(root, await loadArchbookConfig(root));
  assert.deepEqual(check.findings, []);
  const kit = publishKits({
    title: 'fixture',
    rules: check.registry.rules,
    kits: check.kits,
    permalink: (id) => `/rules/${id}/`,
  }).kits.find((candidate) => candidate.id === scope);
  assert.ok(kit, `the fixture has no kit for ${scope}`);
  const folder = temporaryFolder('archbook-kit-tools-');
  cpSync(path.join(engineRoot, 'tests/fixtures/kit-python'), folder, { recursive: true });
  for (const file of kit.files) writeFileSync(path.join(folder, file.name), file.text);
  return folder;
}

/** The tool, or a skip outside CI (where .ci/run installs every tool, so a missing one fails). */
function tool(name: Parameters<typeof findPythonTool>[0], skip: (message: string) => void): PythonTool | undefined {
  const found = findPythonTool(name);
  if (found === undefined) {
    assert.notEqual(process.env['CI'], 'true', `${name} is missing; .ci/run installs it from Debian`);
    skip(`${name} is not installed`);
  }
  return found;
}

const orders = 'shop/application/orders.py';

describe('the generated kit, run by the real tools', () => {
  it('isort reports the unsorted imports', async (t) => {
    const isort = tool('isort', (message) => t.skip(message));
    if (!isort) return;
    const { status, output } = runPythonTool(
      isort,
      ['--check-only', '--settings-path', '.', 'shop'],
      await packageWithKit('classic'),
    );
    assert.equal(status, 1);
    assert.match(output, new RegExp(`ERROR: .*${orders} Imports are incorrectly sorted`));
    assert.doesNotMatch(output, /storage\.py/);
  });

  it('flake8 reports the long line against the kit limit of 80', async (t) => {
    const flake8 = tool('flake8', (message) => t.skip(message));
    if (!flake8) return;
    const { status, output } = runPythonTool(
      flake8,
      ['--config', 'setup.cfg', '--select', 'E501', 'shop'],
      await packageWithKit('classic'),
    );
    assert.equal(status, 1);
    assert.equal(output.trim(), `${orders}:11:81: E501 line too long (85 > 80 characters)`);
  });

  it('yapf wants to rewrap the long line at column 80', async (t) => {
    const yapf = tool('yapf', (message) => t.skip(message));
    if (!yapf) return;
    const { status, output } = runPythonTool(
      yapf,
      ['--style', 'pyproject.toml', '--diff', orders],
      await packageWithKit('classic'),
    );
    assert.equal(status, 1);
    assert.match(output, /^- {4}return name\.upper\(\) \+ " is described here"/m);
  });

  it('mypy reads [tool.mypy] and reports the unchecked Optional', async (t) => {
    const mypy = tool('mypy', (message) => t.skip(message));
    if (!mypy) return;
    const folder = await packageWithKit('classic');
    const { status, output } = runPythonTool(
      mypy,
      ['--config-file', 'pyproject.toml', '--no-incremental', 'shop'],
      folder,
    );
    assert.equal(status, 1);
    assert.match(
      output,
      new RegExp(`${orders}:11: error: Item "None" of "Optional\\[str\\]" has no attribute "upper"`),
    );
    assert.match(output, /Found 1 error in 1 file/);
  });

  it('black reads [tool.black] and would reformat the 85-character line at 72', async (t) => {
    const black = tool('black', (message) => t.skip(message));
    if (!black) return;
    const { status, output } = runPythonTool(
      black,
      ['--check', '--config', 'pyproject.toml', 'shop'],
      await packageWithKit('modern'),
    );
    assert.equal(status, 1);
    assert.match(output, new RegExp(`would reformat .*${orders}`));
    assert.match(output, /1 file would be reformatted/);
  });
});
