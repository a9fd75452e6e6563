import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Clicks the option showing `option` in the dropdown of the Ant Design select that has the focus (the one
 * just clicked or typed into). The dropdown is found through the focused combobox's `aria-controls`, so a
 * dropdown of another select that is still closing (or was left rendered) is never clicked by mistake.
 */
export async function chooseInOpenSelect(page: Page, option: string | RegExp): Promise<void> {
  const controlled = () => page.evaluate(() => document.activeElement?.getAttribute('aria-controls') ?? null);
  await expect.poll(controlled).toMatch(/_list$/);
  const listId = (await controlled()) as string;
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/**
 * Opens the Ant Design select behind `combobox`, types `search` if given, and clicks the option showing
 * `option` in that select's own dropdown (see `chooseInOpenSelect`).
 */
export async function chooseOption(
  combobox: Locator,
  option: string | RegExp,
  { search }: { search?: string } = {},
): Promise<void> {
  await combobox.click();
  if (search) await combobox.pressSequentially(search);
  await chooseInOpenSelect(combobox.page(), option);
}
