// One referral's whole path, each person in a browser of their own and by keyboard: a bank branch officer refers a
// company, the bank's head office forwards it, Center headquarters accepts it and assigns it to 東京事務所, the Tokyo
// consultant turns it into sending information and opens a case from its matches. After every step the branch officer
// reloads the referral's page and sees where it stands.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, screenshot, signIn } from './support/app';
import { CaseApi, shiftDays, today } from './support/case-fixtures';
import { uniqueTag } from './support/case-page';
import { chooseByKeyboard, pick, pressKey, tabTo, typeDate, typeInto } from './support/keyboard';
import { CENTER_HQ, PARTNER_BRANCH, PARTNER_HQ, randomCorporateNumber } from './support/referral-fixtures';

const CONSULTANT = 'consultant@kakehashi.example';

async function browserFor(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** The branch officer's view: the referral's page, reloaded, with its current step. */
async function branchSees(page: Page, url: string, step: string): Promise<void> {
  await page.goto(url);
  const steps = page.getByRole('navigation', { name: '紹介の進み具合' });
  await expect(steps.locator('[aria-current="step"]')).toContainText(step);
}

/** The referral form by keyboard, saved as a draft and submitted; returns the referral page's address. */
async function refer(page: Page, client: string): Promise<string> {
  await pressKey(
    page,
    page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '紹介する' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: '企業を紹介する' })).toBeVisible();
  await typeInto(page, page.getByRole('textbox', { name: /企業名/ }), client);
  await typeInto(page, page.getByRole('textbox', { name: /法人番号/ }), randomCorporateNumber());
  await expect(page.getByText('法人番号を確認しました。')).toBeVisible();
  await chooseByKeyboard(page, page.getByRole('button', { name: /業種/ }), /E 製造業/);
  await chooseByKeyboard(page, page.getByRole('button', { name: /所在地の都道府県/ }), /東京都/);
  await pick(page, page.getByRole('radio', { name: '中小企業' }));
  await pick(page, page.getByRole('radio', { name: /^人員過剰/ }));
  await typeInto(page, page.getByRole('textbox', { name: /送り出したい人数/ }), '2');
  await typeInto(page, page.getByRole('textbox', { name: /対象の職種/ }), '製造ライン作業員');
  await typeInto(
    page,
    page.getByRole('textbox', { name: /詳しい内容/ }),
    '受注減少のため、一時的に人員が余っています。',
  );
  await typeDate(page, page.getByRole('group', { name: /企業から同意を得た日/ }), shiftDays(today, -1));
  await typeInto(page, page.getByRole('textbox', { name: /同意を得た担当者/ }), '新宿支店 法人営業 森田');
  await pressKey(page, page.getByRole('button', { name: '下書きに保存' }));
  await expect(page.getByRole('heading', { level: 1, name: `紹介：${client}` })).toBeVisible();
  await pressKey(page, page.getByRole('button', { name: '提出する' }));
  await expect(page.getByRole('status').filter({ hasText: '提出しました' })).toBeVisible();
  return page.url();
}

/** The head office's list: the referral ticked and forwarded to the Center. */
async function forward(page: Page, client: string): Promise<void> {
  await page.goto('/referrals?status=SUBMITTED');
  const tick = page.getByRole('checkbox', { name: `${client}を選択` });
  await tabTo(page, tick);
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await pressKey(page, page.getByRole('button', { name: 'センターへ送付' }));
  await expect(page.getByRole('region', { name: 'センターへの送付の結果' })).toContainText(
    '1件を送付しました。',
  );
}

/** Headquarters' inbox: the referral found, accepted and assigned to 東京事務所. */
async function acceptAndAssign(page: Page, client: string, tag: string): Promise<void> {
  await pressKey(
    page,
    page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '紹介の受付' }),
  );
  await typeInto(page, page.getByRole('searchbox', { name: /紹介先企業名/ }), tag);
  await page.keyboard.press('Enter');
  await pressKey(page, page.getByRole('region', { name: /紹介の一覧/ }).getByRole('link', { name: client }));
  await pressKey(page, page.getByRole('button', { name: 'この紹介を受け付ける' }));
  await expect(page.getByRole('status').filter({ hasText: 'この紹介を受け付けました。' })).toBeVisible();
  await pressKey(page, page.getByRole('button', { name: '担当事務所を決める' }));
  const dialog = page.getByRole('dialog', { name: '担当事務所を決める' });
  await chooseByKeyboard(page, dialog.getByRole('button', { name: /担当の地方事務所/ }), /^東京事務所$/);
  await pressKey(page, dialog.getByRole('button', { name: '決定する' }));
  await expect(page.getByRole('status').filter({ hasText: '担当を東京事務所に決めました。' })).toBeVisible();
}

