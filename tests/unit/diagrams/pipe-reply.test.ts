import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePipeReply } from '../../../scripts/diagrams/pipe-reply.ts';

describe('parsePipeReply', () => {
  it('returns the SVG of a success', () => {
    assert.deepEqual(parsePipeReply('\n<svg a="1"><g/></svg>'), {
      ok: true,
      image: { format: 'svg', svg: '<svg a="1"><g/></svg>' },
    });
  });

  it('returns PNG bytes as a PNG, not as text', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x0d, 0x49, 0x48]);
    assert.deepEqual(parsePipeReply(png), { ok: true, image: { format: 'png', png } });
  });

  it('reads the -stdrpt:2 report as a 0-based line', () => {
    assert.deepEqual(parsePipeReply('string:3:error:Syntax Error? (Assumed diagram type: sequence)\n'), {
      ok: false,
      line: 2,
      message: 'Syntax Error? (Assumed diagram type: sequence)',
    });
  });

  it('reads the older ERROR / line / message form', () => {
    assert.deepEqual(parsePipeReply('ERROR\n2\nSyntax Error?\n'), { ok: false, line: 2, message: 'Syntax Error?' });
  });

  it('never returns an image that follows an error report', () => {
    assert.equal(parsePipeReply('string:1:error:boom\n<svg><text>error image</text></svg>').ok, false);
  });

  it('treats anything else as an error', () => {
    assert.deepEqual(parsePipeReply(''), { ok: false, line: undefined, message: 'PlantUML returned no picture' });
    assert.deepEqual(parsePipeReply('java.lang.OutOfMemoryError\n at x'), {
      ok: false,
      line: undefined,
      message: 'java.lang.OutOfMemoryError',
    });
  });
});
