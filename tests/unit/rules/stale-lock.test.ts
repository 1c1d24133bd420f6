import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LockChange } from '../../../scripts/rules/lock-plan.ts';
import { summariseChanges } from '../../../scripts/rules/stale-lock.ts';

const change = (id: string, fields: LockChange['fields'] = []): LockChange => ({
  id,
  kind: fields.length > 0 ? 'changed' : 'introduced',
  fields,
  location: { file: 'site/content/docs/guidelines/logging.md', line: 3 },
});

describe('the one-line summary of rule changes', () => {
  it('names each change with what changed', () => {
    assert.equal(
      summariseChanges([change('LOG-001'), change('LOG-002', ['level', 'statement'])]),
      'LOG-001 (introduced), LOG-002 (level, statement)',
    );
  });

  it('stays one readable line when a first lock records thousands of rules', () => {
    const many = Array.from({ length: 3000 }, (_, index) => change(`BA-${String(index + 1).padStart(4, '0')}`));
    const line = summariseChanges(many);
    assert.match(line, /^BA-0001 \(introduced\), .*BA-0020 \(introduced\) and 2980 more$/);
    assert.doesNotMatch(line, /BA-0021/);
  });
});
