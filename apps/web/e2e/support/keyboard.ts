import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the target has the focus: the page is walked as a keyboard user walks it. */
export async function tabTo(page: Page, target: Locator, most = 120): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab never reached ${target.toString()}`).toBeFocused();
}

/** Opens a list box by keyboard and moves with the arrow keys to the option, then chooses it with Enter. */
export async function chooseByKeyboard(page: Page, trigger: Locator, option: RegExp): Promise<void> {
  await tabTo(page, trigger);
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 60; i++) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (option.test(focused)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(trigger).toContainText(option);
}
