import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the target has the focus: the page is walked as a keyboard user walks it. */
export async function tabTo(page: Page, target: Locator, most = 120): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached ${target.toString()}`).toBeFocused();
}

/**
 * Chooses an option of a closed list (a Select's button) by keyboard: Tab to it, open with ArrowDown, move with the
 * arrow keys until the option has the focus, Enter.
 */
export async function chooseOption(page: Page, trigger: Locator, option: RegExp): Promise<void> {
  await tabTo(page, trigger);
  await page.keyboard.press('ArrowDown');
  for (let presses = 0; presses < 80; presses += 1) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (option.test(focused)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  // The closed button shows the choice beside its arrow: the option's pattern, unanchored.
  await expect(trigger).toContainText(new RegExp(option.source.replace(/^\^|\$$/g, '')));
}

/** Types a day (`2026-04-01`) into a date field's 年/月/日 segments by keyboard, from its first segment. */
export async function typeDate(page: Page, field: Locator, day: string): Promise<void> {
  const [year, month, date] = day.split('-');
  await tabTo(page, field.getByRole('spinbutton').first());
  // Each full segment moves the focus on to the next one.
  await page.keyboard.type(`${year}${month}${date}`);
}
