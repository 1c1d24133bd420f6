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
  // Which services a rule binds. Every rule has one: its own scope=…, else its page's or section's `scope:`.
  scopes: [
    { id: 'all', label: 'All services', covers: 'Every Python backend service of the team.', universal: true },
    {
      id: 'classic',
      label: 'Classic services',
      covers: 'Services built to the Design Requirements on the evraz-classic-* packages.',
    },
    { id: 'cordio', label: 'CorDio services', covers: 'Services built on the CorDio framework.' },
    {
      id: 'ddd',
      label: 'DDD-variant services',
      covers: 'Services following the bounded-context DDD variant of the "Backend in python" README.',
    },
  ],
  // Where rules come from: source="<id>#<section heading>", or source=house for a rule the team adds itself.
  sources: [
    { id: 'design-requirements', title: 'Design Requirements for Python Projects' },
    { id: 'ddd-readme', title: 'Backend in python (DDD-variant service README)' },
    { id: 'cordio-spec', title: 'CorDio framework library specification' },
    { id: 'robust-app', title: 'Implementing Robust App Architecture on Python' },
    { id: 'ryax-backend', title: 'How to build a Python backend? Part 1' },
  ],
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
