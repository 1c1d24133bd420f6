import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeSvg } from '../../../scripts/diagrams/sanitize.ts';
import { sanitizeSvgOffThread, stopSanitizer } from '../../../scripts/diagrams/sanitize-worker.ts';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"/></defs>' +
  '<a href="javascript:alert(1)"><rect fill="url(#g)"/></a><script>alert(2)</script></svg>';

describe('sanitizeSvgOffThread', () => {
  it('answers as sanitizeSvg does, each request its own answer, and starts again after a stop', async () => {
    const expected = sanitizeSvg(svg, 'p-');
    assert.doesNotMatch(expected, /script|javascript/);
    const answers = await Promise.all([sanitizeSvgOffThread(svg, 'p-'), sanitizeSvgOffThread(svg, 'q-')]);
    assert.deepEqual(answers, [expected, sanitizeSvg(svg, 'q-')]);
    await stopSanitizer();
    assert.equal(await sanitizeSvgOffThread(svg, 'p-'), expected);
    await stopSanitizer();
  });
});
