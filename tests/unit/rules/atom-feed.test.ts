import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { atomFeed } from '../../../scripts/rules/atom-feed.ts';
import { changeLog } from '../../../scripts/rules/change-log.ts';
import { historyEvents } from '../../../scripts/rules/history.ts';

const atom = 'http://www.w3.org/2005/Atom';

function feed(absolute: boolean): Document {
  const origin = absolute ? 'https://example.org/handbook/' : '/handbook/';
  const days = changeLog([
    {
      id: 'AB-001',
      statement: 'Use <b> & "quotes"',
      history: historyEvents({
        level: 'MUST',
        statement: 'Use <b> & "quotes"',
        history: [
          { date: '2026-01-01', kind: 'introduced' },
          { date: '2026-02-01', kind: 'changed', before: { level: 'SHOULD' } },
        ],
      }),
    },
  ]);
  const xml = atomFeed({
    title: 'Handbook: rule changes',
    author: 'Handbook',
    feedUrl: `${origin}rules/changes.xml`,
    pageUrl: `${origin}rules/changes/`,
    permalink: (id) => `${origin}rules/${id}/`,
    absolute,
    days,
  });
  const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
  assert.equal(document.getElementsByTagName('parsererror').length, 0, xml);
  return document;
}

describe('atomFeed', () => {
  it('writes a well-formed Atom feed with the required elements, newest entry first', () => {
    const document = feed(true);
    const root = document.documentElement;
    assert.equal(root.namespaceURI, atom);
    assert.equal(root.localName, 'feed');
    for (const name of ['id', 'title', 'updated', 'author']) {
      assert.ok(root.getElementsByTagNameNS(atom, name).length > 0, `feed has <${name}>`);
    }
    const entries = [...root.getElementsByTagNameNS(atom, 'entry')];
    assert.equal(entries.length, 2);
    const first = entries[0] as Element;
    assert.equal(
      first.getElementsByTagNameNS(atom, 'title')[0]?.textContent,
      'AB-001: Level changed from SHOULD to MUST',
    );
    assert.equal(first.getElementsByTagNameNS(atom, 'updated')[0]?.textContent, '2026-02-01T00:00:00Z');
    assert.equal(
      first.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href'),
      'https://example.org/handbook/rules/AB-001/',
    );
    assert.equal(
      first.getElementsByTagNameNS(atom, 'id')[0]?.textContent,
      'https://example.org/handbook/rules/AB-001/#history-2',
    );
    assert.match(first.getElementsByTagNameNS(atom, 'summary')[0]?.textContent ?? '', /Use <b> & "quotes"/);
  });

  it('gives entries URN identifiers when the site address is unknown', () => {
    const root = feed(false).documentElement;
    assert.equal(root.getElementsByTagNameNS(atom, 'id')[0]?.textContent, 'urn:archbook:rule-changes');
    const entry = root.getElementsByTagNameNS(atom, 'entry')[0] as Element;
    assert.equal(entry.getElementsByTagNameNS(atom, 'id')[0]?.textContent, 'urn:archbook:rule:AB-001:history-2');
    assert.equal(entry.getElementsByTagNameNS(atom, 'link')[0]?.getAttribute('href'), '/handbook/rules/AB-001/');
  });
});
