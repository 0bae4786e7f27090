import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { chooseByKeyboard, tabTo } from './support/keyboard';

const HQ = 'hq@kakehashi.example';
/** A Tokyo company of the demo data (the demo consultant's office). */
const TOKYO_COMPANY = '株式会社東京ソフトウェアラボ';
const YAMADA = '株式会社山田製作所';

/** 法人番号 with its check digit (国税庁: 9 − Σ(digit × 1 or 2) mod 9 over the 12-digit body, read from the right). */
function corporateNumber(body12: string, { valid }: { valid: boolean }): string {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(body12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  const check = 9 - (sum % 9);
  return `${valid ? check : check === 9 ? 1 : check + 1}${body12}`;
}

async function chooseWithMouse(page: Page, label: RegExp, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: '会社名・フリガナ・法人番号' });
const results = (page: Page) => page.getByRole('region', { name: /企業の一覧/ });

async function search(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  await searchBox(page).press('Enter');
}

test('search finds a company however its name is typed; filters live in the URL and survive a reload', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: '企業', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '企業' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toContainText('1〜20件目');
  await expectAccessible(page, 'companies list, filled');
  await screenshot(page, 'companies-list');

  // Hiragana for a name stored in kanji with a katakana reading; half-width katakana; full-width digits.
  for (const typed of ['やまだせいさくしょ', 'ﾔﾏﾀﾞｾｲｻｸｼｮ', '山田製作', '３９９２３０１１００１３７']) {
    await search(page, typed);
    await expect(results(page).getByRole('link', { name: YAMADA })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '該当' })).toContainText('該当 1件中');
  }
  await expect(page).toHaveURL(/q=/);

  // Every filter the API has, kept in the URL: a reload shows the same list with the same form.
  await search(page, '');
  await chooseWithMouse(page, /都道府県/, /^愛知県$/);
  await chooseWithMouse(page, /産業分類（大分類）/, /^E 製造業$/);
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await expect(page).toHaveURL(/prefectureCode=/);
  await expect(page).toHaveURL(/jsicMajorCode=E/);
  await page.reload();
  await expect(page.getByRole('button', { name: /都道府県/ })).toContainText('愛知県');
  await expect(page.getByRole('button', { name: /産業分類（大分類）/ })).toContainText('E 製造業');
  const rows = results(page).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const prefectures = await results(page).locator('tbody tr td:nth-of-type(3)').allTextContents();
  expect(prefectures.length).toBeGreaterThan(0);
  expect(new Set(prefectures)).toEqual(new Set(['愛知県']));
  await expect(results(page).getByRole('link', { name: YAMADA })).toBeVisible();

  // Nothing matches: the page says so and what to do.
  await search(page, '該当しないはずの会社名');
  await expect(page.getByText('条件に合う企業は見つかりませんでした')).toBeVisible();
  await expect(page.getByRole('link', { name: '企業を登録' }).last()).toBeVisible();
  await expectAccessible(page, 'companies list, empty');
  await screenshot(page, 'companies-list-empty');

  // A malformed 法人番号 filter is the API's field error at the field.
  await page.getByRole('link', { name: '条件をクリア' }).click();
  await page.getByRole('textbox', { name: '法人番号（完全一致）' }).fill('12345');
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('法人番号は13桁の数字で入力してください');
  await expect(page.getByRole('textbox', { name: '法人番号（完全一致）' })).toBeFocused();
  await expectAccessible(page, 'companies list, refused filter');
});

test('the list pages with 次へ, and the page is in the URL', async ({ page }) => {
  await signIn(page, HQ);
  await page.goto('/companies');
  const count = page.getByRole('status').filter({ hasText: '該当' });
  await expect(count).toContainText('1〜20件目');
  const firstPage = await results(page).locator('tbody tr').first().textContent();
  await page.getByRole('link', { name: '次へ' }).click();
  await expect(count).toContainText('21〜');
  await expect(page).toHaveURL(/after=/);
  await page.reload();
  await expect(count).toContainText('21〜');
  expect(await results(page).locator('tbody tr').first().textContent()).not.toBe(firstPage);
  await page.getByRole('link', { name: '前へ' }).click();
  await expect(count).toContainText('1〜20件目');
  await page.setViewportSize({ width: 640, height: 400 });
  await expectNoHorizontalScroll(page);
});

