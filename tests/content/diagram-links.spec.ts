// The content check in Chromium: the team's component diagram (diagrams/mills-planner/component.puml) links
// its elements to the guideline pages and rules it shows. Engine behaviour: tests/e2e/diagram-links.spec.ts.
import { test, expect } from '../e2e/support/site.ts';

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
    const link = page.locator('.ab-diagram__canvas svg a[href*="/rules/"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    const id = /\/rules\/([A-Z]+-\d{3})\//.exec(href)?.[1] ?? '';
    expect(id).not.toBe('');
    await link.click();
    // A rule that changed since it was introduced stops at its permalink page first, which shows what it
    // said before (rule history); its "Read … in its section" link goes on to the rule.
    await page.waitForLoadState('load');
    const readOn = page.getByRole('link', { name: `Read ${id} in its section` });
    if (/\/rules\/[A-Z]+-\d{3}\/$/.test(page.url()) && (await readOn.count()) > 0) await readOn.click();
    await expect(page).toHaveURL(new RegExp(`#${id.toLowerCase()}$`));
    const block = page.locator(`section.ab-rule[data-rule="${id}"]`);
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
