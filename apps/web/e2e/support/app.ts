import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';

export const DEMO_PASSWORD = 'kakehashi-demo';
export const DEMO_CONSULTANT = 'consultant@kakehashi.example';

const SCREENSHOTS = path.resolve(__dirname, '../../screenshots');

/** Signs in through the page, by keyboard alone (type, Tab, Enter), and waits for the home page. */
export async function signIn(page: Page, email = DEMO_CONSULTANT, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('メールアドレス').fill(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
}

/** WCAG 2.0/2.1 A and AA: zero violations, listed by rule and element when there are any. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations in state "${state}"`).toEqual([]);
}

/** A screenshot for reviewers (git-ignored folder apps/web/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** At 200 % zoom on a 1280 px wide window (a 640 px CSS viewport), the page must not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in CSS pixels').toBeLessThanOrEqual(0);
}
