import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'smol-toml';
import { parseIni } from '../../scripts/kit/ini.ts';
import { buildFixture, copyFixture } from '../helpers/build.ts';

const page = 'site/content/docs/guidelines/code-style.md';

function edit(root: string, change: (source: string) => string): void {
  const file = path.join(root, page);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('the tool kit generated from the rules', () => {
  const root = copyFixture('kit');
  const read = (file: string) => readFileSync(path.join(root, 'dist', file), 'utf8');

  it('publishes each file with every setting under a comment naming an existing rule', async () => {
    const build = await buildFixture('kit', { reuseRoot: root });
    assert.equal(build.code, 0, build.output);
    assert.match(build.output, /machine-checked: 4 of 5 MUST, 2 of 2 SHOULD rules/);
    const rules = JSON.parse(read('rules.json')) as { rules: { id: string; checkedBy: string[] }[] };
    const ids = new Set(rules.rules.map((rule) => rule.id));
    const pyproject = read('kit/classic/pyproject.toml');
    const parsed = parse(pyproject) as { tool: { yapf: { column_limit: number } } };
    assert.equal(parsed.tool.yapf.column_limit, 80);
    assert.deepEqual(
      parseIni(read('kit/classic/setup.cfg')).map((entry) => [entry.section, entry.key, entry.value]),
      [['flake8', 'max-line-length', '80']],
    );
    const ruleComment = (line: string | undefined) => {
      const match = /^# ([A-Z]+-\d{3}): .* \(\/rules\/\1\/\)$/.exec(line ?? '');
      return match !== null && ids.has(match[1] ?? '');
    };
    for (const file of ['pyproject.toml', 'setup.cfg', '.editorconfig']) {
      const lines = read(`kit/classic/${file}`).split('\n');
      let tableHeader = -1;
      lines.forEach((line, index) => {
        if (line.startsWith('[')) tableHeader = line.startsWith('[[') ? index : -1;
        if (!/^[\w-]+ = /.test(line)) return;
        // A table of an array of tables is named once, under its [[header]]; any other setting right above it.
        const comment = tableHeader >= 0 ? lines[tableHeader + 1] : lines[index - 1];
        assert.ok(ruleComment(comment), `${file}: "${line}" is not under a comment naming a rule`);
      });
    }
    assert.match(read('kit/classic/Makefile'), /format:\n\tisort \.\n\tyapf --in-place --recursive \.\n/);
    assert.deepEqual(rules.rules.find((rule) => rule.id === 'STY-001')?.checkedBy, [
      'yapf:column_limit',
      'flake8:E501',
      'flake8:max-line-length',
      'isort:line_length',
    ]);
    assert.match(read('kit/modern/pyproject.toml'), /\[tool\.black\]\n# STY-005: .*\nline-length = 72\n/);
    assert.doesNotMatch(read('kit/modern/pyproject.toml'), /tool\.yapf/);
    assert.match(read('kit/modern/pyproject.toml'), /\[\[tool\.importlinter\.contracts\]\]/);
    const kitPage = read('kit/index.html');
    assert.match(kitPage, /href="\/kit\/classic\/pyproject\.toml" download="pyproject\.toml"/);
    const coverage = read('rules/coverage/index.html');
    assert.match(coverage, /4 of 5 MUST/);
    assert.match(coverage, /<code>STY-004<\/code><\/a> Name things after the domain/);
    assert.match(read('guidelines/code-style/index.html'), /Checked by <code>yapf:column_limit<\/code>/);
  });

  it('stops the build with file:line on a check the kit does not have, leaving dist as it was', async () => {
    const before = read('kit/classic/pyproject.toml');
    edit(root, (source) =>
      source.replace('checkedBy="mypy:strict_optional"', 'checkedBy="mypy:disallow_any_generics"'),
    );
    const build = await buildFixture('kit', { reuseRoot: root });
    assert.notEqual(build.code, 0);
    assert.match(
      build.output,
      /code-style\.md:73:1 {2}TYP-001 is checked by mypy:disallow_any_generics, which the kit's pyproject\.toml \[tool\.mypy\] does not have/,
    );
    assert.match(build.output, /\[CheckedByUnknownCheck\]/);
    assert.equal(read('kit/classic/pyproject.toml'), before);
  });

  it('follows a changed line length in the rule into the generated pyproject.toml', async () => {
    edit(root, (source) =>
      source
        .replace('mypy:disallow_any_generics', 'mypy:strict_optional')
        .replace('column_limit = 80', 'column_limit = 100'),
    );
    const build = await buildFixture('kit', { reuseRoot: root });
    assert.equal(build.code, 0, build.output);
    assert.match(
      read('kit/classic/pyproject.toml'),
      /# STY-001: Keep lines within 80 characters \(\/rules\/STY-001\/\)\ncolumn_limit = 100\n/,
    );
  });
});
