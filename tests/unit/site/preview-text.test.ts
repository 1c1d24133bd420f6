import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { previewText } from '../../../scripts/rules/preview-text.ts';

describe('a rule preview text', () => {
  it('shows references as plain IDs', () => {
    assert.equal(previewText('MUST. See [[ABC-002]] first.'), 'MUST. See ABC-002 first.');
  });

  it('ends after the last whole sentence that fits', () => {
    const text = `${'First sentence here. '.repeat(3)}${'word '.repeat(80)}`;
    assert.equal(previewText(text, 100), 'First sentence here. First sentence here. First sentence here.');
  });

  it('ends on a whole word with an ellipsis when no sentence fits', () => {
    assert.equal(previewText('alpha beta gamma delta', 13), 'alpha beta…');
  });
});
