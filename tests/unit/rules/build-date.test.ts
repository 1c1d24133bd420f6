import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBuildDate } from '../../../scripts/rules/build-date.ts';

describe('readBuildDate', () => {
  it("takes the day from the build's clock, in UTC", () => {
    assert.equal(
      readBuildDate({}, () => new Date('2026-11-29T23:30:00-02:00')),
      '2026-11-30',
    );
  });

  it('lets ARCHBOOK_NOW set the day, as a date or a date-time', () => {
    assert.equal(readBuildDate({ ARCHBOOK_NOW: '2026-01-02' }), '2026-01-02');
    assert.equal(readBuildDate({ ARCHBOOK_NOW: '2026-01-02T10:00:00Z' }), '2026-01-02');
  });

  it('names ARCHBOOK_NOW when it is not a date', () => {
    assert.throws(
      () => readBuildDate({ ARCHBOOK_NOW: 'yesterday' }),
      /ARCHBOOK_NOW is not an ISO 8601 date: "yesterday"/,
    );
    assert.throws(() => readBuildDate({ ARCHBOOK_NOW: '2026-13-45' }), /ARCHBOOK_NOW/);
  });
});
