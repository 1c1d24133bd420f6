// `npm run lint:ci` checks .gitlab-ci.yml against GitLab's published schema, offline: the CLI as a user runs
// it, on fixtures of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { engineRoot, stripAnsi } from '../helpers/build.ts';

const fixtures = 'tests/fixtures/gitlab-ci';

function lintCi(...args: string[]): { code: number; output: string } {
  const result = spawnSync(process.execPath, [path.join(engineRoot, 'scripts/cli/lint-gitlab-ci.ts'), ...args], {
    cwd: engineRoot,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: result.status ?? 1, output: stripAnsi(`${result.stdout}${result.stderr}`) };
}

describe('lint-gitlab-ci', () => {
  it('passes a valid pipeline', () => {
    const { code, output } = lintCi(`${fixtures}/valid.gitlab-ci.yml`);
    assert.equal(code, 0, output);
    assert.match(output, /valid\.gitlab-ci\.yml: checked against GitLab's CI schema, 0 problem\(s\)/);
  });

  it('fails on each mistake with file:line:col, message and hint', () => {
    const { code, output } = lintCi(`${fixtures}/invalid.gitlab-ci.yml`);
    assert.equal(code, 1, output);
    const file = `${fixtures}/invalid.gitlab-ci.yml`;
    assert.ok(output.includes(`${file}:4:3  test.script must be a string or a list, not the number 42  (`), output);
    assert.ok(output.includes(`${file}:8:3  unknown keyword "scripts" in lint  (did you mean script?)`), output);
    assert.ok(output.includes(`${file}:15:7  pages.rules[0].when is "sometimes"`), output);
  });

  it('fails on a YAML syntax error at its line', () => {
    const { code, output } = lintCi(`${fixtures}/syntax-error.gitlab-ci.yml`);
    assert.equal(code, 1, output);
    assert.match(output, /syntax-error\.gitlab-ci\.yml:4:1 {2}not valid YAML: .+ {2}\(fix the syntax/);
  });

  it('stops on a missing file or an unknown flag with the usage line', () => {
    const missing = lintCi(`${fixtures}/absent.yml`);
    assert.equal(missing.code, 1);
    assert.match(missing.output, /absent\.yml: no such file {2}\(usage: /);
    const flag = lintCi('--strict');
    assert.equal(flag.code, 2);
    assert.match(flag.output, /unknown flag --strict\nusage: /);
  });
});
