import { expect, test, type Page } from '@playwright/test';
import { apiAs, type Api } from './support/api';
import { DEMO_HQ, shiftDays, today } from './support/case-fixtures';
import { corporateNumber } from './support/corporate-number';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { chooseByKeyboard, tabTo, typeDate } from './support/keyboard';
import { draftReferral, PARTNER_BRANCH, PARTNER_HQ, returnedReferral } from './support/referral-fixtures';

// The partner portal as a bank branch officer (M銀行 新宿支店) and its head office use it: their own frame and menus,
// the home with counts and what changed, referring a company by keyboard alone, a referral's path, a returned
// referral corrected and resubmitted, and another's referral shown as not found.

const tag = () => Math.random().toString(36).slice(2, 7);
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

let branch: Api;
let partnerHq: Api;
let coordinator: Api;

test.beforeAll(async ({ baseURL }) => {
  branch = await apiAs(baseURL!, PARTNER_BRANCH);
  partnerHq = await apiAs(baseURL!, PARTNER_HQ);
  coordinator = await apiAs(baseURL!, DEMO_HQ);
});
test.afterAll(async () => {
  await Promise.all([branch?.dispose(), partnerHq?.dispose(), coordinator?.dispose()]);
});

async function expectStep(page: Page, label: string): Promise<void> {
  const steps = page.getByRole('navigation', { name: '紹介の進み具合' });
  await expect(steps.locator('[aria-current="step"]')).toContainText(label);
}

