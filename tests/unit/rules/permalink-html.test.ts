import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { permalinkHtml } from '../../../scripts/rules/permalink-html.ts';
import type { PermalinkPage } from '../../../scripts/rules/permalink-pages.ts';

const unchanged: PermalinkPage = {
  id: 'LOG-002',
  title: 'LOG-002: Log <structured> "events"',
  description: 'MUST, scope: All services. Logs are JSON & one line.',
  target: '/hb/guidelines/logging/#log-002',
  lead: 'MUST · All services · Logging',
  linkLabel: 'Read LOG-002 in its section',
  history: [{ date: '2026-01-01', kind: 'introduced', kinds: [], changes: [], into: null, summary: 'Introduced' }],
  redirect: true,
};
const site = { title: 'Team & Co', base: '/hb/', site: 'https://example.org' };

describe('a rule permalink page', () => {
  it('sends an unchanged rule on at once, escapes its text, and names its canonical address', () => {
    const html = permalinkHtml(unchanged, site);
    assert.match(html, /^<!DOCTYPE html>\n/);
    assert.match(html, /<meta http-equiv="refresh" content="0; url=\/hb\/guidelines\/logging\/#log-002">/);
    assert.match(html, /<title>LOG-002: Log &lt;structured&gt; &quot;events&quot; \| Team &amp; Co<\/title>/);
    assert.match(html, /<link rel="canonical" href="https:\/\/example.org\/hb\/guidelines\/logging\/#log-002">/);
    assert.match(html, /<link rel="icon" href="\/hb\/favicon.svg"/);
    assert.doesNotMatch(html, /class="notice"/);
  });

  it('keeps the reader of a changed rule with its history, and has no canonical without a site address', () => {
    const changed: PermalinkPage = {
      ...unchanged,
      redirect: false,
      history: [
        ...unchanged.history,
        {
          date: '2026-02-01',
          kind: 'changed',
          kinds: ['level'],
          changes: [{ field: 'level', from: 'SHOULD', to: 'MUST' }],
          into: null,
          summary: 'Level changed from SHOULD to MUST',
        },
      ],
    };
    const html = permalinkHtml(changed, { ...site, site: undefined });
    assert.doesNotMatch(html, /http-equiv="refresh"|rel="canonical"/);
    assert.match(html, /This rule changed on 2026-02-01\./);
    assert.match(html, /<h2 id="history">History<\/h2>/);
  });
});
