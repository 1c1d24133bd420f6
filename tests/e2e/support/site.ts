import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../../scripts/server/static-server.ts';
import { normaliseBase } from '../../../scripts/config/hosting.ts';

/** The built handbook under test: its folder and base path. */
export const builtSite = {
  dir: path.resolve(process.env['E2E_DIST'] ?? 'dist'),
  base: normaliseBase(process.env['E2E_BASE']),
};

/** A Playwright test whose `site` fixture serves the built handbook on a free loopback port. */
export const test = base.extend<
  { site: { url: (pathname?: string) => string; base: string } },
  { server: StaticServer }
>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer({ root: builtSite.dir, base: builtSite.base, port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  site: async ({ server }, use) => {
    await use({
      base: builtSite.base,
      url: (pathname = '') => new URL(pathname.replace(/^\//, ''), server.url).href,
    });
  },
});

export { expect };
