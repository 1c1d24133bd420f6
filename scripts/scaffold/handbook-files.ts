/** What a new handbook is made from. */
export interface HandbookSeed {
  /** The handbook's title, e.g. "Payments Handbook". */
  readonly title: string;
}

/** Files of a new handbook, by path relative to the content root. */
export type ScaffoldFiles = Record<string, string>;

/**
 * The configuration, the start page and the first guideline of a new handbook: one rule, one diagram, the
 * code reference off. Text the team replaces is written as an instruction to the team.
 */
export function handbookPages({ title }: HandbookSeed): ScaffoldFiles {
  return {
    'archbook.config.ts': `import { defineConfig } from './scripts/config/parse.ts';

// Everything team-specific lives here; every option is documented in scripts/config/schema.ts.
export default defineConfig({
  title: ${JSON.stringify(title)},
  description: 'How our services are built: guidelines with stable rule IDs, diagrams and API references.',
  lang: 'en',
  // Edit links come from CI (GitHub Actions, GitLab CI); name the repository to have them everywhere:
  // repository: { url: 'https://github.com/acme/handbook', branch: 'main' },
  // A code reference of TypeScript code: reference: { entryPoints: ['src/index.ts'] },
  // Sidebar: one group per folder of site/content/docs; relabel or reorder them here:
  // sidebar: { groups: { guidelines: { label: 'Guidelines' } } },
  // Which services a rule binds; add a scope per kind of service (e.g. { id: 'workers', … }).
  scopes: [{ id: 'all', label: 'All services', covers: 'Every service of the team.', universal: true }],
  // The documents rules come from, written source="<id>#<section>"; source=house marks the team's own rules.
  // sources: [{ id: 'design-guide', title: 'Our design guide' }],
  sources: [],
});
`,
    'site/content/docs/index.mdx': `---
title: ${JSON.stringify(title)}
description: Where this handbook starts.
template: splash
sidebar:
  label: Welcome
hero:
  tagline: Our architecture guidelines, diagrams and API references, searchable and linkable.
  actions:
    - text: Read the guidelines
      link: guidelines/
      icon: right-arrow
    - text: Browse all rules
      link: rules/
      variant: minimal
---

## What this handbook holds

- [Guidelines](/guidelines/): rules with stable IDs, such as [[SVC-001]].
- [Diagrams](/diagrams/): every PlantUML diagram of the handbook.

Add a page with \`npm run new -- page guidelines/<name>\`, a rule with \`npm run new -- rule <PREFIX>\`.
`,
    'site/content/docs/guidelines/index.md': `---
title: Reading the guidelines
description: How the guidelines are written, and what MUST, SHOULD and MAY mean.
scope: all
section:
  label: Guidelines
  order: 1
sidebar:
  order: 0
---

Each guideline page states rules. A rule has a level: **MUST** (no exceptions without a recorded decision),
**SHOULD** (the default; deviations are explained) or **MAY** (a recommendation). Its ID, such as
[[SVC-001]], never changes and never comes back once retired; link to a rule with \`[[ID]]\`.
`,
    'site/content/docs/guidelines/services.md': `---
title: Services
description: What every service has.
---

## Documentation

:::rule[Give every service a README that says how to run it]{#SVC-001 level=SHOULD source=house}
A new team member starts a service from its README alone. Replace this example with your first rule.
:::

::diagram[Where a service sits]{src="context.puml"}
`,
  };
}

/** The diagram, rules files and API lint configuration of a new handbook. */
export function handbookSupport(): ScaffoldFiles {
  return {
    'diagrams/context.puml': `@startuml
title Where a service sits
actor User
component "Our service" as Service
database "Its database" as Db
User --> Service : HTTPS
Service --> Db
@enduml
`,
    'rules/rules.lock.json': `${JSON.stringify({ ids: [] }, null, 2)}\n`,
    'rules/retired.yaml': `# Rule IDs that are no longer defined. Each keeps its permalink page, which points to what replaced it.
# Never delete an entry; never reuse an ID.
#
# - id: SVC-009
#   replacedBy: SVC-001
#   reason: Merged into SVC-001.
[]
`,
    'specs/.gitkeep': '',
    'redocly.yaml': `# Lint configuration of the OpenAPI descriptions in specs/ (Redocly CLI 2). The build and
# \`npm run lint:specs\` lint every top-level spec with it; an error stops the build with file:line:col.
# Docs: https://redocly.com/docs/cli/rules and https://redocly.com/docs/cli/rules/configurable-rules

extends:
  - recommended

# House rules: configurable rules named after the handbook rule they enforce (rule/<ID>-<what>), whose
# message links the rule's page. Define the rule in a guideline page first, then replace {} below, e.g.
#
# rules:
#   rule/API-001-decimal-as-string:
#     subject: { type: Schema, property: type }
#     where:
#       - subject: { type: Schema, property: format }
#         assertions: { defined: true, const: decimal }
#     assertions:
#       enum: [string]
#     message: 'API-001: a decimal is sent as a JSON string. See /rules/API-001/'
rules: {}
`,
  };
}
