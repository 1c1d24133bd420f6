// Third-party specs: an API the team calls, in specs/external/, rendered with the same pages, validated as
// OpenAPI, with the house rules counted on its overview page instead of enforced.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildFixture, copyFixture, type FixtureBuild } from '../helpers/build.ts';

/** A copy of the fixture with one change made before building. */
function changedFixture(change: (root: string) => void): string {
  const root = copyFixture('openapi-external');
  change(root);
  return root;
}

describe('third-party specs', () => {
  let build: FixtureBuild;
  const page = (file: string): string => readFileSync(path.join(build.outDir, file), 'utf8');

  before(async () => {
    build = await buildFixture('openapi-external');
    assert.equal(build.code, 0, build.output);
  });

  it('builds a third-party spec that breaks house rules, with the same pages as our own', () => {
    assert.match(page('api/vendor/index.html'), /Vendor Pets API/);
    assert.match(page('api/vendor/operations/createpet/index.html'), /Register a pet/);
    assert.match(page('api/vendor/schemas/pet/index.html'), /name/);
    assert.ok(existsSync(path.join(build.outDir, 'api/vendor/vendor.yaml')));
    assert.doesNotMatch(build.output, /FIX-001: a POST answers 201/, 'house-rule findings are not reported');
  });

  it('shows the conformance table on the overview page, each house rule linked to its permalink', () => {
    const overview = page('api/vendor/index.html');
    assert.match(overview, /Conformance to the house rules/);
    assert.match(overview, /<a href="\/rules\/FIX-001\/">FIX-001<\/a><\/td>\s*<td[^>]*>1<\/td>\s*<td[^>]*>2<\/td>/);
    assert.match(overview, /<a href="\/rules\/FIX-002\/">FIX-002<\/a><\/td>\s*<td[^>]*>1<\/td>\s*<td[^>]*>0<\/td>/);
  });

  it('writes the same figures to api-conformance.json', () => {
    const report = JSON.parse(page('api-conformance.json')) as {
      specs: {
        name: string;
        source: string;
        findings: number;
        rules: { id: string; href: string; findings: number }[];
      }[];
    };
    assert.deepEqual(
      report.specs.map((spec) => [spec.name, spec.source, spec.findings]),
      [['vendor', 'specs/external/vendor.yaml', 2]],
    );
    assert.deepEqual(
      report.specs[0]?.rules.map((rule) => [rule.id, rule.href, rule.findings]),
      [
        ['FIX-001', '/rules/FIX-001/', 2],
        ['FIX-002', '/rules/FIX-002/', 0],
      ],
    );
  });

  it("resolves the spec's links against its documentation URL, handbook: links into the handbook", () => {
    const overview = page('api/vendor/index.html');
    assert.match(overview, /href="https:\/\/docs\.vendor\.example\/guides\/pets"/);
    assert.match(overview, /href="\/guidelines\/http-api\/"/);
    assert.match(overview, /and, for the fields,\s*here\./, 'template text renders as text');
    assert.doesNotMatch(overview, /externalDocsUrl/);
    assert.match(
      page('api/vendor/operations/createpet/index.html'),
      /href="https:\/\/docs\.vendor\.example\/rest\/pets#create"/,
    );
  });

  it('fails as an own spec: the same file at the top of specs/ must pass the house rules', async () => {
    const root = changedFixture((dir) => {
      renameSync(path.join(dir, 'specs/external/vendor.yaml'), path.join(dir, 'specs/vendor.yaml'));
      renameSync(path.join(dir, 'specs/external/vendor'), path.join(dir, 'specs/vendor'));
    });
    const failed = await buildFixture('openapi-external', { reuseRoot: root });
    assert.notEqual(failed.code, 0);
    assert.match(failed.output, /specs\/vendor\.yaml:\d+:\d+ {2}FIX-001: a POST answers 201/);
  });

  it('fails with file:line on a dangling $ref in a third-party spec', async () => {
    const root = changedFixture((dir) => {
      const file = path.join(dir, 'specs/external/vendor/pet.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8')}  owner:\n    $ref: owner.yaml\n`);
    });
    const failed = await buildFixture('openapi-external', { reuseRoot: root });
    assert.notEqual(failed.code, 0);
    assert.match(
      failed.output,
      /specs\/external\/vendor\/pet\.yaml:11:5 {2}`owner\.yaml` not found: there is no file specs\/external\/vendor\/owner\.yaml/,
    );
  });

  it('fails on a top-level file that is not OpenAPI, naming it and the way out', async () => {
    const root = changedFixture((dir) => {
      mkdirSync(path.join(dir, 'specs/external'), { recursive: true });
      writeFileSync(path.join(dir, 'specs/external/pet.yaml'), 'type: object\n');
    });
    const failed = await buildFixture('openapi-external', { reuseRoot: root });
    assert.notEqual(failed.code, 0);
    assert.match(
      failed.output,
      /specs\/external\/pet\.yaml:1:1 {2}is not an API description: .*"openapi" or "swagger" key/,
    );
    assert.match(failed.output, /move it into a sub-folder \(e\.g\. specs\/external\/pet\/\)/);
  });
});
