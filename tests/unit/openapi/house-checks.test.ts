import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conformanceRows } from '../../../scripts/openapi/conformance.ts';
import { externalLintConfig, isStructuralRule, readHouseChecks } from '../../../scripts/openapi/house-checks.ts';

const config = `extends: [recommended]
rules:
  info-license: warn
  rule/API-001-decimal:
    subject: { type: Schema, property: type }
    assertions: { enum: [string] }
  rule/API-001-number:
    subject: { type: Schema, property: format }
    assertions: { defined: true }
  rule/AUTH-001-off:
    severity: off
    subject: { type: Root }
    assertions: { required: [security] }
  rule/offline-images:
    subject: { type: any, property: description }
    assertions: { notPattern: 'x' }
`;

describe('house checks of third-party specs', () => {
  it('reads the configurable rules that are switched on, with the rule ID in their name', () => {
    assert.deepEqual(
      readHouseChecks(config).map((check) => [check.name, check.id]),
      [
        ['rule/API-001-decimal', 'API-001'],
        ['rule/API-001-number', 'API-001'],
        ['rule/offline-images', undefined],
      ],
    );
  });

  it('lints third-party specs for structure, $refs and the house checks only', () => {
    const lint = externalLintConfig(readHouseChecks(config)) as { extends: unknown[]; rules: Record<string, unknown> };
    assert.deepEqual(lint.extends, []);
    assert.deepEqual(Object.keys(lint.rules), [
      'struct',
      'no-unresolved-refs',
      'rule/API-001-decimal',
      'rule/API-001-number',
      'rule/offline-images',
    ]);
    assert.equal(isStructuralRule('no-unresolved-refs'), true);
    assert.equal(isStructuralRule('rule/API-001-decimal'), false);
  });

  it('counts findings per house rule, listing the rules without findings too', () => {
    const counts = new Map([
      ['rule/API-001-decimal', 2],
      ['rule/API-001-number', 5],
    ]);
    const rows = conformanceRows(readHouseChecks(config), counts, (id) => `/rules/${id}/`);
    assert.deepEqual(rows, [
      {
        id: 'API-001',
        href: '/rules/API-001/',
        checks: ['rule/API-001-decimal', 'rule/API-001-number'],
        findings: 7,
      },
      { id: undefined, href: undefined, checks: ['rule/offline-images'], findings: 0 },
    ]);
  });
});
