// The Center's side of partners' referrals in the browser: headquarters' inbox (duplicates side by side, accept and
// assign by keyboard alone, a bulk return with its summary) and the assigned office's consultant turning a referral
// into sending information prefilled from it and reporting the outcome the partner then sees.
import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { tabTo } from './support/keyboard';
import {
  acceptReferral,
  assignedReferral,
  CENTER_HQ,
  forwardedReferral,
  partnerView,
  randomCorporateNumber,
} from './support/referral-fixtures';

const CONSULTANT = 'consultant@kakehashi.example';

/** Unique per test: the suite shares one database with every other spec file. */
function tag(): string {
  return Math.random().toString(36).slice(2, 8);
}

async function narrow(page: Page, check: () => Promise<void>): Promise<void> {
  const wide = page.viewportSize();
  await page.setViewportSize({ width: 640, height: 800 });
  await check();
  await expectNoHorizontalScroll(page);
  if (wide) await page.setViewportSize(wide);
}

test('headquarters compares a duplicate side by side, then accepts and assigns it to 東京事務所 by keyboard alone', async ({
  page,
  baseURL,
}) => {
  const t = tag();
  const corporateNumber = randomCorporateNumber();
  const first = await forwardedReferral(baseURL!, { clientName: `株式会社先行精機${t}`, corporateNumber });
  const second = await forwardedReferral(baseURL!, { clientName: `先行精機株式会社${t}`, corporateNumber });

  await signIn(page, CENTER_HQ);
  const menu = page.getByRole('navigation', { name: 'メインメニュー' });
  await tabTo(page, menu.getByRole('link', { name: '紹介の受付' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '紹介の受付' })).toBeVisible();

  // The filter by keyboard: typed, then Enter; it lands in the address.
  await tabTo(page, page.getByRole('searchbox', { name: /紹介先企業名/ }));
  await page.keyboard.type(t);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${t}`));
  const results = page.getByRole('region', { name: /紹介の一覧/ });
  await expect(results.getByRole('row')).toHaveCount(3);
  const duplicateRow = results.getByRole('row', { name: new RegExp(second.clientName) });
  await expect(duplicateRow).toContainText('重複の可能性');
  await expect(page.getByRole('status').filter({ hasText: '該当 2件中' })).toBeVisible();
  await expectAccessible(page, 'inbox filtered');
  await screenshot(page, 'hq-referrals-inbox');
  await narrow(page, () => expect(duplicateRow).toBeVisible());

  await tabTo(page, results.getByRole('link', { name: second.clientName }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: second.clientName })).toBeVisible();
  const duplicates = page.getByRole('region', { name: '重複の可能性' });
  await expect(duplicates.getByRole('heading', { name: 'この紹介' })).toBeVisible();
  await expect(
    duplicates.getByRole('heading', { name: /一致した記録（法人番号が一致）：紹介/ }),
  ).toBeVisible();
  await expect(duplicates.getByRole('link', { name: `紹介「${first.clientName}」を開く` })).toBeVisible();
  await expect(duplicates).toContainText(second.clientName);
  await expectAccessible(page, 'inbox referral with a duplicate');
  await screenshot(page, 'hq-referrals-duplicate');
  await narrow(page, () => expect(duplicates).toBeVisible());

  await tabTo(page, page.getByRole('button', { name: 'この紹介を受け付ける' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'この紹介を受け付けました。' })).toBeVisible();
  await expect(page.getByRole('region', { name: '紹介の内容' })).toContainText('センター受付済み');

  await tabTo(page, page.getByRole('button', { name: '担当事務所を決める' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '担当事務所を決める' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: /担当の地方事務所/ }));
  await page.keyboard.press('Enter');
  // The list opens on its first office; arrow keys walk down to 東京事務所 (type-ahead needs keys Japanese lacks).
  const offices = await page.getByRole('listbox').getByRole('option').allTextContents();
  for (let i = 0; i < offices.indexOf('東京事務所'); i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: '東京事務所' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: /担当の地方事務所/ })).toContainText('東京事務所');
  await expectAccessible(page, 'assign dialog open');
  await screenshot(page, 'hq-referrals-assign-dialog');
  await tabTo(page, dialog.getByRole('button', { name: '決定する' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '担当を東京事務所に決めました。' })).toBeVisible();
  const content = page.getByRole('region', { name: '紹介の内容' });
  await expect(content).toContainText('担当事務所決定');
  await expect(content).toContainText('東京事務所');
  await expectAccessible(page, 'inbox referral assigned');
});

test('headquarters returns two referrals at once with a reason and sees which one was refused and why', async ({
  page,
  baseURL,
}) => {
  const t = tag();
  const open = await forwardedReferral(baseURL!, { clientName: `株式会社差戻甲${t}` });
  const taken = await forwardedReferral(baseURL!, { clientName: `株式会社差戻乙${t}` });
  // Another coordinator accepted this one first: a return is no longer possible.
  const center = await apiAs(baseURL!, CENTER_HQ);
  await acceptReferral(center, taken);
  await center.dispose();

  await signIn(page, CENTER_HQ);
  await page.goto(`/inbox/referrals?q=${t}`);
  const results = page.getByRole('region', { name: /紹介の一覧/ });
  await expect(results.getByRole('row')).toHaveCount(3);
  // Each row's checkbox, by keyboard (Space), as its accessible name says.
  for (const name of [open.clientName, taken.clientName]) {
    await page.getByRole('checkbox', { name: `${name}を選択` }).focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByRole('radio', { name: '選択した紹介（2件）' })).toBeChecked();

  await page.getByRole('button', { name: '差戻し', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '差し戻す' });
  await dialog.getByRole('button', { name: '差し戻す' }).click();
  // The API's own field error, announced and at its field.
  await expect(dialog.getByRole('alert')).toContainText('差戻しの理由を入力してください。');
  await expect(dialog.getByRole('textbox', { name: /差戻しの理由/ })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'bulk return dialog with errors');
  await screenshot(page, 'hq-referrals-return-errors');

  await dialog.getByRole('textbox', { name: /差戻しの理由/ }).fill('従業員数と希望時期を記入してください。');
  await dialog.getByRole('button', { name: '差し戻す' }).click();
  await expect(dialog).toBeHidden();
  const summary = page.getByRole('region', { name: '差戻しの結果' });
  await expect(summary.getByRole('status')).toHaveText('1件を処理しました。1件は処理できませんでした。');
  await expect(summary.getByRole('list').first()).toContainText(open.clientName);
  await expect(summary).toContainText(
    `${taken.clientName}：この紹介は現在「センター受付済み」のため、差戻しはできません。`,
  );
  await expect(results.getByRole('row', { name: new RegExp(open.clientName) })).toContainText('差戻し');
  await expectAccessible(page, 'bulk return summary');
  await screenshot(page, 'hq-referrals-bulk-summary');
  await narrow(page, () => expect(summary).toBeVisible());
});

test('the Tokyo consultant turns an assigned referral into sending information prefilled from it and reports the outcome', async ({
  page,
  baseURL,
}) => {
  const t = tag();
  const center = await apiAs(baseURL!, CENTER_HQ);
  const referral = await assignedReferral(
    center,
    await forwardedReferral(baseURL!, { clientName: `株式会社変換工業${t}` }),
  );
  await center.dispose();

  await signIn(page, CONSULTANT);
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '事務所の紹介' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '事務所の紹介' })).toBeVisible();
  await page.getByRole('searchbox', { name: /紹介先企業名/ }).fill(t);
  await page.getByRole('button', { name: '絞り込む' }).click();
  const results = page.getByRole('region', { name: /紹介の一覧/ });
  await expect(results.getByRole('row')).toHaveCount(2);
  await expectAccessible(page, 'office referrals');
  await screenshot(page, 'hq-referrals-office-list');
  await narrow(page, () => expect(page.getByRole('table')).toBeVisible());
  await results.getByRole('link', { name: referral.clientName }).click();

  const start = page.getByRole('region', { name: /対応開始/ });
  await expect(start).toContainText('法人番号が一致する企業はありません。');
  await expectAccessible(page, 'office referral to convert');
  await screenshot(page, 'hq-referrals-convert-start');
  await start.getByRole('button', { name: '紹介の内容で企業を登録' }).click();

  // The offers feature's own form, filled in from the referral.
  await expect(
    page.getByRole('heading', { level: 1, name: `送出情報の登録（${referral.clientName}の紹介から）` }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: /企業/ })).toHaveValue(referral.clientName);
  await expect(page.getByRole('textbox', { name: /職種名/ })).toHaveValue('製造ライン作業員');
  await expect(page.getByRole('textbox', { name: /^人数/ })).toHaveValue('3');
  await expectAccessible(page, 'sending form prefilled');
  await screenshot(page, 'hq-referrals-sending-prefilled');
  await narrow(page, () => expect(page.getByRole('textbox', { name: /職種名/ })).toBeVisible());
  await page.getByRole('button', { name: /職業分類/ }).click();
  await page.getByRole('option', { name: /^H / }).click();
  await page
    .getByRole('radiogroup', { name: /希望する形態/ })
    .locator('label')
    .first()
    .click();
  await page.getByRole('button', { name: /送出理由/ }).click();
  await page.getByRole('option').first().click();
  await page.getByRole('button', { name: '登録して次へ' }).click();

  const link = page.getByRole('region', { name: /対応開始/ });
  await expect(link.getByRole('link', { name: '送出情報を開く' })).toBeVisible();
  await expectAccessible(page, 'link step');
  await link.getByRole('button', { name: '紐付けて対応を始める' }).click();
  await expect(page.getByRole('status').filter({ hasText: '対応中にしました' })).toBeVisible();

  // 成立 without its case: the API's rule, at its field.
  const outcome = page.getByRole('region', { name: '結果の報告' });
  await outcome.getByText('成立', { exact: true }).click();
  await outcome.getByRole('button', { name: '結果を報告する' }).click();
  await expect(outcome.getByRole('alert')).toContainText('成立の場合は、成立した案件');
  await expectAccessible(page, 'outcome with errors');
  await screenshot(page, 'hq-referrals-outcome-errors');
  await outcome.getByRole('button', { name: /成立した案件/ }).click();
  await page.getByRole('option', { name: '案件なし（理由を入力）' }).click();
  await outcome
    .getByRole('textbox', { name: /案件がない理由/ })
    .fill('企業間で直接合意し、案件を経ずに成立しました。');
  await outcome.getByRole('button', { name: '結果を報告する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '結果を報告しました。' })).toBeVisible();
  await expect(page.getByRole('region', { name: '紹介の内容' })).toContainText('成立（');
  await expectAccessible(page, 'outcome reported');
  await screenshot(page, 'hq-referrals-outcome-reported');
  await narrow(page, () => expect(page.getByRole('region', { name: '紹介の内容' })).toBeVisible());

  // The referring branch sees how it ended.
  expect(await partnerView(baseURL!, referral.id)).toEqual({
    status: 'CLOSED',
    outcome: 'ESTABLISHED',
    outcomeLabel: '成立',
  });
});

test('headquarters accepts every referral the current filter matches, in one go', async ({
  page,
  baseURL,
}) => {
  const t = tag();
  for (const name of [`株式会社一括甲${t}`, `株式会社一括乙${t}`]) {
    await forwardedReferral(baseURL!, { clientName: name });
  }
  await signIn(page, CENTER_HQ);
  // The filter comes from the address, as a bookmark or a shared link would give it.
  await page.goto(`/inbox/referrals?q=${t}&status=FORWARDED`);
  await expect(page.getByRole('status').filter({ hasText: '該当 2件中' })).toBeVisible();
  await page.getByText('絞り込み条件に一致する紹介すべて（2件）').click();
  await page.getByRole('button', { name: '受付', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '受付' });
  await expect(dialog).toContainText('絞り込み条件に一致する紹介すべて（2件）を受け付けます。');
  await expectAccessible(page, 'bulk accept confirmation');
  await dialog.getByRole('button', { name: '実行' }).click();
  const summary = page.getByRole('region', { name: '受付の結果' });
  await expect(summary.getByRole('status')).toHaveText('2件を処理しました。0件は処理できませんでした。');
  // Both have left the filter (no longer 送付済み).
  await expect(page.getByRole('status').filter({ hasText: '該当する紹介は0件です' })).toBeVisible();
  await expectAccessible(page, 'bulk accept summary, empty list');
  await screenshot(page, 'hq-referrals-filter-accept');
});

test('a referral whose 法人番号 a registered company has starts from that company', async ({
  page,
  baseURL,
}) => {
  const t = tag();
  const corporateNumber = randomCorporateNumber();
  const consultant = await apiAs(baseURL!, CONSULTANT);
  const companyName = `株式会社登録済工業${t}`;
  await consultant.gql('mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }', {
    input: { legalName: companyName, corporateNumber, jsicMajorCode: 'E', prefectureCode: '13', size: 'SME' },
  });
  await consultant.dispose();
  const center = await apiAs(baseURL!, CENTER_HQ);
  const referral = await assignedReferral(
    center,
    await forwardedReferral(baseURL!, { clientName: `登録済工業${t}`, corporateNumber, need: 'SHORTAGE' }),
  );
  await center.dispose();

  await signIn(page, CONSULTANT);
  await page.goto(`/office/referrals/${referral.id}`);
  const start = page.getByRole('region', { name: /対応開始/ });
  await expect(start).toContainText(`法人番号が一致する企業「${companyName}」（東京事務所）があります。`);
  await expect(start.getByRole('button', { name: '紹介の内容で企業を登録' })).toHaveCount(0);
  await start.getByRole('button', { name: `「${companyName}」で対応を始める` }).click();
  // A shortage becomes receiving information, of the company found.
  await expect(
    page.getByRole('heading', { level: 1, name: `受入情報の登録（${referral.clientName}の紹介から）` }),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: /企業/ })).toHaveValue(companyName);
  await expectAccessible(page, 'receiving form prefilled from a matched company');
  await screenshot(page, 'hq-referrals-receiving-prefilled');
});
