import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { RedoclyProblem } from '../../../scripts/openapi/redocly-output.ts';
import { unresolvedRefExplainer } from '../../../scripts/openapi/unresolved-ref.ts';
import { temporaryFolder } from '../../helpers/temporary-folder.ts';

const spec = `openapi: 3.1.0
paths:
  /invoices/{id}:
    get:
      responses:
        '200':
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Invoce'
        '404':
          $ref: './parts/Errors.yaml'
        '409':
          $ref: './parts/Error.yaml#/Conflcit'
        '410':
          $ref: '#/components/schemas/Invoice'
        '500':
          $ref: 'https://schemas.example.com/errors.yaml#/Eror'
components:
  schemas:
    Invoice:
      type: object
    InvoiceLine:
      type: object
`;

function contentRoot(): string {
  const root = temporaryFolder('archbook-refs-');
  mkdirSync(path.join(root, 'specs/parts'), { recursive: true });
  writeFileSync(path.join(root, 'specs/invoices.yaml'), spec);
  writeFileSync(path.join(root, 'specs/parts/Error.yaml'), 'Conflict:\n  description: taken\n');
  return root;
}

/** A `no-unresolved-refs` problem at a pointer of specs/invoices.yaml, as Redocly reports it. */
function unresolved(pointer: string): RedoclyProblem {
  return {
    ruleId: 'no-unresolved-refs',
    severity: 'error',
    message: "Can't resolve $ref",
    location: [{ source: { ref: 'specs/invoices.yaml' }, pointer, start: { line: 10, col: 17 } }],
  };
}

describe('unresolved $ref', () => {
  const explain = unresolvedRefExplainer(contentRoot());

  it('names a missing component and the nearest one', () => {
    assert.equal(
      explain(unresolved('#/paths/~1invoices~1%7Bid%7D/get/responses/200/content/application~1json/schema')),
      '`#/components/schemas/Invoce` not found; did you mean `Invoice`?',
    );
  });

  it('names a missing file and the nearest file beside it', () => {
    assert.equal(
      explain(unresolved('#/paths/~1invoices~1{id}/get/responses/404')),
      '`./parts/Errors.yaml` not found: there is no file specs/parts/Errors.yaml; did you mean `./parts/Error.yaml`?',
    );
  });

  it('names a missing key in another file and the nearest one', () => {
    assert.equal(
      explain(unresolved('#/paths/~1invoices~1{id}/get/responses/409')),
      '`./parts/Error.yaml#/Conflcit` not found; did you mean `Conflict`?',
    );
  });

  it("keeps Redocly's message when the reference resolves or cannot be read", () => {
    assert.equal(explain(unresolved('#/paths/~1invoices~1{id}/get/responses/410')), undefined);
    assert.equal(explain(unresolved('#/paths/~1invoices~1{id}/get/responses/500')), undefined);
    assert.equal(explain(unresolved('#/paths/~1elsewhere')), undefined);
    assert.equal(explain({ ...unresolved('#/paths'), ruleId: 'operation-summary' }), undefined);
  });
});
