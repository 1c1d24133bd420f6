import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleKit } from '../../../scripts/kit/assemble.ts';
import type { KitFragment } from '../../../scripts/kit/setting.ts';

const block = (file: KitFragment['file'], text: string, line = 10): KitFragment => ({
  file,
  text,
  location: { file: 'style.md', line },
});

describe('assembleKit', () => {
  it('groups settings by file and section, in the order rules sorted by ID set them', () => {
    const { files, findings } = assembleKit([
      { id: 'STY-002', title: 'Sort', kit: [block('pyproject.toml', '[tool.isort]\nprofile = "black"')] },
      {
        id: 'STY-001',
        title: 'Width',
        kit: [block('pyproject.toml', '[tool.yapf]\ncolumn_limit = 80\n[tool.isort]\nline_length = 80')],
      },
    ]);
    assert.deepEqual(findings, []);
    const [pyproject] = files;
    assert.deepEqual(
      pyproject?.settings.map(({ setting, ruleIds }) => [setting.section, setting.key, setting.value, ruleIds]),
      [
        ['tool.yapf', 'column_limit', 80, ['STY-001']],
        ['tool.isort', 'line_length', 80, ['STY-001']],
        ['tool.isort', 'profile', 'black', ['STY-002']],
      ],
    );
  });

  it('names both rules when they agree on a setting', () => {
    const { files } = assembleKit([
      { id: 'A-001', title: 'a', kit: [block('setup.cfg', '[flake8]\nmax-line-length = 80')] },
      { id: 'B-001', title: 'b', kit: [block('setup.cfg', '[flake8]\nmax-line-length = 80')] },
    ]);
    assert.deepEqual(files[0]?.settings[0]?.ruleIds, ['A-001', 'B-001']);
  });

  it('reports two rules setting one key to different values, at the later rule', () => {
    const { findings } = assembleKit([
      { id: 'A-001', title: 'a', kit: [block('setup.cfg', '[flake8]\nmax-line-length = 80', 4)] },
      { id: 'B-001', title: 'b', kit: [block('setup.cfg', '[flake8]\nmax-line-length = 111', 20)] },
    ]);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.code, 'KitSettingConflict');
    assert.equal(findings[0]?.location.line, 21);
    assert.match(
      findings[0]?.message ?? '',
      /B-001 sets setup.cfg \[flake8\] max-line-length to "111", but A-001 \(style.md:5\)/,
    );
  });

  it('reports a block that does not parse at its line', () => {
    const { findings } = assembleKit([
      { id: 'A-001', title: 'a', kit: [block('pyproject.toml', '[tool.yapf]\ncolumn_limit = = 8', 7)] },
    ]);
    assert.equal(findings[0]?.code, 'KitBlockSyntax');
    assert.equal(findings[0]?.location.line, 8);
  });
});
