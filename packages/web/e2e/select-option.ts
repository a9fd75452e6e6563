import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens the Ant Design select behind `combobox`, types `search` if given, and clicks the option showing
 * `option` in that select's own dropdown. The dropdown is found through the combobox's `aria-controls`,
 * so a dropdown of another select that is still closing (or was left rendered) is never clicked by mistake.
 */
export async function chooseOption(
  combobox: Locator,
  option: string | RegExp,
  { search }: { search?: string } = {},
): Promise<void> {
  const page = combobox.page();
  await combobox.click();
  await expect.poll(() => combobox.getAttribute('aria-controls')).toMatch(/_list$/);
  const listId = (await combobox.getAttribute('aria-controls')) as string;
  if (search) await combobox.pressSequentially(search);
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
  await dropdown.locator('.ant-select-item-option', { hasText: option }).click();
}
