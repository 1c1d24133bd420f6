import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens Starlight's search dialog and returns its text box. The button only opens the dialog once its
 * script has run; on a busy machine a click can come first and do nothing, so it is clicked again until
 * the dialog shows.
 */
export async function openSearch(page: Page): Promise<Locator> {
  const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
  await expect(async () => {
    await page.getByRole('button', { name: 'Search' }).first().click();
    await expect(input).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return input;
}
