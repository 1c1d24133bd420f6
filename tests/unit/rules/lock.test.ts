import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findVanishedIds, readRulesLock, updateRulesLock } from '../../../scripts/rules/lock.ts';

describe('rules lock', () => {
  it('names the lock line of an ID that vanished', () => {
    const source = '{\n  "ids": [\n    "AB-001",\n    "AB-002"\n  ]\n}\n';
    const findings = findVanishedIds(
      { ids: ['AB-001', 'AB-002'] },
      new Set(['AB-001']),
      'rules.lock.json',
      source,
      'retired.yaml',
    );
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.location, { file: 'rules.lock.json', line: 4, column: 1 });
    assert.match(findings[0]?.message ?? '', /rule AB-002 was published and is no longer defined/);
  });

  it('adds new IDs sorted and never removes one', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'archbook-lock-'));
    assert.deepEqual(readRulesLock(root, 'lock.json'), { ids: [] });
    assert.deepEqual(updateRulesLock(root, 'lock.json', { ids: ['AB-002'] }, ['AB-003', 'AB-001']), [
      'AB-001',
      'AB-003',
    ]);
    assert.deepEqual(JSON.parse(readFileSync(path.join(root, 'lock.json'), 'utf8')), {
      ids: ['AB-001', 'AB-002', 'AB-003'],
    });
    assert.deepEqual(updateRulesLock(root, 'lock.json', readRulesLock(root, 'lock.json'), ['AB-001']), []);
  });
});
