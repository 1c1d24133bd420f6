import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How large a generated handbook is. */
export interface HandbookSize {
  readonly pages: number;
  readonly rulesPerPage: number;
  readonly diagrams: number;
  readonly specs: number;
}

const words = [
  'adapter',
  'service',
  'repository',
  'furnace',
  'schedule',
  'ledger',
  'invoice',
  'shipment',
  'warehouse',
  'tenant',
  'session',
  'gateway',
  'consumer',
  'producer',
  'snapshot',
  'migration',
  'payload',
  'ticket',
];

function word(seed: number): string {
  return words[seed % words.length] ?? 'item';
}

/** Pages per area: with at most 3 rules a page, an area never passes 999 rules. */
const pagesPerArea = 300;

/** The ID of rule `rule` (1-based) of page `page`: areas BA, BB, … each hold 300 pages. */
function ruleId(page: number, rule: number, rulesPerPage: number): string {
  const area = `B${String.fromCharCode(65 + Math.floor(page / pagesPerArea))}`;
  const number = (page % pagesPerArea) * rulesPerPage + rule;
  return `${area}-${String(number).padStart(3, '0')}`;
}

/**
 * Writes a synthetic handbook (pages with rules and references, diagrams, OpenAPI specs) into `root`, the
 * shape of a large team's handbook, for the benchmarks. Deterministic.
 */
export function generateHandbook(root: string, size: HandbookSize): void {
  if (size.rulesPerPage > 3) throw new Error('generateHandbook: at most 3 rules a page keep IDs within 999 per area');
  const docs = path.join(root, 'site/content/docs');
  mkdirSync(path.join(docs, 'guidelines'), { recursive: true });
  writeFileSync(
    path.join(root, 'archbook.config.ts'),
    `export default { title: 'Bench handbook', description: 'Generated for npm run bench.', repository: { url: 'https://example.org/bench' }, reference: { entryPoints: [] }, scopes: [{ id: 'all', label: 'All services', covers: 'Every generated service.' }], sources: [{ id: 'bench-guide', title: 'Bench guide' }] };\n`,
  );
  writeFileSync(
    path.join(docs, 'index.md'),
    '---\ntitle: Bench handbook\ndescription: Generated.\n---\n\nGenerated pages follow.\n',
  );
  for (let page = 0; page < size.pages; page += 1) {
    const sections: string[] = [];
    for (let rule = 1; rule <= size.rulesPerPage; rule += 1) {
      const id = ruleId(page, rule, size.rulesPerPage);
      sections.push(
        `## ${word(page + rule)} handling ${rule}\n\n` +
          `Every ${word(page)} talks to a ${word(page + rule)} through a port; the ${word(rule)} never knows which adapter answers.\n\n` +
          `:::rule[Keep the ${word(page + rule)} behind its ${word(page)} port]{#${id} level=${['MUST', 'SHOULD', 'MAY'][rule % 3] ?? 'MUST'}}\n` +
          `A ${word(rule + 3)} that imports a concrete ${word(page + 2)} cannot be tested without it.\n\n` +
          '```python title="Do"\n' +
          `class ${word(page)}_port:\n    def load(self, key: str) -> dict: ...\n` +
          '```\n:::\n',
      );
    }
    const previous = page > 0 ? `See also [[${ruleId(page - 1, 1, size.rulesPerPage)}]].\n` : '';
    writeFileSync(
      path.join(docs, 'guidelines', `page-${String(page).padStart(4, '0')}.md`),
      `---\ntitle: ${word(page)} guideline ${page}\ndescription: Generated guideline page ${page}.\nscope: all\nsource: bench-guide#${word(page)}\n---\n\n${previous}\n${sections.join('\n')}`,
    );
  }
  const diagrams = path.join(root, 'diagrams');
  mkdirSync(diagrams, { recursive: true });
  for (let index = 0; index < size.diagrams; index += 1) {
    writeFileSync(
      path.join(diagrams, `flow-${String(index).padStart(3, '0')}.puml`),
      `@startuml\ntitle ${word(index)} flow ${index}\nactor User\nparticipant "${word(index)} adapter" as A\nparticipant "${word(index + 1)} service" as S\ndatabase "${word(index + 2)}" as D\nUser -> A: request ${index}\nA -> S: call\nS -> D: query\nD --> S: rows\nS --> A: result\nA --> User: response\n@enduml\n`,
    );
  }
  const specs = path.join(root, 'specs');
  mkdirSync(specs, { recursive: true });
  for (let index = 0; index < size.specs; index += 1)
    writeFileSync(path.join(specs, `service-${index}.yaml`), spec(index));
  mkdirSync(path.join(root, 'rules'), { recursive: true });
}

function spec(index: number): string {
  return `openapi: 3.1.0
info:
  title: Generated service ${index}
  version: 1.0.0
  description: Generated for the benchmark.
  license:
    name: MIT
    identifier: MIT
servers:
  - url: https://service-${index}.example.org
security:
  - bearer: []
paths:
  /items/{itemId}:
    get:
      operationId: getItem${index}
      summary: Read one item
      tags: [items]
      parameters:
        - name: itemId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: The item
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Item' }
        '404':
          description: Not found
          content:
            application/problem+json:
              schema: { $ref: '#/components/schemas/Error' }
tags:
  - name: items
    description: Items
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer, bearerFormat: JWT }
  schemas:
    Item:
      type: object
      required: [id, price]
      properties:
        id: { type: string, format: uuid }
        price: { type: string, pattern: '^-?\\\\d+(\\\\.\\\\d+)?$' }
    Error:
      type: object
      required: [code, message]
      properties:
        code: { type: string }
        message: { type: string }
`;
}
