import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  houseRuleId,
  readLintReport,
  readRedoclyFailures,
  splitJsonObjects,
} from '../../../scripts/openapi/lint-report.ts';

const context = {
  root: '/work/handbook',
  ruleUrl: (id: string) => `https://handbook.test/rules/${id}/`,
  configFile: 'redocly.yaml',
};

/** One Redocly problem as `redocly lint --format=json` writes it. */
function problem(ruleId: string, severity: string, message: string, line = 7, col = 5) {
  return {
    ruleId,
    severity,
    message,
    location: [
      { source: { ref: 'specs/a.yaml' }, pointer: '#/paths/~1x/get', reportOnKey: true, start: { line, col } },
    ],
    reference: `https://redocly.com/docs/cli/rules/oas/${ruleId}`,
    suggest: [],
  };
}

function report(...problems: unknown[]): string {
  return JSON.stringify({ totals: {}, version: '2.77.0', problems }, null, 2);
}

describe('lint report', () => {
  it('reads the handbook rule ID from a house rule name', () => {
    assert.equal(houseRuleId('rule/API-001-decimal-as-string'), 'API-001');
    assert.equal(houseRuleId('rule/AUTH-001'), 'AUTH-001');
    assert.equal(houseRuleId('rule/offline-no-remote-images'), undefined);
    assert.equal(houseRuleId('operation-summary'), undefined);
  });

  it('turns a house rule violation into a finding naming the rule ID and its handbook page', () => {
    const message = 'API-001: a decimal is sent as a JSON string. See /rules/API-001/';
    const outcome = readLintReport(
      report(problem('rule/API-001-decimal-as-string', 'error', message, 12, 11)),
      context,
    );
    assert.equal(outcome?.errors.length, 1);
    assert.deepEqual(outcome?.errors[0], {
      code: 'SpecHouseRuleViolated',
      message: `${message} (rule/API-001-decimal-as-string at #/paths/~1x/get)`,
      hint: 'read the rule at https://handbook.test/rules/API-001/; the check is rule/API-001-decimal-as-string in redocly.yaml',
      location: { file: 'specs/a.yaml', line: 12, column: 11 },
    });
  });

  it('keeps warnings apart from errors', () => {
    const outcome = readLintReport(
      report(
        problem('info-license', 'warn', 'Info object should contain `license` field.'),
        problem('no-empty-servers', 'error', 'Servers must be present.'),
      ),
      context,
    );
    assert.deepEqual(
      outcome?.errors.map((finding) => finding.code),
      ['SpecLintProblem'],
    );
    assert.equal(outcome?.warnings.length, 1);
    assert.match(
      outcome?.warnings.at(0)?.hint ?? '',
      /see https:\/\/redocly\.com\/docs\/cli\/rules\/oas\/info-license/,
    );
  });

  it('names an unresolved $ref, without the absolute content root', () => {
    const message = "Can't resolve $ref: ENOENT: no such file or directory '/work/handbook/specs/parts/missing.yaml'";
    const outcome = readLintReport(report(problem('no-unresolved-refs', 'error', message, 15, 17)), context);
    assert.equal(outcome?.errors.at(0)?.code, 'SpecRefUnresolved');
    assert.match(outcome?.errors.at(0)?.message ?? '', /no such file or directory 'specs\/parts\/missing\.yaml'/);
    assert.deepEqual(outcome?.errors.at(0)?.location, { file: 'specs/a.yaml', line: 15, column: 17 });
  });

  it('reads one report per API, written back to back', () => {
    const text = `${report(problem('a', 'error', 'first {with} "braces"'))}${report(problem('b', 'error', 'second'))}`;
    assert.equal(splitJsonObjects(text).length, 2);
    assert.deepEqual(
      readLintReport(text, context)?.errors.map((finding) => finding.message.split(' (')[0]),
      ['first {with} "braces"', 'second'],
    );
  });

  it('returns undefined when there is no report', () => {
    assert.equal(readLintReport('', context), undefined);
    assert.equal(readLintReport('validating specs/a.yaml...', context), undefined);
  });

  it('reads problems in redocly.yaml from the code frames Redocly prints', () => {
    const stderr = [
      '',
      '[1] redocly.yaml:320:3 at #/rules/unknown-rule-x',
      '',
      'Property `unknown-rule-x` is not expected here.',
      '',
      '318 |   assertions:',
      '',
      '[2] redocly.yaml:317:13 at #/rules/rule~1broken/subject/type',
      '',
      '`type` "Schemaa" is not a valid value.',
      '',
      '❌ Your config has 2 errors.',
    ].join('\n');
    assert.deepEqual(readRedoclyFailures(stderr, context), [
      {
        code: 'SpecLintConfigInvalid',
        message: 'Property `unknown-rule-x` is not expected here. (at #/rules/unknown-rule-x)',
        hint: 'fix redocly.yaml; its options are described at https://redocly.com/docs/cli/configuration',
        location: { file: 'redocly.yaml', line: 320, column: 3 },
      },
      {
        code: 'SpecLintConfigInvalid',
        message: '`type` "Schemaa" is not a valid value. (at #/rules/rule~1broken/subject/type)',
        hint: 'fix redocly.yaml; its options are described at https://redocly.com/docs/cli/configuration',
        location: { file: 'redocly.yaml', line: 317, column: 13 },
      },
    ]);
  });

  it('reads a file Redocly could not parse', () => {
    const stderr =
      'Failed to parse API description at specs/b.yaml:\n\n  - deficient indentation in "/work/handbook/specs/b.yaml" (8:1)\n';
    assert.deepEqual(readRedoclyFailures(stderr, context).at(0)?.location, {
      file: 'specs/b.yaml',
      line: 8,
      column: 1,
    });
  });
});