/** The Tokyo consultant: the company registered from the referral, its sending information prefilled and linked. */
async function convert(page: Page, client: string, tag: string): Promise<void> {
  await pressKey(
    page,
    page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事務所の紹介' }),
  );
  await typeInto(page, page.getByRole('searchbox', { name: /紹介先企業名/ }), tag);
  await pressKey(page, page.getByRole('button', { name: '絞り込む' }));
  await pressKey(page, page.getByRole('region', { name: /紹介の一覧/ }).getByRole('link', { name: client }));
  await pressKey(
    page,
    page.getByRole('region', { name: /対応開始/ }).getByRole('button', { name: '紹介の内容で企業を登録' }),
  );
  await expect(page.getByRole('textbox', { name: /職種名/ })).toHaveValue('製造ライン作業員');
  await expect(page.getByRole('textbox', { name: /^人数/ })).toHaveValue('2');
  await chooseByKeyboard(page, page.getByRole('button', { name: /職業分類/ }), /^H /);
  await pick(
    page,
    page
      .getByRole('radiogroup', { name: /希望する形態/ })
      .getByRole('radio', { name: '在籍型出向', exact: true }),
  );
  await chooseByKeyboard(page, page.getByRole('button', { name: /送出理由/ }), /雇用調整/);
  await pressKey(page, page.getByRole('button', { name: '登録して次へ' }));
  await pressKey(
    page,
    page.getByRole('region', { name: /対応開始/ }).getByRole('button', { name: '紐付けて対応を始める' }),
  );
  await expect(page.getByRole('status').filter({ hasText: '対応中にしました' })).toBeVisible();
}

/** From the new sending information's matches, the counterpart taken up: the case opens at STEP1. */
async function openCase(page: Page, receiver: string): Promise<void> {
  await pressKey(page, page.getByRole('link', { name: '送出情報を開く' }));
  await pressKey(page, page.getByRole('link', { name: '候補（マッチング）を見る' }));
  const card = page
    .getByRole('region', { name: '受入情報の候補' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: receiver }) });
  await pressKey(page, card.getByRole('button', { name: /^採用して案件を作成\s*（/ }));
  await pressKey(
    page,
    page
      .getByRole('dialog', { name: '採用して案件を作成' })
      .getByRole('button', { name: '採用して案件を作成' }),
  );
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const steps = page.getByRole('navigation', { name: '案件の進み具合' });
  await expect(steps.locator('[aria-current="step"]')).toContainText('STEP1 情報収集');
}

test('a referral from a bank branch to a case at 東京事務所, each person in their own browser, the branch seeing every step', async ({
  browser,
  request,
}) => {
  test.setTimeout(300_000);
  const tag = uniqueTag();
  const client = `株式会社かけはし紹介工業${tag}`;
  const receiver = `紹介先受入精機${tag}`;
  // A Tokyo place for the same work, recorded by a colleague: what the converted offer will be matched with.
  const colleague = await CaseApi.signIn(request);
  await colleague.receivingOffer(await colleague.company(receiver), 'SECONDMENT', `製造ライン作業員${tag}`);

  const branch = await browserFor(browser, PARTNER_BRANCH);
  const url = await refer(branch, client);
  await branchSees(branch, url, '提出済み');

  await forward(await browserFor(browser, PARTNER_HQ), client);
  await branchSees(branch, url, 'センターへ送付済み');

  await acceptAndAssign(await browserFor(browser, CENTER_HQ), client, tag);
  await branchSees(branch, url, '担当事務所決定');
  // The office is named to the partner; the Center's people are not.
  await expect(branch.getByText('東京事務所').first()).toBeVisible();
  await expect(branch.getByText('本田 花子')).toHaveCount(0);

  const consultant = await browserFor(browser, CONSULTANT);
  await convert(consultant, client, tag);
  await branchSees(branch, url, '対応中');
  await expectAccessible(branch, 'partner referral page, converted');
  await screenshot(branch, 'referral-journey-partner-converted');

  await openCase(consultant, receiver);
  await expectAccessible(consultant, 'case opened from a referral');
});
