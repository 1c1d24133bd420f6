import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planLock } from '../../../scripts/rules/lock-plan.ts';
import type { RulesLock } from '../../../scripts/rules/lock.ts';
import type { RuleRegistry } from '../../../scripts/rules/registry.ts';
import type { RetiredRule, RuleDefinition } from '../../../scripts/rules/rule.ts';

function rule(
  id: string,
  level: RuleDefinition['level'],
  title: string,
  extra: Partial<RuleDefinition> = {},
): RuleDefinition {
  return {
    id,
    level,
    title,
    summary: '',
    page: 'guide',
    pageTitle: 'Guide',
    heading: undefined,
    location: { file: 'guide.md', line: 3, column: 1 },
    checkedBy: [],
    kit: [],
    scope: { id: 'all', label: 'All services', covers: 'Every service', universal: true },
    source: { kind: 'house' },
    disputes: [],
    ...extra,
  };
}

function registry(rules: RuleDefinition[], retired: RetiredRule[] = []): RuleRegistry {
  return {
    rules,
    byId: new Map(rules.map((entry) => [entry.id, entry])),
    retired,
    retiredById: new Map(retired.map((entry) => [entry.id, entry])),
  };
}

const origin = { scope: 'all', source: 'house' };
const published: RulesLock = {
  rules: {
    'AB-001': {
      level: 'SHOULD',
      statement: 'Log as JSON',
      ...origin,
      history: [{ date: '2026-01-01', kind: 'introduced' }],
    },
    'AB-002': {
      level: 'MUST',
      statement: 'Name every span',
      ...origin,
      history: [{ date: '2026-01-01', kind: 'introduced' }],
    },
  },
  ids: ['AB-001', 'AB-002'],
};

describe('planLock', () => {
  it('records a change of level and statement as one history entry holding the old values', () => {
    const plan = planLock(
      published,
      registry([rule('AB-001', 'MUST', 'Write log records as JSON'), rule('AB-002', 'MUST', 'Name every span')]),
      '2026-03-01',
    );
    assert.deepEqual(plan.lock.rules['AB-001'], {
      level: 'MUST',
      statement: 'Write log records as JSON',
      ...origin,
      history: [
        { date: '2026-01-01', kind: 'introduced' },
        { date: '2026-03-01', kind: 'changed', before: { level: 'SHOULD', statement: 'Log as JSON' } },
      ],
    });
    assert.deepEqual(
      plan.changes.map(({ id, kind, fields }) => ({ id, kind, fields })),
      [{ id: 'AB-001', kind: 'changed', fields: ['level', 'statement'] }],
    );
  });

  it('takes over a statement edited only in whitespace or punctuation without recording a change', () => {
    const plan = planLock(
      published,
      registry([rule('AB-001', 'SHOULD', 'Log,  as “JSON”.'), rule('AB-002', 'MUST', 'Name every span')]),
      '2026-03-01',
    );
    assert.deepEqual(plan.changes, []);
    assert.equal(plan.lock.rules['AB-001']?.statement, 'Log,  as “JSON”.');
    assert.equal(plan.lock.rules['AB-001']?.history.length, 1);
  });

  it('introduces new rules and rules of a lock in the first format', () => {
    const plan = planLock(
      { rules: { 'AB-001': { history: [] } }, ids: ['AB-001'] },
      registry([rule('AB-001', 'MUST', 'Log as JSON'), rule('AB-003', 'MAY', 'Sample traces')]),
      '2026-03-01',
    );
    assert.deepEqual(plan.lock.rules['AB-003'], {
      level: 'MAY',
      statement: 'Sample traces',
      ...origin,
      history: [{ date: '2026-03-01', kind: 'introduced' }],
    });
    assert.deepEqual(
      plan.changes.map((change) => change.kind),
      ['introduced', 'introduced'],
    );
  });

  it('records a retired rule and a merged one as their own kinds, once', () => {
    const retired: RetiredRule[] = [
      { id: 'AB-001', replacedBy: undefined, reason: 'Obsolete.', location: { file: 'retired.yaml', line: 1 } },
      { id: 'AB-002', replacedBy: 'AB-009', reason: 'Merged.', location: { file: 'retired.yaml', line: 3 } },
    ];
    const plan = planLock(published, registry([rule('AB-009', 'MUST', 'Trace')], retired), '2026-03-01');
    assert.deepEqual(plan.lock.rules['AB-001']?.history.at(-1), { date: '2026-03-01', kind: 'retired' });
    assert.deepEqual(plan.lock.rules['AB-002']?.history.at(-1), { date: '2026-03-01', kind: 'merged', into: 'AB-009' });
    assert.equal(plan.lock.rules['AB-002']?.statement, 'Name every span');
    const again = planLock(plan.lock, registry([rule('AB-009', 'MUST', 'Trace')], retired), '2026-04-01');
    assert.deepEqual(again.changes, []);
  });

  it('records scope and source a lock did not hold without an entry, and compares them from then on', () => {
    const unscoped: RulesLock = {
      rules: {
        'AB-001': { level: 'SHOULD', statement: 'Log as JSON', history: [{ date: '2026-01-01', kind: 'introduced' }] },
      },
      ids: ['AB-001'],
    };
    const first = planLock(unscoped, registry([rule('AB-001', 'SHOULD', 'Log as JSON')]), '2026-03-01');
    assert.deepEqual(
      first.changes.map(({ kind, fields }) => ({ kind, fields })),
      [{ kind: 'recorded', fields: ['scope', 'source'] }],
    );
    assert.equal(first.lock.rules['AB-001']?.history.length, 1);
    const moved = rule('AB-001', 'SHOULD', 'Log as JSON', {
      scope: { id: 'cordio', label: 'CorDio', covers: 'CorDio services', universal: false },
      source: { kind: 'document', document: 'spec', title: 'Spec', section: 'Logging' },
    });
    const second = planLock(first.lock, registry([moved]), '2026-04-01');
    assert.deepEqual(second.lock.rules['AB-001']?.history.at(-1), {
      date: '2026-04-01',
      kind: 'changed',
      before: { scope: 'all', source: 'house' },
    });
    assert.equal(second.lock.rules['AB-001']?.source, 'spec#Logging');
  });
});
