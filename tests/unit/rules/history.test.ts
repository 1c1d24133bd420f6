import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { historyEvents } from '../../../scripts/rules/history.ts';
import { changeLog } from '../../../scripts/rules/change-log.ts';
import type { LockedRule } from '../../../scripts/rules/lock.ts';

const twiceChanged: LockedRule = {
  level: 'MUST',
  statement: 'Third wording',
  history: [
    { date: '2026-01-01', kind: 'introduced' },
    { date: '2026-02-01', kind: 'changed', before: { level: 'SHOULD', statement: 'First wording' } },
    { date: '2026-03-01', kind: 'changed', before: { statement: 'Second wording' } },
  ],
};

describe('rule history', () => {
  it('resolves each change to its old and new value, oldest first', () => {
    const events = historyEvents(twiceChanged);
    assert.deepEqual(
      events.map((event) => [event.date, event.summary, event.kinds]),
      [
        ['2026-01-01', 'Introduced', ['introduced']],
        ['2026-02-01', 'Level changed from SHOULD to MUST; statement changed', ['level', 'statement']],
        ['2026-03-01', 'Statement changed', ['statement']],
      ],
    );
    assert.deepEqual(events[1]?.changes, [
      { field: 'level', from: 'SHOULD', to: 'MUST' },
      { field: 'statement', from: 'First wording', to: 'Second wording' },
    ]);
    assert.deepEqual(events[2]?.changes, [{ field: 'statement', from: 'Second wording', to: 'Third wording' }]);
  });

  it('describes a merge with the rule it went into', () => {
    const merged: LockedRule = {
      level: 'SHOULD',
      statement: 'Old',
      history: [
        { date: '2026-01-01', kind: 'introduced' },
        { date: '2026-02-01', kind: 'merged', into: 'AB-009' },
      ],
    };
    const [, event] = historyEvents(merged);
    assert.equal(event?.summary, 'Merged into AB-009');
    assert.deepEqual(event?.kinds, ['merged']);
    assert.equal(event?.into, 'AB-009');
  });

  it('lists every change newest day first, changes before introductions within a day', () => {
    const introducedLate: LockedRule = {
      level: 'MAY',
      statement: 'New',
      history: [{ date: '2026-03-01', kind: 'introduced' }],
    };
    const days = changeLog([
      { id: 'AB-005', statement: 'New', history: historyEvents(introducedLate) },
      { id: 'AB-001', statement: 'Third wording', history: historyEvents(twiceChanged) },
    ]);
    assert.deepEqual(
      days.map((day) => [day.date, day.entries.map((entry) => `${entry.id}#${entry.position}`)]),
      [
        ['2026-03-01', ['AB-001#3', 'AB-005#1']],
        ['2026-02-01', ['AB-001#2']],
        ['2026-01-01', ['AB-001#1']],
      ],
    );
  });
});
