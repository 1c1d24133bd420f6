import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSchema, schemaPages } from '../../../scripts/openapi/schema-pages.ts';

describe('schema pages', () => {
  it('gives every named schema of an OpenAPI 3 document a page, in document order', () => {
    const document = { components: { schemas: { Period: {}, PeriodDraft: {}, HTTPError: {}, period: {} } } };
    assert.deepEqual(schemaPages(document), [
      { name: 'Period', slug: 'period' },
      { name: 'PeriodDraft', slug: 'period-draft' },
      { name: 'HTTPError', slug: 'http-error' },
      { name: 'period', slug: 'period-1' },
    ]);
  });

  it('reads Swagger 2.0 definitions', () => {
    const document = { swagger: '2.0', definitions: { Item: { type: 'object' } } };
    assert.deepEqual(schemaPages(document), [{ name: 'Item', slug: 'item' }]);
    assert.deepEqual(findSchema(document, 'Item'), { type: 'object' });
  });

  it('has no pages for a document without schemas', () => {
    assert.deepEqual(schemaPages({ openapi: '3.1.0', webhooks: {} }), []);
    assert.equal(findSchema({ components: {} }, 'Missing'), undefined);
  });
});
