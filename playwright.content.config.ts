import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The content check's browser part: runs on the team's own handbook (E2E_DIST, built by `npm test`), not
// on the engine's fixture.
export default defineConfig({ ...base, testDir: 'tests/content', testMatch: '**/*.spec.ts' });
