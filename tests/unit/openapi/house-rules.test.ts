import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findUnknownHouseRules } from '../../../scripts/openapi/house-rules.ts';

describe('house rules in redocly.yaml', () => {
  it('names the line of a house rule whose ID the handbook does not define', () => {
    const source =
      'extends: [recommended]\nrules:\n  info-license: warn\n  rule/API-001-decimal:\n    subject: {type: Schema}\n  rule/XYZ-009-other:\n    subject: {type: Schema}\n';
    const findings = findUnknownHouseRules(source, 'redocly.yaml', new Set(['API-001']));
    assert.equal(findings.length, 1);
    assert.equal(findings.at(0)?.code, 'SpecHouseRuleUnknown');
    assert.deepEqual(findings.at(0)?.location, { file: 'redocly.yaml', line: 6, column: 3 });
    assert.match(findings.at(0)?.message ?? '', /rule\/XYZ-009-other checks rule XYZ-009/);
  });

  it('reports each unknown ID once', () => {
    const source = 'rules:\n  rule/XYZ-009-a: {}\n  rule/XYZ-009-b: {}\n';
    assert.equal(findUnknownHouseRules(source, 'redocly.yaml', new Set(['API-001'])).length, 1);
  });

  it('checks nothing before the rules lock lists any ID, or without rules', () => {
    assert.deepEqual(findUnknownHouseRules('rules:\n  rule/XYZ-009-a: {}\n', 'redocly.yaml', new Set()), []);
    assert.deepEqual(findUnknownHouseRules('extends: [minimal]\n', 'redocly.yaml', new Set(['API-001'])), []);
  });
});
