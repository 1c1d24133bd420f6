import { test, expect } from './support/site.ts';
import { hasChanged, pathOf, readPublishedRules, sampleRules } from './support/rules.ts';
import { openSearch } from './support/search.ts';

const rules = readPublishedRules();

test.describe('rules', () => {
  test('rules.json is non-trivial and its IDs are unique', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  for (const rule of sampleRules(rules, 8)) {
    test(`the permalink of ${rule.id} lands on its highlighted section`, async ({ page, site }) => {
      await page.goto(site.url(`rules/${rule.id}/`));
      // A rule that changed keeps the reader on its permalink, with its history, one link from the section.
      if (hasChanged(rule)) {
        await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
        await page.getByRole('link', { name: `Read ${rule.id} in its section` }).click();
      }
      const anchor = rule.id.toLowerCase();
      await expect(page).toHaveURL(new RegExp(`${pathOf(rule.url).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      const heading = page.locator(`h3[id="${anchor}"]`);
      await expect(heading).toBeVisible();
      await expect(heading).toContainText(rule.id);
      const block = page.locator(`section.ab-rule[data-rule="${rule.id}"]`);
      await expect(block).toHaveCSS('outline-style', 'solid');
      await expect(block.locator('.ab-rule__level')).toHaveText(rule.level);
    });
  }

  test('a permalink page redirects without JavaScript and carries the rule text for previews', async ({
    browser,
    site,
  }) => {
    const rule = rules.find((candidate) => !hasChanged(candidate));
    if (!rule) throw new Error('no unchanged rule published');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.request.get(site.url(`rules/${rule.id}/`));
    const html = await response.text();
    expect(html).toContain(`<meta property="og:title" content="${rule.id}:`);
    expect(html).toContain('http-equiv="refresh"');
    expect(html).toMatch(/<link rel="icon" href="[^"]*favicon\.svg"/);
    expect(/og:description" content="([^"]*)"/.exec(html)?.[1]).not.toContain('[[');
    await page.goto(site.url(`rules/${rule.id}/`));
    await expect(page.locator(`h3[id="${rule.id.toLowerCase()}"]`)).toBeVisible();
    await context.close();
  });

  test('a rule reference renders as a link carrying the rule title', async ({ page, site }) => {
    await page.goto(site.url('guidelines/'));
    const reference = page.locator('a.ab-rule-ref').first();
    await expect(reference).toBeVisible();
    const id = (await reference.textContent())?.trim() ?? '';
    const rule = rules.find((candidate) => candidate.id === id);
    expect(rule, `reference ${id} is in rules.json`).toBeDefined();
    await expect(reference).toHaveAttribute(
      'title',
      new RegExp(rule?.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? ''),
    );
  });

  test('the copy buttons copy a Markdown link for a review and the plain permalink', async ({
    page,
    site,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const rule = rules[0];
    if (!rule) throw new Error('no rules published');
    await page.goto(site.url(pathOf(rule.url).slice(site.base.length)));
    // rules.json holds the public permalink when SITE_URL is set; the button copies the same address.
    const permalink = new URL(rule.permalink, site.url()).href;
    const section = page.locator(`section[data-rule="${rule.id}"]`);
    // Located by what they copy, not by their label: the label turns to "Copied" when pressed.
    const copyLink = section.locator('button[data-copy="markdown"]');
    await expect(copyLink).toHaveText('Copy link');
    await copyLink.click();
    await expect(copyLink).toHaveText('Copied');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const label = `${rule.id}: ${rule.title}`.replace(/[\\[\]]/g, (char) => `\\${char}`);
    expect(markdown).toBe(`[${label}](${permalink})`);
    const copyUrl = section.locator('button[data-copy="url"]');
    await expect(copyUrl).toHaveText('Copy URL');
    await copyUrl.click();
    await expect(copyUrl).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
  });

  test("a rule's History disclosure is closed, opens on click and tells when the rule was introduced", async ({
    page,
    site,
  }) => {
    const rule = rules[0];
    if (!rule) throw new Error('no rules published');
    await page.goto(site.url(pathOf(rule.url).slice(site.base.length)));
    const history = page.locator(`section[data-rule="${rule.id}"] details.ab-rule-history`);
    const summary = history.locator('summary');
    await expect(summary).toContainText('History');
    const list = history.locator('ol.ab-history');
    await expect(list).toBeHidden();
    await summary.click();
    await expect(list).toBeVisible();
    await expect(list.locator('li').first()).toHaveText(`${rule.introduced} Introduced`);
  });

  test('the change page lists every change newest first and filters by kind', async ({ page, site }) => {
    await page.goto(site.url('rules/changes/'));
    const dates = await page.locator('section.ab-change-day h2').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort().reverse()).toEqual(dates);
    const changes = page.locator('li.ab-change');
    const total = await changes.count();
    expect(total).toBeGreaterThanOrEqual(rules.length);
    const notNew = await page.locator('li.ab-change:not([data-kinds="introduced"])').count();
    await page.getByRole('checkbox', { name: 'New' }).uncheck();
    await expect(page.locator('li.ab-change:visible')).toHaveCount(notNew);
    expect(new URL(page.url()).searchParams.has('kind')).toBe(true);
    await page.getByRole('checkbox', { name: 'New' }).check();
    await expect(page.locator('li.ab-change:visible')).toHaveCount(total);
    const id = (await changes.first().getAttribute('data-rule')) ?? '';
    await changes.first().getByRole('link', { name: id }).click();
    await expect(page).toHaveURL(new RegExp(`/rules/${id}/$|#${id.toLowerCase()}$`));
  });

  test('the rule index filters by level and area', async ({ page, site }) => {
    await page.goto(site.url('rules/'));
    const rows = page.locator('table.ab-rule-index tbody tr');
    await expect(rows).toHaveCount(rules.length);
    await page.getByLabel('SHOULD').uncheck();
    await page.getByLabel('MAY').uncheck();
    const must = rules.filter((rule) => rule.level === 'MUST').length;
    await expect(page.locator('table.ab-rule-index tbody tr:visible')).toHaveCount(must);
    const area = rules[0]?.id.split('-')[0] ?? '';
    await page.getByLabel('Area').selectOption(area);
    const expected = rules.filter((rule) => rule.level === 'MUST' && rule.id.startsWith(`${area}-`)).length;
    await expect(page.locator('table.ab-rule-index tbody tr:visible')).toHaveCount(expected);
    await expect(page).toHaveURL(new RegExp(`\\?level=MUST&area=${area}$`));
    await page.reload();
    await expect(page.getByLabel('SHOULD')).not.toBeChecked();
    await expect(page.getByLabel('Area')).toHaveValue(area);
    await expect(page.locator('table.ab-rule-index tbody tr:visible')).toHaveCount(expected);
  });

  test("search finds a rule by its ID and by a phrase of its statement, its buttons' labels left out", async ({
    page,
    site,
  }) => {
    const rule = rules.find((candidate) => candidate.title.split(' ').length >= 5) ?? rules[0];
    if (!rule) throw new Error('no rules published');
    await page.goto(site.url('rules/'));
    for (const query of [rule.id, rule.title.split(' ').slice(0, 5).join(' ')]) {
      const input = await openSearch(page);
      await input.fill(query);
      const hit = page.locator(
        `.pagefind-ui__result-link[href*="#${rule.id.toLowerCase()}"], .pagefind-ui__result-link[href="${pathOf(rule.url).split('#')[0]}"]`,
      );
      await expect(hit.first()).toBeAttached({ timeout: 15_000 });
      const excerpts = page.locator('.pagefind-ui__result-excerpt');
      await expect(excerpts.first()).toBeVisible();
      await expect(excerpts.filter({ hasText: /Copy (link|URL)/ })).toHaveCount(0);
      await page.keyboard.press('Escape');
    }
  });
});
