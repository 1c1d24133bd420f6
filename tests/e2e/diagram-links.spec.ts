// Links drawn in a diagram (PlantUML's [[/path/ label]] syntax) on the fixture handbook's diagram:
// "Orders" links the Services guideline, the "orders" database rule DATA-001.
import { test, expect } from './support/site.ts';

const diagramPage = 'diagrams/services/';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('links in diagrams', () => {
  test('clicking an element of a diagram lands on the page it links to', async ({ page, site }) => {
    await page.goto(site.url(diagramPage));
    await page.locator('.ab-diagram__canvas svg a', { hasText: /^Orders$/ }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(site.base)}guidelines/services/$`));
    await expect(page.locator('h1')).toHaveText('Services');
  });

  test('the same element works where the diagram is embedded in a page', async ({ page, site }) => {
    await page.goto(site.url('guidelines/storage/'));
    const figure = page.locator('figure[data-diagram="services"]');
    await figure.locator('svg a', { hasText: /^Orders$/ }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(site.base)}guidelines/services/$`));
  });

  test('a rule link in a diagram lands on the highlighted rule, which names the diagram', async ({ page, site }) => {
    await page.goto(site.url(diagramPage));
    await page.locator('.ab-diagram__canvas svg a[href*="/rules/DATA-001/"]').click();
    await expect(page).toHaveURL(/#data-001$/);
    const block = page.locator('section.ab-rule[data-rule="DATA-001"]');
    await expect(block).toHaveCSS('outline-style', 'solid');
    await expect(block.locator('.ab-rule__diagrams a', { hasText: /Who owns which data/ })).toBeVisible();
  });

  test('the diagram page lists the rules the diagram links to', async ({ page, site }) => {
    await page.goto(site.url(diagramPage));
    const rules = page.locator('#rules-in-this-diagram + ul a');
    await expect(rules).toHaveCount(1);
    await rules.first().click();
    await expect(page).toHaveURL(/#data-001$/);
  });
});
