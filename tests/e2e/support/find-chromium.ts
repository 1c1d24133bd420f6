import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Debian and Ubuntu put Chromium (`apt-get install chromium`). */
const systemChromium = '/usr/bin/chromium';

/**
 * Finds a Chromium the way users expect: `CHROMIUM_PATH` (or Playwright's own
 * `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`) first, then the system's /usr/bin/chromium, then a browser that
 * `npx playwright install chromium` downloaded. Throws one clear message when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv): string {
  const fromEnv = env['CHROMIUM_PATH'] ?? env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(systemChromium)) return systemChromium;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install chromium` ' +
      '(or `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}
