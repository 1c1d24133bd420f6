import { defineConfig } from './scripts/config/parse.ts';

// Everything team-specific lives here. Another team adopts archbook by editing this file and
// replacing site/content, diagrams/ and specs/; the engine in scripts/ stays as it is.
export default defineConfig({
  title: 'Backend Architecture Handbook',
  description:
    'How our Python services are built: hexagonal architecture, the CorDio framework, rules with stable IDs, diagrams and API references.',
  lang: 'en',
  repository: {
    url: 'https://github.com/archbook-dev/archbook',
    branch: 'main',
  },
  content: { diagrams: 'diagrams', specs: 'specs' },
  rules: { lockFile: 'rules/rules.lock.json', retiredFile: 'rules/retired.yaml' },
  diagrams: { renderer: 'local', threads: 2 },
  reference: { entryPoints: ['scripts/index.ts'], tsconfig: 'tsconfig.json', label: 'Code reference' },
});
