// The content check in Chromium: the team's component diagram (diagrams/mills-planner/component.puml) links
// its elements to the guideline pages and rules it shows. Engine behaviour: tests/e2e/diagram-links.spec.ts.
import { test, expect } from '../../e2e/support/site.ts';

const componentPage = 'diagrams/mills-planner/component/';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('links in diagrams', () => {
  test('clicking the adapters element of the component diagram lands on the Adapters page', async ({ page, site }) => {
    await page.goto(site.url(componentPage));
    await page.locator('.ab-diagram__canvas svg text', { hasText: /^adapters \(primary\)$/ }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(site.base)}guidelines/adapters/$`));
    await expect(page.locator('h1')).toHaveText('Adapters');
  });

  test('the same element works where the diagram is embedded in a page', async ({ page, site }) => {
    await page.goto(site.url('guidelines/architecture/'));
    const figure = page.locator('figure[data-diagram="mills-planner/component"]');
    await figure.locator('svg text', { hasText: /^adapters \(secondary\)$/ }).click();
    await expect(page).toHaveURL(new RegExp(`${escape(site.base)}guidelines/adapters/$`));
  });

  test('a rule link in a diagram lands on the highlighted rule', async ({ page, site }) => {
    await page.goto(site.url(componentPage));
    const link = page.locator('.ab-diagram__canvas svg a', { hasText: /^ADP-001$/ });
    await expect(link).toHaveAttribute('href', `${site.base}guidelines/adapters/#adp-001`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${escape(site.base)}guidelines/adapters/#adp-001$`));
    const block = page.locator('section.ab-rule[data-rule="ADP-001"]');
    await expect(block.locator(':target')).toHaveCount(1);
    await expect(block).toHaveCSS('outline-style', 'solid');
    await expect(block.locator('.ab-rule__diagrams a', { hasText: /components in hexagonal layers/ })).toBeVisible();
  });

  test('the diagram page lists the rules the diagram links to', async ({ page, site }) => {
    await page.goto(site.url(componentPage));
    const rules = page.locator('#rules-in-this-diagram + ul a');
    await expect(rules.first()).toBeVisible();
    await rules.first().click();
    await expect(page).toHaveURL(/#[a-z]+-\d{3}$/);
  });
});
