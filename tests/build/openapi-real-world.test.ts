// Specs a team did not write: OpenAPI 3.0 and 3.1 (JSON), Swagger 2.0, callbacks, webhooks, links,
// multi-file $refs, a file name with a space and a large generated spec. (A top-level file that is not a spec
// fails the build: tests/build/openapi-external.test.ts.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { buildFixture, copyFixture, type FixtureBuild } from '../helpers/build.ts';

const largeOperations = 150;
const largeSchemas = 120;

/** An OpenAPI 3.1 document with many operations and schemas, all valid. */
function largeSpec(): string {
  const schemas: Record<string, unknown> = {};
  for (let index = 0; index < largeSchemas; index++) {
    schemas[`Thing${index}`] = {
      type: 'object',
      properties: { id: { type: 'string' }, next: { $ref: `#/components/schemas/Thing${(index + 1) % largeSchemas}` } },
    };
  }
  const paths: Record<string, unknown> = {};
  for (let index = 0; index < largeOperations; index++) {
    paths[`/things-${index}`] = {
      get: {
        operationId: `getThing${index}`,
        summary: `Get thing ${index}`,
        tags: [`Group ${index % 10}`],
        responses: {
          '200': {
            description: 'The thing',
            content: { 'application/json': { schema: { $ref: `#/components/schemas/Thing${index % largeSchemas}` } } },
          },
        },
      },
    };
  }
  return stringify({
    openapi: '3.1.0',
    info: { title: 'Large API', version: '1.0.0' },
    paths,
    components: { schemas },
  });
}

describe('real-world specs', () => {
  let build: FixtureBuild;

  before(async () => {
    const root = copyFixture('openapi-real-world');
    writeFileSync(path.join(root, 'specs', 'large.yaml'), largeSpec());
    build = await buildFixture('openapi-real-world', { reuseRoot: root });
    assert.equal(build.code, 0, build.output);
  });

  const page = (file: string): string => readFileSync(path.join(build.outDir, file), 'utf8');

  it('renders OpenAPI 3.0 with multi-file $refs, callbacks and links', () => {
    assert.match(page('api/bookshop/operations/placeorder/index.html'), /orderShipped/);
    assert.match(page('api/bookshop/schemas/book/index.html'), /Structure and Interpretation/);
    assert.ok(existsSync(path.join(build.outDir, 'api/bookshop/operations/getbook/index.html')));
  });

  it('renders OpenAPI 3.1 in JSON with webhooks and no paths', () => {
    assert.match(page('api/events/webhooks/parcelshipped/index.html'), /Parcel shipped/);
    assert.ok(existsSync(path.join(build.outDir, 'api/events/schemas/parcel/index.html')));
    assert.ok(existsSync(path.join(build.outDir, 'api/events/events.json')));
  });

  it('renders Swagger 2.0, named after its file', () => {
    assert.match(page('api/legacy-store/operations/listitems/index.html'), /List items/);
    assert.ok(existsSync(path.join(build.outDir, 'api/legacy-store/schemas/item/index.html')));
    assert.ok(existsSync(path.join(build.outDir, 'api/legacy-store/legacy-store.yaml')));
  });

  it('renders a large spec, one page per operation and per schema', () => {
    assert.ok(existsSync(path.join(build.outDir, `api/large/operations/getthing${largeOperations - 1}/index.html`)));
    assert.ok(existsSync(path.join(build.outDir, `api/large/schemas/thing${largeSchemas - 1}/index.html`)));
  });
});
