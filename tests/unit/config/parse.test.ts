import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArchbookConfig } from '../../../scripts/config/parse.ts';
import { normaliseBase, readHosting } from '../../../scripts/config/hosting.ts';

const valid = { title: 'T', description: 'D', repository: { url: 'https://example.org/acme/handbook' } };

describe('parseArchbookConfig', () => {
  it('fills every default', () => {
    const config = parseArchbookConfig(valid);
    assert.equal(config.repository?.branch, 'main');
    assert.equal(config.content.diagrams, 'diagrams');
    assert.equal(config.rules.lockFile, 'rules/rules.lock.json');
    assert.equal(config.diagrams.renderer, 'local');
    assert.deepEqual(config.reference.entryPoints, []);
    assert.deepEqual(config.sidebar, { groups: {} });
  });

  it('lists every wrong field with its path', () => {
    assert.throws(
      () => parseArchbookConfig({ ...valid, title: '', diagrams: { renderer: 'cloud' } }),
      (error: Error) => {
        assert.match(error.message, /- title: /);
        assert.match(error.message, /- diagrams\.renderer: /);
        return true;
      },
    );
  });

  it('names unknown options', () => {
    assert.throws(() => parseArchbookConfig({ ...valid, colour: 'blue' }), /- colour: unknown option/);
  });
});

describe('scopes and sources', () => {
  const scopes = [{ id: 'all', label: 'Every service', covers: 'Every service the team runs.' }];
  const sources = [{ id: 'design-requirements', title: 'Design Requirements' }];

  it('accepts declared scopes and sources, and defaults both to empty lists', () => {
    assert.deepEqual(
      parseArchbookConfig({ ...valid, scopes, sources }).scopes,
      scopes.map((scope) => ({ ...scope, universal: false })),
    );
    assert.deepEqual(parseArchbookConfig(valid).sources, []);
  });

  it('accepts one universal scope and names a second one', () => {
    const universal = { id: 'every', label: 'Every', covers: 'Every service.', universal: true };
    assert.equal(parseArchbookConfig({ ...valid, scopes: [universal] }).scopes[0]?.universal, true);
    assert.throws(
      () => parseArchbookConfig({ ...valid, scopes: [universal, { ...universal, id: 'other' }] }),
      /- scopes\.1\.universal: only one scope can be universal/,
    );
  });

  it('names a scope declared twice and a scope without its covers line', () => {
    assert.throws(
      () => parseArchbookConfig({ ...valid, scopes: [...scopes, { id: 'all', label: 'Again', covers: 'Again.' }] }),
      /- scopes\.1\.id: "all" is declared twice/,
    );
    assert.throws(
      () => parseArchbookConfig({ ...valid, scopes: [{ id: 'all', label: 'Every service' }] }),
      /- scopes\.0\.covers: /,
    );
  });

  it('reserves the source id "house" and rejects ids that are not lower-case words', () => {
    assert.throws(
      () => parseArchbookConfig({ ...valid, sources: [{ id: 'house', title: 'Ours' }] }),
      /- sources\.0\.id: "house" is reserved/,
    );
    assert.throws(
      () => parseArchbookConfig({ ...valid, scopes: [{ id: 'CorDio', label: 'C', covers: 'C' }] }),
      /- scopes\.0\.id: Use lower-case words/,
    );
  });
});

describe('hosting', () => {
  it('normalises BASE_PATH to a slash on each side', () => {
    assert.equal(normaliseBase(undefined), '/');
    assert.equal(normaliseBase(''), '/');
    assert.equal(normaliseBase('handbook'), '/handbook/');
    assert.equal(normaliseBase('/team/handbook'), '/team/handbook/');
    assert.equal(normaliseBase('/handbook/'), '/handbook/');
  });

  it('reads SITE_URL without a trailing slash and rejects a relative one', () => {
    assert.equal(readHosting({ SITE_URL: 'https://acme.github.io/' }).site, 'https://acme.github.io');
    assert.throws(() => readHosting({ SITE_URL: 'acme.github.io' }), /SITE_URL is not an absolute URL/);
  });
});
