import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cacheKey, openImageCache } from '../../../scripts/diagrams/cache.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const base = {
  text: '@startuml\nA -> B\n@enduml\n',
  includes: [{ file: 'diagrams/s.iuml', text: 'x' }],
  renderer: 'plantuml 1.2026.8',
};

describe('cacheKey', () => {
  it('is stable for the same input, whatever the order of includes', () => {
    const two = [...base.includes, { file: 'diagrams/t.iuml', text: 'y' }];
    assert.equal(cacheKey({ ...base, includes: two }), cacheKey({ ...base, includes: [...two].reverse() }));
  });

  it('changes with the source, any included file, the renderer', () => {
    const key = cacheKey(base);
    assert.notEqual(cacheKey({ ...base, text: `${base.text} ` }), key);
    assert.notEqual(cacheKey({ ...base, includes: [{ file: 'diagrams/s.iuml', text: 'x2' }] }), key);
    assert.notEqual(cacheKey({ ...base, renderer: 'plantuml 1.2026.9' }), key);
  });
});

describe('openImageCache', () => {
  it('stores entries whole and reads them back; a miss is undefined', () => {
    const dir = path.join(temporaryFolder('archbook-cache-'), 'nested');
    const cache = openImageCache(dir);
    assert.equal(cache.get('abc'), undefined);
    cache.set('abc', { format: 'svg', svg: '<svg/>' });
    assert.deepEqual(cache.get('abc'), { format: 'svg', svg: '<svg/>' });
    assert.deepEqual(readdirSync(dir), ['abc.svg']);
  });

  it('keeps a PNG as bytes in its own file', () => {
    const dir = temporaryFolder('archbook-cache-');
    const cache = openImageCache(dir);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    cache.set('def', { format: 'png', png });
    assert.deepEqual(cache.get('def'), { format: 'png', png });
    assert.deepEqual(readdirSync(dir), ['def.png']);
  });
});
