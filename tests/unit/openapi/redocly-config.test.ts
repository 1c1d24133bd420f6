// The house rules of a fixture's redocly.yaml (tests/fixtures/openapi-house), run by the real Redocly CLI: the demo API passes, and a
// spec breaking each rule is stopped with the rule's ID and handbook page.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintSpecs } from '../../../scripts/openapi/lint.ts';
import { readSpecFiles } from '../../../scripts/openapi/spec-files.ts';
import { engineRoot } from '../../../scripts/paths.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const ruleUrl = (id: string) => `/rules/${id}/`;
const fixture = path.join(engineRoot, 'tests/fixtures/openapi-house');

/** A content root with the fixture's redocly.yaml and the given specs. */
function rootWith(specs: Record<string, string>): string {
  const root = temporaryFolder('archbook-redocly-');
  copyFileSync(path.join(fixture, 'redocly.yaml'), path.join(root, 'redocly.yaml'));
  for (const [file, text] of Object.entries(specs)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const violations = `openapi: 3.0.3
info:
  title: Bad
  version: '1'
  license: { name: MIT, url: https://opensource.org/licenses/MIT }
servers:
  - url: https://bad.acme.internal
paths:
  /things:
    post:
      operationId: createThing
      summary: Create a thing
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Thing'
      responses:
        '200':
          description: The thing
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
        '422':
          description: Bad request
          content:
            text/plain:
              schema:
                type: object
                properties:
                  msg: { type: string }
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Key
  schemas:
    Thing:
      type: object
      properties:
        amount: { type: number, format: decimal }
        at: { type: string, format: date-time, example: '2021-08-30 01:00' }
        id: { type: integer, format: uuid }
        state: { type: string, enum: [a, b] }
`;

describe('house rules of redocly.yaml', () => {
  it('pass the fixture API in specs/', async () => {
    const root = rootWith({});
    cpSync(path.join(fixture, 'specs'), path.join(root, 'specs'), { recursive: true });
    const { specs } = readSpecFiles(root, 'specs');
    assert.ok(specs.length > 0);
    const outcome = await lintSpecs({ root, specs, configFile: 'redocly.yaml', ruleUrl });
    assert.deepEqual(outcome.errors, []);
    assert.deepEqual(outcome.warnings, []);
  });

  it('stop a spec that breaks them, naming each rule ID and its handbook page', async () => {
    const root = rootWith({ 'specs/bad.yaml': violations });
    const { specs } = readSpecFiles(root, 'specs');
    const outcome = await lintSpecs({ root, specs, configFile: 'redocly.yaml', ruleUrl });
    const houseErrors = outcome.errors.filter((finding) => finding.code === 'SpecHouseRuleViolated');
    const ids = new Set(houseErrors.map((finding) => /\brule\/([A-Z]+-\d{3})/.exec(finding.message)?.[1]));
    assert.deepEqual([...ids].sort(), ['API-001', 'API-002', 'API-003', 'AUTH-001', 'ERR-003', 'ERR-004', 'HTTP-001']);
    for (const finding of houseErrors) {
      const id = /\brule\/([A-Z]+-\d{3})/.exec(finding.message)?.[1] ?? '';
      assert.match(finding.message, new RegExp(`${id}: .*/rules/${id}/`), finding.message);
      assert.equal(finding.location.file, 'specs/bad.yaml');
      assert.ok((finding.location.line ?? 0) >= 1);
    }
    assert.ok(outcome.warnings.some((finding) => finding.message.startsWith('API-004: ')));
  });

  it('exempt callbacks and webhooks, which the service sends rather than answers', async () => {
    const root = rootWith({
      'specs/hooks.yaml': `openapi: 3.1.0
info: { title: Hooks, version: '1', license: { name: MIT, identifier: MIT } }
servers: [{ url: https://hooks.acme.internal }]
security: [{ keycloak: [] }]
paths: {}
webhooks:
  thingDone:
    post:
      operationId: thingDone
      summary: Thing done
      responses:
        '204': { description: Received }
        '400': { description: Refused }
components:
  securitySchemes:
    keycloak: { type: http, scheme: bearer, bearerFormat: JWT, description: Issued by Keycloak. }
`,
    });
    const { specs } = readSpecFiles(root, 'specs');
    const outcome = await lintSpecs({ root, specs, configFile: 'redocly.yaml', ruleUrl });
    assert.deepEqual(outcome.errors, []);
  });
});
