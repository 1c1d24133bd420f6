import { slug as githubSlug } from 'github-slugger';

/** A rule block as the guide writes it. */
export function ruleBlock(id: string, level: string, statement: string): string {
  return `:::rule[${statement}]{#${id} level=${level} source=house}\nWhy the rule exists, in a sentence or two; then a Do / Don't example.\n:::\n`;
}

/** A new guideline page. */
export function pageFile(title: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\ndescription: One sentence on what this page settles.\n---\n\n## First topic\n\nWrite the guideline here; add rules with \`npm run new -- rule <PREFIX> --page <this file>\`.\n`;
}

/** A new PlantUML diagram. */
export function diagramFile(title: string): string {
  return `@startuml\ntitle ${title}\ncomponent A\ncomponent B\nA --> B\n@enduml\n`;
}

/** A new architecture decision record. */
export function adrFile(number: number, title: string): string {
  return `---\ntitle: ${JSON.stringify(`ADR-${String(number).padStart(3, '0')}: ${title}`)}\ndescription: What was decided about ${title.toLowerCase()}, and why.\n---\n\n## Context\n\nWhat forces the decision.\n\n## Decision\n\nWhat we do.\n\n## Consequences\n\nWhat becomes easier, and what harder.\n`;
}

/** A minimal OpenAPI 3.1 description that passes Redocly's recommended rules. */
export function specFile(name: string): string {
  const title = name.replace(/[-_]+/g, ' ').replace(/^./, (first) => first.toUpperCase());
  return `openapi: 3.1.0
info:
  title: ${title} API
  version: 0.1.0
  description: What the ${title} service offers.
  license:
    name: Proprietary
    identifier: LicenseRef-Proprietary
servers:
  - url: https://${githubSlug(name)}.example.org
security:
  - bearer: []
paths:
  /health:
    get:
      operationId: getHealth
      summary: Tell whether the service is up
      tags: [Health]
      responses:
        '200':
          description: The service is up.
          content:
            application/json:
              schema:
                type: object
                properties:
                  status: { type: string, enum: [ok] }
        '401':
          description: No valid token.
tags:
  - name: Health
    description: Liveness of the service.
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
`;
}

/** `Use PostgreSQL for storage` → `use-postgresql-for-storage`. */
export function fileSlug(title: string): string {
  return githubSlug(title).replace(/-+/g, '-').replace(/^-|-$/g, '');
}
