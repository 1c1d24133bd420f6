import { defineConfig } from './scripts/config/parse.ts';

// Everything team-specific lives here. Every option is documented in scripts/config/schema.ts.
export default defineConfig({
  title: 'Backend Architecture Handbook',
  description:
    'How our Python services are built: hexagonal architecture, the CorDio framework, rules with stable IDs, diagrams and API references.',
  lang: 'en',
  // No `repository`: edit links come from CI (GitHub Actions or GitLab CI) and are left out elsewhere.
  content: { diagrams: 'diagrams', specs: 'specs' },
  rules: { lockFile: 'rules/rules.lock.json', retiredFile: 'rules/retired.yaml' },
  diagrams: { renderer: 'local', threads: 2 },
  sidebar: {
    groups: {
      patterns: { collapsed: true },
      cordio: { label: 'CorDio framework', collapsed: true },
      decisions: { collapsed: true },
      handbook: { label: 'Using archbook', collapsed: true },
    },
    order: ['.', 'guidelines', 'rules', 'patterns', 'cordio', 'diagrams', 'api', 'decisions', 'handbook'],
  },
});
