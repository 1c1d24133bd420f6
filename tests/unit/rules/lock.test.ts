import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findVanishedIds, readRulesLock, type RulesLock } from '../../../scripts/rules/lock.ts';
import { serialiseRulesLock, writeRulesLock } from '../../../scripts/rules/lock-file.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

function tempRoot(): string {
  return temporaryFolder('archbook-lock-');
}

const lock: RulesLock = {
  note: 'Seeded.',
  rules: {
    'AB-002': {
      level: 'MUST',
      statement: 'Say "it" once',
      history: [
        { date: '2026-01-01', kind: 'introduced' },
        { date: '2026-02-01', kind: 'changed', before: { level: 'SHOULD' } },
      ],
    },
    'AB-001': { level: 'MAY', statement: 'First', scope: 'all', history: [{ date: '2026-01-01', kind: 'introduced' }] },
  },
  ids: ['AB-001', 'AB-002'],
};

describe('rules lock', () => {
  it('names the lock line of an ID that vanished', () => {
    const source = serialiseRulesLock(lock);
    const findings = findVanishedIds(lock, new Set(['AB-001']), 'rules.lock.json', source, 'retired.yaml');
    assert.equal(findings.length, 1);
    const line = source.split('\n').findIndex((text) => text.startsWith('    "AB-002": {')) + 1;
    assert.deepEqual(findings[0]?.location, { file: 'rules.lock.json', line, column: 1 });
    assert.match(findings[0]?.message ?? '', /rule AB-002 was published and is no longer defined/);
  });

  it('writes one rule per block, sorted by ID, one history entry per line, and reads it back', () => {
    const root = tempRoot();
    writeRulesLock(root, 'rules/lock.json', lock);
    const text = serialiseRulesLock(lock);
    assert.ok(text.indexOf('"AB-001"') < text.indexOf('"AB-002"'));
    assert.match(text, /^ {8}\{ "date": "2026-02-01", "kind": "changed", "before": \{ "level": "SHOULD" \} \}$/m);
    assert.match(text, /^ {2}"note": "Seeded\.",$/m);
    assert.deepEqual(readRulesLock(root, 'rules/lock.json'), { ...lock, ids: ['AB-001', 'AB-002'] });
    assert.equal(serialiseRulesLock(readRulesLock(root, 'rules/lock.json')), text);
  });

  it('reads the first format, a list of IDs, as rules with no recorded state', () => {
    const root = tempRoot();
    writeFileSync(path.join(root, 'lock.json'), '{ "ids": ["AB-002", "AB-001"] }\n');
    assert.deepEqual(readRulesLock(root, 'lock.json'), {
      note: undefined,
      rules: { 'AB-002': { history: [] }, 'AB-001': { history: [] } },
      ids: ['AB-001', 'AB-002'],
    });
    assert.deepEqual(readRulesLock(root, 'missing.json'), { rules: {}, ids: [] });
  });

  it('names the file and the rule when an entry is not a lock entry', () => {
    const root = tempRoot();
    writeFileSync(path.join(root, 'lock.json'), '{ "rules": { "AB-001": { "history": [{ "date": "soon" }] } } }');
    assert.throws(
      () => readRulesLock(root, 'lock.json'),
      /lock\.json: rule AB-001 has a history entry without a YYYY-MM-DD date/,
    );
    writeFileSync(path.join(root, 'lock.json'), '{ "rules": ');
    assert.throws(() => readRulesLock(root, 'lock.json'), /lock\.json is not valid JSON/);
  });
});
