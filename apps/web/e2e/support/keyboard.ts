import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the target has the focus: the page is walked as a keyboard user walks it. */
export async function tabTo(page: Page, target: Locator, most = 120): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached ${target.toString()}`).toBeFocused();
}

/** Presses Shift+Tab until the target has the focus: back up the page, as a keyboard user returns to a toolbar. */
export async function shiftTabTo(page: Page, target: Locator, most = 60): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target, `Shift+Tab never reached ${target.toString()}`).toBeFocused();
}