test('registering by keyboard alone: a wrong check digit is refused at the 法人番号 field, fixed, and saved', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/companies');
  await tabTo(page, page.getByRole('link', { name: '企業を登録' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '企業の登録' })).toBeVisible();
  await expectAccessible(page, 'company form, empty');
  await screenshot(page, 'company-new');

  const name = '株式会社けやき坂キーボード工業';
  const body = '991300004242';
  await tabTo(page, page.getByRole('textbox', { name: /会社名（法人名）/ }));
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type('けやきざかきーぼーどこうぎょう');
  await page.keyboard.press('Tab');
  await page.keyboard.type(corporateNumber(body, { valid: false }));
  await chooseByKeyboard(page, page.getByRole('button', { name: /企業規模/ }), /中小企業/);
  await chooseByKeyboard(page, page.getByRole('button', { name: /産業分類（大分類）/ }), /E 製造業/);
  await chooseByKeyboard(page, page.getByRole('button', { name: /都道府県/ }), /東京都/);
  await tabTo(page, page.getByRole('textbox', { name: '所在地' }));
  await page.keyboard.type('東京都大田区蒲田1丁目2番3号');
  await page.keyboard.press('Enter');

  const corporateNumberField = page.getByRole('textbox', { name: /法人番号/ });
  await expect(page.getByRole('alert')).toContainText('法人番号のチェックデジットが正しくありません');
  await expect(corporateNumberField).toBeFocused();
  await expect(corporateNumberField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('法人番号のチェックデジットが正しくありません').last()).toBeVisible();
  await expectAccessible(page, 'company form, with errors');
  await screenshot(page, 'company-new-errors');

  // Focus is already where the fix is: select what was typed, type the right number, send with Enter.
  await page.keyboard.press('Control+A');
  await page.keyboard.type(corporateNumber(body, { valid: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '企業を登録しました。' })).toBeVisible();
  await expect(page.getByText(corporateNumber(body, { valid: true }))).toBeVisible();
  await expect(page.getByText('東京事務所').first()).toBeVisible();
  await expectAccessible(page, 'company detail');
  await screenshot(page, 'company-detail');

  // The new company is found by its reading.
  await page.goto(`/companies?q=${encodeURIComponent('ケヤキザカ')}`);
  await expect(results(page).getByRole('link', { name })).toBeVisible();
});

