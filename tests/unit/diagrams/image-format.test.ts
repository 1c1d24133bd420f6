import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imageFormat, isPng, pngSize } from '../../../scripts/diagrams/image-format.ts';

describe('imageFormat', () => {
  it('asks for PNG for ditaa, math and LaTeX, and for SVG otherwise', () => {
    assert.deepEqual(['ditaa', 'math', 'LaTeX', 'uml', 'mindmap', 'json'].map(imageFormat), [
      'png',
      'png',
      'png',
      'svg',
      'svg',
      'svg',
    ]);
  });
});

describe('isPng and pngSize', () => {
  it('read the signature and the size from the IHDR chunk', () => {
    const header = Buffer.alloc(24);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.write('IHDR', 12, 'latin1');
    header.writeUInt32BE(439, 16);
    header.writeUInt32BE(68, 20);
    assert.equal(isPng(header), true);
    assert.deepEqual(pngSize(header), { width: 439, height: 68 });
    assert.equal(isPng(Buffer.from('<svg></svg>')), false);
  });
});
