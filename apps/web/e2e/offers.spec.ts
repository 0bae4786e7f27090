import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { tabTo } from './support/keyboard';
import { pageApi } from './support/page-api';

/** A demo company of the Tokyo office, the demo consultant's (prisma/seed/demo/companies.csv). */
const TOKYO_COMPANY = '株式会社ワールドブリッジトラベル';
const TOKYO_COMPANY_SEARCH = 'ワールドブリッジ';

/** The API as the page calls it (the session cookie, and the header that marks the app's own requests). */
async function createSendingOfferViaApi(
  page: Page,
  jobTitle: string,
): Promise<{ id: string; version: number }> {
  const found = await pageApi<{ companies: { edges: { node: { id: string } }[] } }>(
    page,
    'query ($q: String!) { companies(first: 1, filter: { query: $q }) { edges { node { id } } } }',
    { q: TOKYO_COMPANY_SEARCH },
  );
  const created = await pageApi<{ createSendingOffer: { id: string; version: number } }>(
    page,
    `mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id version } }`,
    {
      input: {
        companyId: found.companies.edges[0]?.node.id,
        moveType: 'SECONDMENT',
        peopleCount: 2,
        reason: 'EMPLOYMENT_ADJUSTMENT',
        occupationCode: 'D',
        jobTitle,
        skills: ['接客'],
      },
    },
  );
  return created.createSendingOffer;
}

/**
 * Text arriving in one input event, as an IME commit or a paste does. The field is clicked first, so that the text
 * goes where a user would put it (Playwright's fill would also scroll the field into view after typing).
 */
async function enter(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.page().keyboard.insertText(text);
}