async function openEdit(page: Page, companyName: string): Promise<void> {
  await page.goto(`/companies?q=${encodeURIComponent(companyName)}`);
  await results(page).getByRole('link', { name: companyName }).click();
  await page.getByRole('link', { name: '編集' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${companyName} の編集` })).toBeVisible();
}

test('two people edit one company: the later save is told it is stale, sees what changed, re-applies, and nothing is lost', async ({
  browser,
}) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const consultant = await first.newPage();
  const hq = await second.newPage();
  await signIn(consultant);
  await signIn(hq, HQ);
  await openEdit(consultant, TOKYO_COMPANY);
  await openEdit(hq, TOKYO_COMPANY);
  const oldAddress = await hq.getByRole('textbox', { name: '所在地' }).inputValue();

  const newAddress = '東京都千代田区丸の内1丁目1番1号';
  await consultant.getByRole('textbox', { name: '所在地' }).fill(newAddress);
  await consultant.getByRole('button', { name: '保存する' }).click();
  await expect(consultant.getByRole('status').filter({ hasText: '変更を保存しました。' })).toBeVisible();

  await hq.getByRole('textbox', { name: '備考' }).fill('本部から：来月の面談に同席');
  await hq.getByRole('textbox', { name: '担当者名' }).fill('本部 花子');
  await hq.getByRole('button', { name: '保存する' }).click();

  const conflict = hq.getByRole('heading', { name: 'ほかの人が先にこの企業を保存しました' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toBeFocused();
  const table = hq.getByRole('region', { name: 'あなたの入力と現在の保存内容の違い' });
  const addressRow = table.getByRole('row', { name: /所在地/ });
  await expect(addressRow.getByRole('cell').nth(0)).toHaveText(oldAddress || '（空欄）');
  await expect(addressRow.getByRole('cell').nth(1)).toHaveText(newAddress);
  await expect(addressRow.getByRole('cell').nth(2)).toHaveText('ほかの人');
  const notesRow = table.getByRole('row', { name: /備考/ });
  await expect(notesRow.getByRole('cell').nth(0)).toHaveText('本部から：来月の面談に同席');
  await expect(notesRow.getByRole('cell').nth(2)).toHaveText('あなた');
  await expect(
    table
      .getByRole('row', { name: /担当者名/ })
      .getByRole('cell')
      .nth(0),
  ).toHaveText('本部 花子');
  await expectAccessible(hq, 'company edit, conflict');
  await screenshot(hq, 'company-edit-conflict');

  await hq.getByRole('button', { name: '最新の内容に自分の変更を反映する' }).click();
  await expect(hq.getByRole('status').filter({ hasText: 'あなたの変更を反映しました' })).toBeVisible();
  await expect(hq.getByRole('textbox', { name: '所在地' })).toHaveValue(newAddress);
  await expect(hq.getByRole('textbox', { name: '備考' })).toHaveValue('本部から：来月の面談に同席');
  await expect(hq.getByRole('textbox', { name: '担当者名' })).toHaveValue('本部 花子');
  await hq.getByRole('button', { name: '保存する' }).click();
  await expect(hq.getByRole('status').filter({ hasText: '変更を保存しました。' })).toBeVisible();

  // Both edits are stored: the consultant, reloading, sees the address they saved and the notes HQ added.
  await consultant.reload();
  for (const page of [consultant, hq]) {
    await expect(page.getByText(newAddress)).toBeVisible();
    await expect(page.getByText('本部から：来月の面談に同席')).toBeVisible();
    await expect(page.getByText('本部 花子')).toBeVisible();
  }
  await first.close();
  await second.close();
});

test('the company picker: the Enter that confirms a Japanese conversion neither chooses nor leaves the page', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/companies');
  const picker = page.getByRole('combobox', { name: '企業名ですぐに開く' });
  await tabTo(page, picker);
  // Every Enter the page sees, with whether it belonged to a composition.
  await page.evaluate(() => {
    (window as unknown as { enters: unknown[] }).enters = [];
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' || event.keyCode === 229) {
          (window as unknown as { enters: unknown[] }).enters.push({
            isComposing: event.isComposing,
            keyCode: event.keyCode,
          });
        }
      },
      true,
    );
  });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'やまだ', selectionStart: 3, selectionEnd: 3 });
  // The search runs on the reading while the user is still converting, and offers the company.
  await expect(page.getByRole('option', { name: YAMADA })).toBeVisible();
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await cdp.send('Input.insertText', { text: '山田' });

  const enters = await page.evaluate(() => (window as unknown as { enters: unknown[] }).enters);
  expect(enters).toContainEqual({ isComposing: true, keyCode: 229 });
  await expect(picker).toHaveValue('山田');
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByRole('option', { name: YAMADA })).toBeVisible();
  // The suggestions show under the box as part of the page: nothing else is hidden from screen readers.
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'company picker, suggestions open');
  await screenshot(page, 'company-picker-open');
  // Escape closes the list and empties the box: nothing was chosen.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(picker).toHaveValue('');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expectAccessible(page, 'company picker, closed after a search');

  // Typed again (committed text), a real Enter on an option reached with the arrow key does choose it.
  await page.keyboard.insertText('山田');
  await expect(page.getByRole('option', { name: YAMADA })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  // Focus stays in the box; the option is its active descendant (what a screen reader announces).
  const option = page.getByRole('option', { name: YAMADA });
  await expect(picker).toHaveAttribute(
    'aria-activedescendant',
    (await option.getAttribute('id')) ?? 'missing',
  );
  await expectAccessible(page, 'company picker, an option highlighted');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: YAMADA })).toBeVisible();
  // Its page lists its sending information (demo data).
  await expect(page.getByRole('heading', { level: 3, name: /送出情報（[1-9]\d*件）/ })).toBeVisible();
  await expectAccessible(page, 'company detail with offers');
  await screenshot(page, 'company-detail-offers');
});

test('at 200 % zoom the company form needs no horizontal scrolling', async ({ page }) => {
  await signIn(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/companies/new');
  await expect(page.getByRole('heading', { level: 1, name: '企業の登録' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto('/companies');
  await expect(results(page)).toBeVisible();
  await expectNoHorizontalScroll(page);
});
