import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { didYouMean, nearestName } from '../../scripts/suggest.ts';

describe('nearestName', () => {
  it('suggests the rule ID one or two keystrokes away', () => {
    assert.equal(nearestName('LOG-999', ['LOG-001', 'LOG-009', 'API-999']), 'LOG-009');
  });

  it('suggests a schema name with a letter missing, ignoring case', () => {
    assert.equal(nearestName('invoce', ['Invoice', 'Order']), 'Invoice');
  });

  it('counts two swapped neighbours as one edit', () => {
    assert.equal(nearestName('LGO-001', ['LOG-001', 'API-010']), 'LOG-001');
  });

  it('offers nothing when every known name is far away', () => {
    assert.equal(nearestName('SEC-123', ['LOG-001', 'API-002']), undefined);
    assert.equal(didYouMean('SEC-123', ['LOG-001']), '');
  });

  it('words the suggestion for the end of a message', () => {
    assert.equal(didYouMean('LOG-999', ['LOG-009']), '; did you mean LOG-009?');
  });
});