test('a branch officer sees the partner portal and refers a company by keyboard alone, then submits it', async ({
  page,
}) => {
  await signIn(page, PARTNER_BRANCH);
  // The partner's own frame: institution and branch in the header, only the partner's menus.
  await expect(page.getByTestId('partner-affiliation')).toHaveText(/M銀行\s*新宿支店/);
  const menu = mainMenu(page);
  await expect(menu.getByRole('link')).toHaveText(['ホーム', '紹介する', '紹介の一覧', 'アカウント']);
  for (const center of ['企業', '送出情報', '受入情報', '案件ボード', 'タスク', '一括登録']) {
    await expect(menu.getByRole('link', { name: center, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: /新宿支店の紹介（状態別）/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^下書き \d+件$/ })).toHaveAttribute(
    'href',
    '/referrals?status=DRAFT',
  );
  await expectAccessible(page, 'partner home');
  await screenshot(page, 'partner-home');

  await tabTo(page, menu.getByRole('link', { name: '紹介する' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '企業を紹介する' })).toBeVisible();
  await expectAccessible(page, 'referral form, empty');

  const client = `株式会社かけはし精工${tag()}`;
  const body = `${Date.now()}`.slice(-12).padStart(12, '7');
  await tabTo(page, page.getByRole('textbox', { name: /企業名/ }));
  await page.keyboard.insertText(client);
  await page.keyboard.press('Tab');
  const number = page.getByRole('textbox', { name: /法人番号/ });
  await expect(number).toBeFocused();
  // A wrong check digit is refused at the field as it is typed, in the API's words.
  await page.keyboard.type(corporateNumber(body, { valid: false }));
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(number).toHaveAccessibleDescription(/法人番号のチェックデジットが正しくありません/);
  await expectAccessible(page, 'referral form, wrong check digit');
  await screenshot(page, 'partner-referral-wrong-corporate-number');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(corporateNumber(body, { valid: true }));
  await expect(page.getByText('法人番号を確認しました。')).toBeVisible();
  await expect(number).not.toHaveAttribute('aria-invalid', 'true');

  await chooseByKeyboard(page, page.getByRole('button', { name: /業種/ }), /E 製造業/);
  await chooseByKeyboard(page, page.getByRole('button', { name: /所在地の都道府県/ }), /東京都/);
  await tabTo(page, page.getByRole('radio', { name: '中小企業' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('120');
  await tabTo(page, page.getByRole('radio', { name: /^人員過剰/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: /送り出したい人数/ }));
  await page.keyboard.type('3');
  await tabTo(page, page.getByRole('textbox', { name: /対象の職種/ }));
  await page.keyboard.insertText('製造ライン作業員');
  await typeDate(page, page.getByRole('group', { name: /希望の時期/ }), shiftDays(today, 120));
  await tabTo(page, page.getByRole('textbox', { name: /詳しい内容/ }));
  await page.keyboard.insertText('受注減少のため、一時的に人員が余っています。');
  // Without the client's consent the API refuses the draft, naming both consent fields; focus goes to the first.
  await tabTo(page, page.getByRole('button', { name: '下書きに保存' }));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: '入力内容を確認してください' });
  await expect(summary).toContainText('企業から情報提供の同意を得た日を入力してください');
  await expect(summary).toContainText('同意を取得した担当者名を入力してください。');
  const consentOn = page.getByRole('group', { name: /企業から同意を得た日/ });
  await expect(consentOn.getByRole('spinbutton').first()).toBeFocused();
  await expect(page.getByRole('textbox', { name: /同意を得た担当者/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectAccessible(page, 'referral form, refused');
  await screenshot(page, 'partner-referral-form-refused');
  await page.keyboard.type(shiftDays(today, -2).replaceAll('-', ''));
  await tabTo(page, page.getByRole('textbox', { name: /同意を得た担当者/ }));
  await page.keyboard.insertText('新宿支店 法人営業 森田');
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'partner-referral-form-filled');
  await page.setViewportSize({ width: 1280, height: 800 });

  await tabTo(page, page.getByRole('button', { name: '下書きに保存' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `紹介：${client}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '下書きに保存しました' })).toBeVisible();
  await expectStep(page, '下書き');
  await expectAccessible(page, 'referral page, draft');

  await tabTo(page, page.getByRole('button', { name: '提出する' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '提出しました' })).toBeVisible();
  await expectStep(page, '提出済み');
  await expect(page.getByRole('definition').filter({ hasText: '東京都' })).toBeVisible();
  await expectAccessible(page, 'referral page, submitted');
  await screenshot(page, 'partner-referral-submitted');
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
});

test('a returned referral shows on the home and its page with the reason, and is corrected and resubmitted', async ({
  page,
}) => {
  const client = `株式会社修正試験${tag()}`;
  const reason = `従業員数と送出人数を確認してください（${tag()}）。`;
  const coordinatorName = (await coordinator.gql<{ me: { name: string } }>('{ me { name } }')).me.name;
  const id = await returnedReferral({ branch, partnerHq, coordinator }, client, reason);
  // Everything the partner's pages receive: no Center staff member's name may be in it.
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/graphql')) bodies.push(await response.text().catch(() => ''));
  });

  await signIn(page, PARTNER_BRANCH);
  const changes = page.getByRole('region', { name: '前回の確認からの変化' });
  const change = changes.getByRole('listitem').filter({ hasText: client }).filter({ hasText: reason });
  await expect(change).toContainText('差戻し');
  await expect(change).toContainText('産業雇用安定センター');
  await expectAccessible(page, 'partner home, with changes');
  await screenshot(page, 'partner-home-changes');

  await change.getByRole('link', { name: client }).click();
  await expect(page.getByRole('heading', { level: 1, name: `紹介：${client}` })).toBeVisible();
  await expectStep(page, '差戻し');
  await expect(page.getByText(`差戻しの理由：${reason}`)).toBeVisible();
  await expect(page.getByRole('region', { name: '履歴' })).toContainText('差戻し（産業雇用安定センター）');
  await expectAccessible(page, 'referral page, returned');
  await screenshot(page, 'partner-referral-returned');

  await page.getByRole('link', { name: '内容を修正する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `紹介の修正：${client}` })).toBeVisible();
  await expectAccessible(page, 'referral edit, as stored');
  const consentBy = page.getByRole('textbox', { name: /同意を得た担当者/ });
  await consentBy.fill('');
  await page.getByRole('button', { name: '保存' }).click();
  // The API's field error at its field, announced in the summary, focus on it.
  await expect(page.getByRole('alert')).toContainText('同意を取得した担当者名を入力してください。');
  await expect(consentBy).toBeFocused();
  await expect(consentBy).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'referral edit, refused');
  await screenshot(page, 'partner-referral-edit-refused');

  await consentBy.fill('新宿支店 法人営業 森田');
  await page.getByRole('textbox', { name: /送り出したい人数/ }).fill('2');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status').filter({ hasText: '修正を保存しました' })).toBeVisible();
  await page.getByRole('button', { name: '再提出する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '提出しました' })).toBeVisible();
  await expectStep(page, '提出済み');
  const after = await branch.gql<{ referral: { status: string; surplusPeople: number | null } }>(
    `query ($id: ID!) { referral(id: $id) { status surplusPeople } }`,
    { id },
  );
  expect(after.referral).toEqual({ status: 'SUBMITTED', surplusPeople: 2 });

  // The home moved on: the return it showed is not news any more.
  await page.getByRole('link', { name: 'ホーム', exact: true }).click();
  await expect(page.getByRole('region', { name: '前回の確認からの変化' })).not.toContainText(reason);
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.filter((text) => text.includes(coordinatorName))).toEqual([]);
});

test('another branch’s referral and an unknown one show the not-found page; the head office gets its own menus', async ({
  page,
}) => {
  const headOfficeClient = `株式会社本部紹介${tag()}`;
  const headOffice = await draftReferral(partnerHq, headOfficeClient);
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/graphql')) bodies.push(await response.text().catch(() => ''));
  });
  await signIn(page, PARTNER_BRANCH);
  for (const id of [headOffice.id, '00000000-0000-4000-8000-00000000dead', 'not-an-id']) {
    await page.goto(`/referrals/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
    await expect(page.getByText('株式会社本部紹介')).toHaveCount(0);
  }
  await expectAccessible(page, 'referral not found');
  await screenshot(page, 'partner-referral-not-found');
  await page.goto(`/referrals/${headOffice.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
  // Not on the screen, nor in anything the branch's pages received.
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.filter((text) => text.includes(headOfficeClient))).toEqual([]);

  await page.context().clearCookies();
  await signIn(page, PARTNER_HQ);
  await expect(page.getByTestId('partner-affiliation')).toHaveText(/M銀行\s*本部/);
  await expect(mainMenu(page).getByRole('link')).toHaveText([
    'ホーム',
    '紹介する',
    '紹介の一覧',
    '一括登録',
    'アカウント',
  ]);
  await expect(page.getByRole('heading', { name: /M銀行の紹介（状態別）/ })).toBeVisible();
  await page.goto(`/referrals/${headOffice.id}`);
  await expectStep(page, '下書き');
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'partner home, head office, 640 px');
});
