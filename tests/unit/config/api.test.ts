import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArchbookConfig } from '../../../scripts/config/parse.ts';

const valid = { title: 'T', description: 'D', repository: { url: 'https://example.org/acme/handbook' } };

describe('api configuration', () => {
  it('takes third-party specs from specs/external/ by default, with no documentation URL override', () => {
    assert.deepEqual(parseArchbookConfig(valid).api, { externalDir: 'external', docsUrl: {} });
  });

  it('accepts another folder and a documentation URL per spec', () => {
    const api = { externalDir: 'vendors', docsUrl: { 'api-github-com': 'https://docs.github.com/' } };
    assert.deepEqual(parseArchbookConfig({ ...valid, api }).api, api);
  });

  it('names the field of a nested folder or a documentation URL that is not one', () => {
    assert.throws(
      () => parseArchbookConfig({ ...valid, api: { externalDir: 'a/b', docsUrl: { erp: 'docs' } } }),
      (error: Error) => {
        assert.match(error.message, /- api\.externalDir: Use the name of a folder directly inside the specs folder/);
        assert.match(error.message, /- api\.docsUrl\.erp: /);
        return true;
      },
    );
  });
});
