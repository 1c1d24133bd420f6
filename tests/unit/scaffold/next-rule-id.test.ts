import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { nextRuleId } from '../../../scripts/scaffold/next-rule-id.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const files = { lockFile: 'rules/rules.lock.json', retiredFile: 'rules/retired.yaml' };

function rootWith(page: string, lock: string[], retired: string): string {
  const root = temporaryFolder('archbook-next-id-');
  mkdirSync(path.join(root, 'site/content/docs/guidelines'), { recursive: true });
  mkdirSync(path.join(root, 'rules'));
  writeFileSync(path.join(root, 'site/content/docs/guidelines/a.md'), `---\ntitle: A\n---\n\n${page}\n`);
  writeFileSync(path.join(root, files.lockFile), JSON.stringify({ ids: lock }));
  writeFileSync(path.join(root, files.retiredFile), retired);
  return root;
}

describe('the next free rule ID', () => {
  it('is one above the highest number used in a page, the lock or the retired list', () => {
    const root = rootWith(
      ':::rule[X]{#LOG-002 level=MUST}\n:::',
      ['LOG-002', 'LOG-004'],
      '- id: LOG-007\n  reason: gone\n',
    );
    assert.equal(nextRuleId(root, 'LOG', files), 'LOG-008');
  });

  it('ignores other prefixes and the examples in the retired list comments', () => {
    const root = rootWith(':::rule[X]{#API-003 level=MUST}\n:::', [], '# - id: LOG-009\n[]\n');
    assert.equal(nextRuleId(root, 'LOG', files), 'LOG-001');
  });
});
