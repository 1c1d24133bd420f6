import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { readSpecFiles, specName } from '../../../scripts/openapi/spec-files.ts';
import { parseSpecFile } from '../../../scripts/openapi/spec-parse.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

/** Writes files into a new temporary content root. */
function contentRoot(files: Record<string, string>): string {
  const root = temporaryFolder('archbook-specs-');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('spec files', () => {
  it('reads the openapi or swagger version of a top-level document', () => {
    assert.deepEqual(parseSpecFile('openapi: 3.1.0\ninfo: {}\n', 'a.yaml'), { version: '3.1.0', findings: [] });
    assert.deepEqual(parseSpecFile('{"swagger": "2.0"}', 'a.json'), { version: '2.0', findings: [] });
    assert.deepEqual(parseSpecFile('type: object\n', 'a.yaml'), { version: undefined, findings: [] });
  });

  it('reports invalid YAML with file:line:col', () => {
    const { findings } = parseSpecFile('openapi: 3.1.0\npaths:\n  /a:\n    get: [\n', 'specs/a.yaml');
    assert.equal(findings.length, 1);
    assert.equal(findings.at(0)?.code, 'SpecYamlInvalid');
    assert.equal(findings.at(0)?.location.file, 'specs/a.yaml');
    assert.equal(findings.at(0)?.location.line, 5);
    assert.match(findings.at(0)?.message ?? '', /^not valid YAML: /);
  });

  it('reports invalid JSON as JSON', () => {
    const { findings } = parseSpecFile('{\n  "openapi": "3.0.3",\n  "info": {,\n}\n', 'specs/b.json');
    assert.equal(findings.at(0)?.code, 'SpecJsonInvalid');
    assert.equal(findings.at(0)?.location.line, 3);
  });

  it('derives the URL name from the file name', () => {
    assert.equal(specName('specs/mills-planner.yaml'), 'mills-planner');
    assert.equal(specName('specs/Legacy Store.yml'), 'legacy-store');
    assert.equal(specName('specs/external/api.github.com.json'), 'api-github-com');
  });

  it('publishes top-level documents of the specs folder and of its external folder; fragments live in subfolders', () => {
    const root = contentRoot({
      'specs/orders.yaml': 'openapi: 3.1.0\n',
      'specs/legacy.json': '{"swagger": "2.0"}',
      'specs/orders/schemas/Order.yaml': 'openapi: 3.1.0\n',
      'specs/external/erp.yaml': 'openapi: 3.0.3\n',
      'specs/external/erp/paths.yaml': 'get: {}\n',
      'specs/README.md': '# not a spec',
    });
    const files = readSpecFiles(root, 'specs');
    assert.deepEqual(
      files.specs.map((spec) => [spec.name, spec.file, spec.version, spec.kind]),
      [
        ['erp', 'specs/external/erp.yaml', '3.0.3', 'external'],
        ['legacy', 'specs/legacy.json', '2.0', 'own'],
        ['orders', 'specs/orders.yaml', '3.1.0', 'own'],
      ],
    );
    assert.equal(files.files.length, 5);
    assert.deepEqual(files.findings, []);
  });

  it('takes the external folder from the configuration', () => {
    const root = contentRoot({ 'specs/vendors/crm.json': '{"openapi": "3.1.0"}', 'specs/external/x.yaml': 'a: 1\n' });
    const files = readSpecFiles(root, 'specs', 'vendors');
    assert.deepEqual(
      files.specs.map((spec) => [spec.name, spec.kind]),
      [['crm', 'external']],
    );
    assert.deepEqual(files.findings, [], 'specs/external/ is a fragment folder like any other');
  });

  it('fails on a top-level file that is not OpenAPI, naming it and what was expected', () => {
    const root = contentRoot({ 'specs/notes.yaml': 'owner: team\n', 'specs/external/list.json': '[1, 2]' });
    const findings = readSpecFiles(root, 'specs').findings;
    assert.deepEqual(
      findings.map((finding) => [finding.code, finding.location.file]),
      [
        ['SpecNotOpenApi', 'specs/external/list.json'],
        ['SpecNotOpenApi', 'specs/notes.yaml'],
      ],
    );
    assert.match(
      findings[1]?.message ?? '',
      /OpenAPI 3\.x or Swagger 2\.0 document, with a top-level "openapi" or "swagger" key/,
    );
    assert.match(findings[1]?.hint ?? '', /move it into a sub-folder \(e\.g\. specs\/notes\/\)/);
  });

  it('checks the syntax of fragments too', () => {
    const root = contentRoot({ 'specs/a.yaml': 'openapi: 3.1.0\n', 'specs/a/b.yaml': 'x: [\n' });
    assert.equal(readSpecFiles(root, 'specs').findings.at(0)?.location.file, 'specs/a/b.yaml');
  });

  it('fails when two files would publish the same URL', () => {
    const root = contentRoot({ 'specs/orders.yaml': 'openapi: 3.1.0\n', 'specs/Orders.json': '{"openapi": "3.0.3"}' });
    const { findings } = readSpecFiles(root, 'specs');
    assert.equal(findings.length, 1);
    assert.equal(findings.at(0)?.code, 'SpecNameDuplicate');
    assert.match(findings.at(0)?.message ?? '', /would both be published at \/api\/orders\//);
  });

  it('treats a missing specs folder as no specs', () => {
    assert.deepEqual(readSpecFiles(contentRoot({}), 'specs'), { specs: [], files: [], findings: [] });
  });
});
