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
    // Written as [[/rules/DATA-001/ DATA-001]]: published as the link to the rule's section, not its permalink.
    const link = page.locator('.ab-diagram__canvas svg a', { hasText: /^orders$/ });
    await expect(link).toHaveAttribute('href', `${site.base}guidelines/storage/#data-001`);
    const visited: string[] = [];
    page.on('framenavigated', (frame) => visited.push(frame.url()));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${escape(site.base)}guidelines/storage/#data-001$`));
    const block = page.locator('section.ab-rule[data-rule="DATA-001"]');
    await expect(block.locator(':target')).toHaveCount(1);
    await expect(block).toHaveCSS('outline-style', 'solid');
    await expect(block.locator('.ab-rule__diagrams a', { hasText: /Who owns which data/ })).toBeVisible();
    expect(visited.filter((url) => url.includes('/rules/'))).toEqual([]);
  });

  test('the diagram page lists the rules the diagram links to', async ({ page, site }) => {
    await page.goto(site.url(diagramPage));
    const rules = page.locator('#rules-in-this-diagram + ul a');
    await expect(rules).toHaveCount(1);
    await rules.first().click();
    await expect(page).toHaveURL(/#data-001$/);
  });
});