function unique(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 7)}`;
}

test('a consultant records a sending offer, skills chosen in the picker through a Japanese IME, and finds it in the list', async ({
  page,
}) => {
  const jobTitle = unique('倉庫作業リーダー');
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: '送出情報' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '送出情報' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /全\d+件中/ })).toBeVisible();
  await expectAccessible(page, 'sending list, filled');
  await screenshot(page, 'offers-sending-list');

  await page.getByRole('link', { name: '送出情報を登録' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '送出情報の登録' })).toBeVisible();
  await expectAccessible(page, 'sending form, empty');
  await screenshot(page, 'offers-sending-form-empty');

  // Sent empty: the API names every missing field, the summary lists them and focus lands on the first.
  await page.getByRole('button', { name: '登録する' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '保存できませんでした' });
  await expect(summary).toContainText('企業を選択してください。');
  await expect(summary).toContainText('職種名を入力してください。');
  const company = page.getByRole('combobox', { name: /企業/ });
  await expect(company).toBeFocused();
  await expect(company).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: /職種名/ })).toHaveAccessibleDescription(
    /職種名を入力してください/,
  );
  await expectAccessible(page, 'sending form, with errors');
  await screenshot(page, 'offers-sending-form-errors');

  await enter(company, TOKYO_COMPANY_SEARCH);
  // The company picker's suggestions show under the field, beside the API's error: the page stays whole for axe.
  await expect(page.getByRole('option', { name: new RegExp(TOKYO_COMPANY) })).toBeVisible();
  await expect(page.getByText('企業を選択してください。').last()).toBeVisible();
  await expectAccessible(page, 'sending form, with errors, company picker open');
  await screenshot(page, 'offers-sending-company-picker');
  await page.getByRole('option', { name: new RegExp(TOKYO_COMPANY) }).click();
  await expect(company).toHaveValue(TOKYO_COMPANY);
  await page.getByRole('textbox', { name: /職種名/ }).fill(jobTitle);
  await page.getByRole('button', { name: /職業分類/ }).click();
  await page.getByRole('option', { name: /^H / }).click();
  await page
    .getByRole('radiogroup', { name: /希望する形態/ })
    .locator('label')
    .first()
    .click();
  await page.getByRole('textbox', { name: /^人数/ }).fill('3');
  await page.getByRole('button', { name: /送出理由/ }).click();
  await page.getByRole('option').first().click();

  // The skill picker, typed through an IME: the reading is composed, the Enter that confirms the conversion is the
  // IME's, and the text is committed. Nothing may be chosen or sent by that Enter.
  const skills = page.getByRole('textbox', { name: 'スキル・免許・資格' });
  await skills.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ようせつ', selectionStart: 4, selectionEnd: 4 });
  await expect(page.getByRole('option', { name: /^溶接 ヨウセツ/ })).toBeVisible();
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await cdp.send('Input.insertText', { text: '溶接' });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 13,
  });
  await expect(skills).toHaveValue('溶接');
  await expect(page.getByLabel('スキル・免許・資格（選択済み）')).toHaveText('まだ選択されていません');
  await expect(page).toHaveURL(/\/offers\/sending\/new$/);
  await expect(page.getByRole('option', { name: /^溶接 ヨウセツ/ })).toBeVisible();
  await expectAccessible(page, 'sending form, skill picker open');
  await screenshot(page, 'offers-sending-skill-picker');
  await page.getByRole('option', { name: /^溶接 ヨウセツ/ }).click();
  await enter(skills, 'ふぉーく');
  await page.getByRole('option', { name: /フォークリフト運転技能/ }).click();
  const chosen = page.getByRole('grid', { name: /スキル・免許・資格（選択済み）/ });
  await expect(chosen.getByRole('row')).toHaveCount(2);
  await expect(chosen.getByRole('row', { name: '溶接' })).toBeVisible();
  await expect(chosen.getByRole('row', { name: 'フォークリフト運転技能' })).toBeVisible();

  const wage = page.getByRole('textbox', { name: /現在の月額賃金/ });
  await wage.fill('280000');
  await wage.blur();
  await expect(wage).toHaveValue('280,000円');
  await enter(page.getByRole('textbox', { name: '勤務可能な都道府県' }), '関東');
  await page.getByRole('option', { name: /神奈川県/ }).click();

  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: jobTitle })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('登録しました。');
  await expect(page.locator('dt:text-is("現在の月額賃金") + dd')).toHaveText('280,000円');
  await expect(page.locator('dt:text-is("勤務可能な都道府県") + dd')).toHaveText('神奈川県');
  await expect(page.locator('dt:text-is("スキル・免許・資格") + dd')).toContainText('溶接');
  const matches = page.getByRole('link', { name: '候補（マッチング）を見る' });
  await expect(matches).toHaveAttribute('href', /\/offers\/sending\/[0-9a-f-]{36}\/matches$/);
  await expectAccessible(page, 'sending offer page');
  await screenshot(page, 'offers-sending-detail');

  await page.getByRole('link', { name: '送出情報の一覧へ' }).click();
  const row = page.getByRole('row', { name: new RegExp(jobTitle) });
  await expect(row).toContainText(TOKYO_COMPANY);
  await expect(row).toContainText('3人（残り3人）');
  await expect(row).toContainText('受付中');
});

test('the list keeps its filters in the URL: a reload shows the same list, and an empty one says so', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/offers/sending');
  const status = page.getByRole('status').filter({ hasText: /件/ });
  await expect(status).toContainText(/全\d+件中/);

  await page.getByRole('button', { name: /都道府県（企業の所在地）/ }).click();
  await page.getByRole('option', { name: '東京都' }).click();
  await expect(page).toHaveURL(/prefecture=/);
  await page.getByRole('button', { name: /職業分類/ }).click();
  await page.getByRole('option', { name: /^D / }).click();
  await expect(page).toHaveURL(/occupation=D/);
  // The list answered for both filters (it keeps the last answer on screen, marked busy, while it asks).
  await expect(page.locator('[aria-busy="false"]')).toBeVisible();
  const filtered = await status.textContent();
  const rows = await page.getByRole('region', { name: '送出情報の一覧' }).getByRole('row').allTextContents();

  await page.reload();
  await expect(page.locator('[aria-busy="false"]')).toBeVisible();
  await expect(page.getByRole('button', { name: /都道府県（企業の所在地）/ })).toContainText('東京都');
  await expect(page.getByRole('button', { name: /職業分類/ })).toContainText('D ');
  await expect(status).toHaveText(filtered ?? '');
  await expect(page.getByRole('region', { name: '送出情報の一覧' }).getByRole('row')).toHaveText(rows);

  // A shared link with a date range nothing was received in: the empty state, not a blank area.
  await page.goto('/offers/sending?from=2001-01-01&to=2001-01-31');
  await expect(page.getByText('条件に合う情報はありません')).toBeVisible();
  await expect(status).toHaveText('該当する情報は0件です');
  await expect(page.getByText('2001年1月1日（平成13年）')).toBeVisible();
  await expectAccessible(page, 'sending list, empty');
  await screenshot(page, 'offers-sending-list-empty');
  await page.getByRole('link', { name: '条件をすべて解除' }).click();
  await expect(page).toHaveURL(/\/offers\/sending$/);
  await expect(status).toContainText(/全\d+件中/);
});

test('an edit shows the API’s error at the field, and a stale edit is refused with a reload, never written over', async ({
  page,
}) => {
  await signIn(page);
  const jobTitle = unique('編集テスト');
  const offer = await createSendingOfferViaApi(page, jobTitle);
  await page.goto(`/offers/sending/${offer.id}`);
  await page.getByRole('link', { name: '編集' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '送出情報の編集' })).toBeVisible();

  const people = page.getByRole('textbox', { name: /^人数/ });
  await people.fill('0');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '保存できませんでした' })).toContainText(
    '人数は1以上9999以下の整数で入力してください。',
  );
  await expect(people).toBeFocused();
  await expect(people).toHaveAttribute('aria-invalid', 'true');
  await expect(people).toHaveAccessibleDescription(/1以上9999以下/);
  await expectAccessible(page, 'sending edit, with errors');
  await screenshot(page, 'offers-sending-edit-errors');

  // Someone else saves first; this form's save is refused and offers the latest version instead.
  await pageApi(
    page,
    'mutation ($input: UpdateSendingOfferInput!) { updateSendingOffer(input: $input) { id } }',
    {
      input: { id: offer.id, expectedVersion: offer.version, jobTitle: `${jobTitle}（他者が変更）` },
    },
  );
  await people.fill('5');
  await page.getByRole('button', { name: '保存する' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: '他のユーザーが先にこの情報を更新しました' });
  await expect(conflict).toContainText('最新の内容を読み込み直して');
  await expectAccessible(page, 'sending edit, conflict');
  await conflict.getByRole('button', { name: '最新の内容を読み込む' }).click();
  await expect(page.getByRole('status')).toContainText('他のユーザーが変更した項目: 職種名');
  await expect(page.getByRole('textbox', { name: /職種名/ })).toHaveValue(`${jobTitle}（他者が変更）`);
  await expect(people).toHaveValue('2');

  await people.fill('4');
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('status')).toHaveText('保存しました。');
  await expect(page.getByRole('heading', { level: 1, name: `${jobTitle}（他者が変更）` })).toBeVisible();
  await expect(page.locator('dt:text-is("人数") + dd')).toHaveText('4人');
});

test('the whole create journey works by keyboard alone', async ({ page }) => {
  const jobTitle = unique('キーボード登録');
  await signIn(page);
  await tabTo(page, page.getByRole('link', { name: '送出情報', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '送出情報' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: '送出情報を登録' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '送出情報の登録' })).toBeVisible();

  await tabTo(page, page.getByRole('combobox', { name: /企業/ }));
  await page.keyboard.type(TOKYO_COMPANY_SEARCH);
  await expect(page.getByRole('option', { name: new RegExp(TOKYO_COMPANY) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: /企業/ })).toHaveAttribute(
    'aria-activedescendant',
    (await page.getByRole('option', { name: new RegExp(TOKYO_COMPANY) }).getAttribute('id')) ?? 'missing',
  );
  await expectAccessible(page, 'sending form, company picker open, an option highlighted');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: /企業/ })).toHaveValue(TOKYO_COMPANY);
  await expect(page.getByRole('listbox')).toBeHidden();

  await tabTo(page, page.getByRole('textbox', { name: /職種名/ }));
  await page.keyboard.type(jobTitle);
  await page.keyboard.press('Tab'); // 職業分類: type-ahead on the closed list chooses by its code
  await page.keyboard.type('D');
  await expect(page.getByRole('button', { name: /職業分類/ })).toContainText('D ');
  await page.keyboard.press('Tab'); // 希望する形態: Space chooses the focused one
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio').first()).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /^人数/ })).toBeFocused();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab'); // 送出理由: open, first choice, Enter
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('textbox', { name: 'スキル・免許・資格' }));
  await page.keyboard.type('せっきゃく');
  await expect(page.getByRole('option', { name: /^接客/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // Enter in the picker chooses; it never sends the half-filled form.
  await page.keyboard.press('Enter');
  const chosen = page.getByRole('grid', { name: /選択済み/ });
  await expect(chosen.getByRole('row')).toHaveCount(1);
  await expect(chosen.getByRole('row', { name: '接客' })).toBeVisible();
  await expect(page).toHaveURL(/\/offers\/sending\/new$/);

  await tabTo(page, page.getByRole('button', { name: '登録する' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: jobTitle })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('登録しました。');
});

test('receiving information: the list and the form are accessible, and a receiving offer is recorded', async ({
  page,
}) => {
  const jobTitle = unique('経理スタッフ');
  await signIn(page);
  await page.goto('/offers/receiving');
  await expect(page.getByRole('heading', { level: 1, name: '受入情報' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /全\d+件中/ })).toBeVisible();
  await expectAccessible(page, 'receiving list, filled');
  await screenshot(page, 'offers-receiving-list');

  await page.getByRole('link', { name: '受入情報を登録' }).click();
  await expectAccessible(page, 'receiving form, empty');
  const company = page.getByRole('combobox', { name: /企業/ });
  await enter(company, TOKYO_COMPANY_SEARCH);
  await page.getByRole('option', { name: new RegExp(TOKYO_COMPANY) }).click();
  await page.getByRole('textbox', { name: /職種名/ }).fill(jobTitle);
  await page.getByRole('button', { name: /職業分類/ }).click();
  await page.getByRole('option', { name: /^C / }).click();
  await page
    .getByRole('group', { name: /受入れ可能な形態/ })
    .locator('label')
    .first()
    .click();
  await page.getByRole('textbox', { name: /募集人数/ }).fill('2');
  await page.getByRole('button', { name: /就業場所の都道府県/ }).click();
  await page.getByRole('option', { name: '東京都' }).click();
  const required = page.getByRole('textbox', { name: '必須のスキル・免許・資格' });
  await enter(required, 'ぼき');
  await page.getByRole('option', { name: /簿記/ }).first().click();
  await expect(page.getByRole('grid', { name: /必須のスキル・免許・資格（選択済み）/ })).toContainText(
    '簿記',
  );
  await screenshot(page, 'offers-receiving-form');

  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: jobTitle })).toBeVisible();
  await expect(page.locator('dt:text-is("募集人数") + dd')).toHaveText('2人');
  await expect(page.locator('dt:text-is("未充足の人数") + dd')).toHaveText('2人');
  await expectAccessible(page, 'receiving offer page');
  await screenshot(page, 'offers-receiving-detail');
});

test('at 200 % zoom the list and the form need no horizontal scrolling', async ({ page }) => {
  await signIn(page);
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('/offers/sending');
  await expect(page.getByRole('status').filter({ hasText: /全\d+件中/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto('/offers/sending/new');
  await expect(page.getByRole('heading', { level: 1, name: '送出情報の登録' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'offers-sending-form-zoom');
});
