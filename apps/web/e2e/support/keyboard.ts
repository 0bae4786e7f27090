import { expect, type Locator, type Page } from '@playwright/test';

type Where = 'here' | 'after' | 'before';

/** Where the target lies from the focused element: reached, further down the page, or back up it. */
function whereIs(target: Locator, reached: 'itself' | 'inside'): Promise<Where> {
  return target
    .evaluate((element, mode) => {
      const active = document.activeElement;
      if (active === element || (mode === 'inside' && active && element.contains(active))) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    }, reached)
    .catch(() => 'after' as const);
}

async function walkTo(
  page: Page,
  target: Locator,
  reached: 'itself' | 'inside',
  most: number,
): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    const where = await whereIs(target, reached);
    if (where === 'here') return;
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  if (reached === 'itself') await expect(target, `Tab never reached ${target.toString()}`).toBeFocused();
  else throw new Error(`Tab never entered ${target.toString()}`);
}

/**
 * Presses Tab (or Shift+Tab, when the target is above the focus) until the target has the focus: the page is walked
 * as a keyboard user walks it.
 */
export function tabTo(page: Page, target: Locator, most = 150): Promise<void> {
  return walkTo(page, target, 'itself', most);
}

/** Tab to a button or link and press Enter. */
export async function pressKey(page: Page, control: Locator): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press('Enter');
}

/** Tab to a text field, select what it holds and type over it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Tab to a checkbox and tick it with Space. */
export async function tick(page: Page, box: Locator): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

/**
 * Picks a radio as a keyboard user does: Tab enters its group (on the checked radio, or the first), the arrow keys move
 * to it and choose it.
 */
export async function pick(page: Page, radio: Locator): Promise<void> {
  const group = radio.locator('xpath=ancestor::*[@role="radiogroup"][1]');
  await walkTo(page, group, 'inside', 150);
  for (let moves = 0; moves < 20 && !(await radio.isChecked()); moves += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(radio).toBeChecked();
}

/**
 * Chooses an option of a closed list (a Select's button) by keyboard: Tab to it, open with ArrowDown, move with the
 * arrow keys until the option has the focus, Enter.
 */
export async function chooseByKeyboard(page: Page, trigger: Locator, option: RegExp): Promise<void> {
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
