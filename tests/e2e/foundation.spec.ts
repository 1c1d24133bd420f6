import { test, expect } from './support/site.ts';
import { readPublishedRules } from './support/rules.ts';
import { openSearch } from './support/search.ts';

// The suite runs on the fixture handbook tests/fixtures/handbook, never on the team's content.
test.describe('the handbook shell', () => {
  test('the landing page says what the handbook holds and links into it', async ({ page, site }) => {
    await page.goto(site.url());
    await expect(page.locator('h1')).toHaveText('Platform Handbook');
    await expect(page).toHaveTitle('Platform Handbook');
    await expect(page.getByRole('heading', { name: 'What this handbook holds' })).toBeVisible();
    const guidelines = page.getByRole('link', { name: 'Read the guidelines', exact: true });
    await guidelines.click();
    await expect(page).toHaveURL(new RegExp(`${site.base}guidelines/$`));
    await expect(page.locator('h1')).toBeVisible();
  });

  test('the sidebar has a group per content folder, then the generated groups, and navigates', async ({
    page,
    site,
  }) => {
    await page.goto(site.url('guidelines/'));
    const sidebar = page.locator('nav[aria-label="Main"]');
    const groups = await sidebar.locator('ul.top-level > li > details > summary .group-label').allTextContents();
    expect(groups.map((label) => label.trim())).toEqual([
      'Start here',
      'Guidelines',
      'Practices',
      'Rules',
      'Diagrams',
      'API',
    ]);
    await sidebar.getByRole('link', { name: 'Rule index' }).click();
    await expect(page).toHaveURL(new RegExp(`${site.base}rules/$`));
    await expect(page.locator('h1')).toHaveText('Rule index');
  });

  test('search finds a term and opens its page', async ({ page, site }) => {
    // A term taken from the built site itself, so the test holds for any team's content.
    const rule = readPublishedRules().find((candidate) => /\b[a-z]{7,}\b/i.test(candidate.title));
    const term = /\b[a-z]{7,}\b/i.exec(rule?.title ?? '')?.[0] ?? 'handbook';
    await page.goto(site.url('guidelines/'));
    const input = await openSearch(page);
    await input.fill(term);
    const result = page.locator('.pagefind-ui__result-link').first();
    await expect(result).toBeVisible({ timeout: 15_000 });
    await expect(result).toHaveAttribute('href', new RegExp(`^${site.base}`));
    await result.click();
    await expect(page.locator('main')).toContainText(new RegExp(term, 'i'));
  });

  test('an unknown address shows the 404 page with the handbook header and search', async ({ page, site }) => {
    const response = await page.goto(site.url('no/such/page/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('404');
    const home = page.locator('header a.site-title');
    await expect(home).toHaveAttribute('href', site.base);
    await expect(page.getByRole('button', { name: 'Search' }).first()).toBeVisible();
  });

  test('every same-origin link and asset on the landing page stays under the base path', async ({ page, site }) => {
    await page.goto(site.url());
    const urls = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
      elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
    );
    const rootRelative = urls.filter((url) => url.startsWith('/') && !url.startsWith('//'));
    expect(rootRelative.length).toBeGreaterThan(5);
    for (const url of rootRelative) expect(url.startsWith(site.base), url).toBe(true);
  });
});
