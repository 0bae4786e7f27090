import { expect, test, type Page } from '@playwright/test';
import { apiAs, forwardReferral, taskCounts, unreadCount } from './support/api';
import { DEMO_CONSULTANT, expectAccessible, screenshot, signIn } from './support/app';

const HQ = 'hq@kakehashi.example';
const PARTNER_HQ = 'partner.hq@kakehashi.example';

const TABS = [
  ['DUE', '期限到来'],
  ['OVERDUE', '期限超過'],
  ['UPCOMING', '予定'],
  ['DONE', '完了'],
] as const;

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
  });

/** Tab (the keyboard only) until the control named `name` has the focus. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach 「${name}」 by keyboard`);
}

test('my tasks: every tab with the API’s count, chosen by keyboard, kept in the URL, each task leading to its case', async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, DEMO_CONSULTANT);
  const counts = await taskCounts(api);
  await api.dispose();
  await signIn(page);
  await page.getByRole('link', { name: 'タスク' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'タスク' })).toBeVisible();

  await tabTo(page, '期限到来');
  for (const [index, [id, label]] of TABS.entries()) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: label })).toHaveAttribute('aria-selected', 'true');
    if (index > 0) await expect(page).toHaveURL(new RegExp(`/tasks\\?tab=${id}`));
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`${label}（${counts[id]}件）`);
    const links = panel.getByRole('link', { name: /^案件 No\.\d+$/ });
    await expect(links).toHaveCount(Math.min(counts[id], 20));
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    }
    if (counts[id] === 0) await expect(panel).toContainText('この区分のタスクはありません。');
    await expectAccessible(page, `tasks, ${label}`);
    await screenshot(page, `tasks-${id.toLowerCase()}`);
  }

  await page.reload();
  await expect(page.getByRole('tab', { name: '完了' })).toHaveAttribute('aria-selected', 'true');

  // The demo office has an overdue follow-up: its task opens its case.
  expect(counts['OVERDUE']).toBeGreaterThan(0);
  await page.goto('/tasks?tab=OVERDUE');
  const first = page
    .getByRole('tabpanel')
    .getByRole('link', { name: /^案件 No\.\d+$/ })
    .first();
  const caseName = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: caseName })).toBeVisible();
});

test('a notification about a case opens the case', async ({ page }) => {
  await signIn(page);
  await page.goto('/notifications?show=all');
  const open = page.getByRole('tabpanel').getByRole('link', { name: '案件を開く' }).first();
  await expect(open).toBeVisible();
  const href = await open.getAttribute('href');
  expect(href).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
  await open.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1, name: /^案件 No\.\d+$/ })).toBeVisible();
});

test('notifications: marking one and then all read lowers the bell’s count, by keyboard alone', async ({
  page,
  baseURL,
}) => {
  // Two referrals forwarded to the Center: each headquarters coordinator is told of both.
  const partner = await apiAs(baseURL!, PARTNER_HQ);
  await forwardReferral(partner, `株式会社お知らせ試験${Date.now()}A`);
  await forwardReferral(partner, `株式会社お知らせ試験${Date.now()}B`);
  await partner.dispose();
  const hq = await apiAs(baseURL!, HQ);
  const before = await unreadCount(hq);
  expect(before).toBeGreaterThanOrEqual(2);

  await signIn(page, HQ);
  const bell = page.getByRole('link', { name: /未読のお知らせ/ });
  await expect(bell).toHaveAccessibleName(`未読のお知らせ ${before}件`);
  await tabTo(page, /^未読のお知らせ/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'お知らせ' })).toBeVisible();
  await expect(page.getByRole('tab', { name: '未読' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
    `未読（${before}件）`,
  );
  await expectAccessible(page, 'notifications, unread');
  await screenshot(page, 'notifications-unread');

  // One, by its own button.
  await tabTo(page, /^「.+」を既読にする$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '既読にしました' })).toHaveText(
    'お知らせを既読にしました。',
  );
  await expect(bell).toHaveAccessibleName(`未読のお知らせ ${before - 1}件`);
  expect(await unreadCount(hq)).toBe(before - 1);
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(
    `未読（${before - 1}件）`,
  );

  // Then all of them.
  await tabTo(page, 'すべて既読にする');
  await page.keyboard.press('Enter');
  await expect(bell).toHaveAccessibleName('未読のお知らせはありません');
  expect(await unreadCount(hq)).toBe(0);
  await expect(page.getByRole('tabpanel')).toContainText('未読のお知らせはありません。');
  await expect(page.getByRole('button', { name: 'すべて既読にする' })).toBeDisabled();
  await expectAccessible(page, 'notifications, all read');

  await tabTo(page, '未読');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/notifications\?show=all/);
  await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('tabpanel').getByText('未読', { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'notifications, all');
  await screenshot(page, 'notifications-all');
  await hq.dispose();
});
