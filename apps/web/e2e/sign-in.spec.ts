import { expect, test } from '@playwright/test';
import {
  DEMO_CONSULTANT,
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  signIn,
} from './support/app';

test('a wrong password is refused in Japanese at the field, and the page stays accessible', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin\?next=%2F/);
  await expectAccessible(page, 'sign-in, empty');
  await screenshot(page, 'sign-in');

  await page.getByLabel('メールアドレス').fill(DEMO_CONSULTANT);
  await page.getByLabel('パスワード').fill('wrong-password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('ログインできませんでした');
  await expect(alert).toContainText(/メールアドレスまたはパスワード/);
  await expect(page.getByLabel('メールアドレス')).toBeFocused();
  await expectAccessible(page, 'sign-in, refused');
});

test('signing in by keyboard leads home; signing out ends the session on the server', async ({
  page,
  context,
}) => {
  await signIn(page);
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name === 'kk_session');
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).toBe('{}');
  await expectAccessible(page, 'home');
  await screenshot(page, 'home');

  // Another site's page cannot use this browser's session: its requests carry its own Origin.
  const crossSite = await page.request.post('/graphql', {
    data: { query: '{ me { id } }' },
    headers: { origin: 'http://evil.example' },
  });
  const refused = await crossSite.json();
  expect(refused.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
  expect(JSON.stringify(refused)).not.toContain(DEMO_CONSULTANT);

  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/signin/);
  // The old cookie, replayed, is refused: the session ended on the server, not just in this browser.
  await context.addCookies([session!]);
  const me = await page.request.post('/graphql', {
    data: { query: '{ me { id } }' },
    headers: { 'x-kakehashi-csrf': '1' },
  });
  expect((await me.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('a deep link survives sign-in, and unknown paths and assets are told apart', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount/);
  await page.getByLabel('メールアドレス').fill(DEMO_CONSULTANT);
  await page.getByLabel('パスワード').fill('kakehashi-demo');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'アカウント' })).toBeVisible();
  await expectAccessible(page, 'account');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
  await expectAccessible(page, 'not found');
  const asset = await page.request.get('/assets/no-such-file.js');
  expect(asset.status()).toBe(404);
});

test('at 200 % zoom the home page needs no horizontal scrolling', async ({ page }) => {
  await signIn(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await expectNoHorizontalScroll(page);
});

test('a user who does not work cases finds a home page without the case screens', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('メールアドレス').fill('executive@kakehashi.example');
  await page.getByLabel('パスワード').fill('kakehashi-demo');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(menu.getByRole('link', { name: 'アカウント' })).toBeVisible();
  await expect(menu.getByRole('link', { name: '案件ボード' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page, 'home, executive');
});
