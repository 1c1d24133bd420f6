import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'smol-toml';
import { assembleKit } from '../../../scripts/kit/assemble.ts';
import { parseIni } from '../../../scripts/kit/ini.ts';
import { writeKitFile } from '../../../scripts/kit/write-file.ts';
import { writeMakefile } from '../../../scripts/kit/makefile.ts';

const rules = [
  {
    id: 'LAY-001',
    title: 'Keep the core free of adapters',
    kit: [
      {
        file: 'pyproject.toml' as const,
        text: '[tool.importlinter]\nroot_package = "shop"\n[[tool.importlinter.contracts]]\nname = "Core"\ntype = "forbidden"\nsource_modules = ["shop.core"]\nforbidden_modules = ["shop.adapters"]',
        location: { file: 'layers.md', line: 3 },
      },
    ],
  },
  {
    id: 'STY-001',
    title: 'Keep lines short',
    kit: [
      {
        file: 'pyproject.toml' as const,
        text: '[tool.black]\nline-length = 111',
        location: { file: 'style.md', line: 9 },
      },
      {
        file: '.editorconfig' as const,
        text: 'root = true\n[*.py]\nmax_line_length = 111',
        location: { file: 'style.md', line: 20 },
      },
    ],
  },
];
const options = {
  header: ['generated'],
  rule: (id: string) => ({
    id,
    title: rules.find((rule) => rule.id === id)?.title ?? id,
    permalink: `https://h.example/rules/${id}/`,
  }),
};

describe('writeKitFile', () => {
  const { files } = assembleKit(rules);

  it('writes TOML that parses back to the settings, each preceded by its rule and permalink', () => {
    const pyproject = files.find((file) => file.file === 'pyproject.toml');
    assert.ok(pyproject);
    const text = writeKitFile(pyproject, options);
    assert.deepEqual(JSON.parse(JSON.stringify(parse(text))), {
      tool: {
        importlinter: {
          root_package: 'shop',
          contracts: [
            { name: 'Core', type: 'forbidden', source_modules: ['shop.core'], forbidden_modules: ['shop.adapters'] },
          ],
        },
        black: { 'line-length': 111 },
      },
    });
    assert.match(text, /# STY-001: Keep lines short \(https:\/\/h\.example\/rules\/STY-001\/\)\nline-length = 111/);
    assert.match(text, /\[\[tool\.importlinter\.contracts\]\]\n# LAY-001: /);
  });

  it('writes INI with the preamble above every section', () => {
    const editorconfig = files.find((file) => file.file === '.editorconfig');
    assert.ok(editorconfig);
    const entries = parseIni(writeKitFile(editorconfig, options));
    assert.deepEqual(
      entries.map((entry) => [entry.section, entry.key, entry.value]),
      [
        ['', 'root', 'true'],
        ['*.py', 'max_line_length', '111'],
      ],
    );
  });

  it('makes a Makefile that runs only the configured tools, checkers after the formatter', () => {
    const makefile = writeMakefile(files, ['generated']);
    assert.match(makefile ?? '', /format:\n\tblack \.\n\nlint: format\n\tlint-imports\n$/);
    assert.equal(writeMakefile([], []), undefined);
  });
});
