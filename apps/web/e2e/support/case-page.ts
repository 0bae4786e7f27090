// The case page as its tests read it: the step list's current step, each record's region, and moving on by keyboard.
import { expect, type Locator, type Page } from '@playwright/test';
import { pressKey } from './keyboard';

export function currentStep(page: Page): Locator {
  return page.getByRole('navigation', { name: '案件の進み具合' }).locator('[aria-current="step"]');
}

/** A record's region on the case page, by its heading. */
export function record(page: Page, heading: string): Locator {
  return page.getByRole('region', { name: heading });
}

/** 「次の段階へ進める」 by keyboard, and the step list shows the stage reached. */
export async function advance(page: Page, to: string): Promise<void> {
  await pressKey(page, page.getByRole('button', { name: /^次の段階へ進める/ }));
  await expect(currentStep(page)).toContainText(to);
}

/** Ticks a checkbox or picks a radio with the mouse, on its label (the input itself is visually hidden). */
export async function choose(control: Locator): Promise<void> {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect(control).toBeChecked();
}

/** A short random tag that keeps one test's companies and offers apart from every other's. */
export function uniqueTag(): string {
  return Math.random().toString(36).slice(2, 8);
}
