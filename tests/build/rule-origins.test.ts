import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture, type FixtureBuild } from '../helpers/build.ts';

interface RulesJson {
  scopes: { id: string; label: string; covers: string }[];
  sources: { id: string; title: string }[];
  rules: {
    id: string;
    scope: string;
    source: { document: string; title: string; section: string | null } | 'house';
    disputes: { question: string; page: string; url: string }[];
  }[];
}

describe('scope, source and open questions of rules in the built site', () => {
  let build: FixtureBuild;
  const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');

  before(async () => {
    build = await buildFixture('minimal');
    assert.equal(build.code, 0, build.output);
  });

  it('gives every rule in rules.json a declared scope and a source', () => {
    const json = JSON.parse(read('rules.json')) as RulesJson;
    const scopes = new Set(json.scopes.map((scope) => scope.id));
    const documents = new Set(json.sources.map((source) => source.id));
    assert.ok(json.rules.length > 0);
    for (const rule of json.rules) {
      assert.ok(scopes.has(rule.scope), `${rule.id} has scope "${rule.scope}"`);
      assert.ok(rule.source === 'house' || documents.has(rule.source.document), `${rule.id} has a source`);
    }
    const byId = new Map(json.rules.map((rule) => [rule.id, rule]));
    assert.deepEqual(byId.get('LOG-001')?.source, {
      document: 'ops-notes',
      title: 'Operations notes',
      section: 'Log shipping',
    });
    assert.equal(byId.get('LOG-002')?.scope, 'all', 'the section index page gives the default');
    assert.equal(byId.get('TRC-001')?.source, 'house');
    assert.deepEqual(byId.get('LOG-001')?.disputes, [
      { question: 'Log format', page: 'Open questions', url: '/guidelines/open-questions/#log-format' },
    ]);
  });

  it('shows scope, source and the dispute on the rule block, linking to the question', () => {
    const logging = read('guidelines/logging/index.html');
    assert.match(
      logging,
      /<a href="\/rules\/\?scope=workers" title="Services that consume a message queue\." data-scope="workers">Queue workers<\/a>/,
    );
    assert.match(logging, /Source: Operations notes › Log shipping/);
    assert.match(
      logging,
      /Disputed: see <a href="\/guidelines\/open-questions\/#log-format">Open questions › Log format<\/a>/,
    );
    assert.match(read('guidelines/tracing/index.html'), /House rule: not in the source documents/);
    const questions = read('guidelines/open-questions/index.html');
    assert.match(questions, /<h2 id="log-format">/);
    assert.match(questions, /<p class="ab-dispute">Rules in question: <a href="\/guidelines\/logging\/#log-001"/);
  });

  it('names the scope in the permalink preview, and filters the index by scope and source', () => {
    assert.match(
      read('rules/LOG-001/index.html'),
      /<meta property="og:description" content="MUST, scope: Queue workers\. /,
    );
    const index = read('rules/index.html');
    assert.match(index, /<tr data-level="SHOULD" data-area="TRC" data-scope="all" data-source="house"/);
    assert.match(
      index,
      /<option value="workers" title="Services that consume a message queue\."[^>]*>Queue workers<\/option>/,
    );
    assert.match(index, /<option value="house"[^>]*>House rules \(1\)<\/option>/);
  });
});
