import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/site.ts';
import { pageTypes } from './support/page-types.ts';

const themes = ['light', 'dark'] as const;

test.describe('accessibility', () => {
  test('every page type is present in the build', () => {
    const names = pageTypes().map((type) => type.name);
    for (const name of ['landing', 'guideline', 'rule index', 'rule permalink', '404']) expect(names).toContain(name);
  });

  for (const type of pageTypes()) {
    for (const theme of themes) {
      test(`${type.name} page has no serious or critical violations in ${theme} mode`, async ({ page, site }) => {
        await page.addInitScript((value) => window.localStorage.setItem('starlight-theme', value), theme);
        if (type.name === 'rule permalink') {
          // Check the permalink page itself, not the section its meta refresh leads to.
          await page.route(site.url(type.path), async (route) => {
            const response = await route.fetch();
            const html = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
            await route.fulfill({ response, body: html });
          });
        }
        await page.goto(site.url(type.path));
        if (type.name !== 'rule permalink') await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Expressive Code makes overflowing code blocks focusable from a ResizeObserver; let it run first.
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.expressive-code pre')].every(
            (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
          ),
        );
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const blocking = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.nodes
                .slice(0, 3)
                .map((node) => node.target.join(' '))
                .join(' | ')}`,
          );
        expect(blocking).toEqual([]);
      });
    }
  }
});
