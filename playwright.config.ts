import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/support/find-chromium.ts';

// The end-to-end suite runs against an already built handbook (E2E_DIST, default dist/) served under
// E2E_BASE (default /). `npm test` runs it twice: at the root and under /handbook/.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium(process.env),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
});
