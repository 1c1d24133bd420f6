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
