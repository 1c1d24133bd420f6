import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/site.ts';
import { builtSite } from './support/site.ts';
import { pathOf, type PublishedRuleEntry } from './support/rules.ts';

/** What `rules.json` says about scopes, sources and disputes. */
interface OriginsJson {
  scopes: { id: string; label: string; covers: string }[];
  rules: (PublishedRuleEntry & {
    scope: string;
    source: { document: string; title: string; section: string | null } | 'house';
    disputes: { question: string; page: string; url: string }[];
  })[];
}

const json = JSON.parse(readFileSync(path.join(builtSite.dir, 'rules.json'), 'utf8')) as OriginsJson;
const labelOf = new Map(json.scopes.map((scope) => [scope.id, scope]));
const step = Math.max(1, Math.floor(json.rules.length / 6));
const sample = json.rules.filter((_, index) => index % step === 0).slice(0, 6);

test.describe('scope, source and disputes', () => {
  for (const rule of sample) {
    test(`the block of ${rule.id} shows its scope and source`, async ({ page, site }) => {
      await page.goto(site.url(pathOf(rule.url).slice(site.base.length)));
      const block = page.locator(`section[data-rule="${rule.id}"]`);
      const scope = labelOf.get(rule.scope);
      await expect(block.locator('.ab-rule__scope a')).toHaveText(scope?.label ?? '');
      await expect(block.locator('.ab-rule__scope a')).toHaveAttribute('title', scope?.covers ?? '');
      const source = rule.source;
      await expect(block.locator('.ab-rule__source')).toHaveText(
        source === 'house'
          ? 'House rule: not in the source documents'
          : `Source: ${source.title}${source.section === null ? '' : ` › ${source.section}`}`,
      );
    });
  }

  test('the rule index filters by the scope in the URL, and lists house rules', async ({ page, site }) => {
    const scope = json.rules[0]?.scope ?? '';
    await page.goto(site.url(`rules/?scope=${scope}`));
    const visible = page.locator('table.ab-rule-index tbody tr:visible');
    await expect(visible).toHaveCount(json.rules.filter((rule) => rule.scope === scope).length);
    await page.getByLabel('Scope').selectOption('');
    const house = json.rules.filter((rule) => rule.source === 'house').length;
    test.skip(house === 0, 'this handbook has no house rules');
    await page.getByLabel('Source').selectOption('house');
    await expect(visible).toHaveCount(house);
  });

  test('a disputed rule links to the open question, which links back to the rule', async ({ page, site }) => {
    const rule = json.rules.find((candidate) => candidate.disputes.length > 0);
    test.skip(rule === undefined, 'this handbook records no open questions');
    if (!rule) return;
    const [dispute] = rule.disputes;
    await page.goto(site.url(pathOf(rule.url).slice(site.base.length)));
    await page.locator(`section[data-rule="${rule.id}"] .ab-rule__disputed a`).first().click();
    await expect(page).toHaveURL(new RegExp(`${pathOf(dispute?.url ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 2, name: dispute?.question ?? '' })).toBeVisible();
    await expect(page.locator('.ab-dispute a', { hasText: rule.id }).first()).toBeVisible();
  });
});
