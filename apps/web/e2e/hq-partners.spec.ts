import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { chooseByKeyboard, tabTo, typeDate } from './support/keyboard';
import { pageApi } from './support/page-api';

const HQ = 'hq@kakehashi.example';

/** A name no other test (nor a rerun) uses; the tag survives the API's name normalisation. */
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const dialog = (page: Page) => page.getByRole('dialog');
const statusArea = (page: Page) => page.getByRole('status').filter({ hasText: /しました/ });

/** Presses the focused-by-Tab button or link with Enter. */
async function press(page: Page, name: string | RegExp, scope = page.locator('body')): Promise<void> {
  await tabTo(page, scope.getByRole('button', { name }).or(scope.getByRole('link', { name })).first());
  await page.keyboard.press('Enter');
}

/** At 640 px CSS width (200 % zoom on a 1280 px window) the page must not scroll sideways; then back. */
async function checkNarrow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Moves to another tab of the institution's page with the arrow keys (the tab is kept in the URL). */
async function openTab(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole('tab', { selected: true }));
  for (let i = 0; i < 4; i++) {
    if ((await page.getByRole('tab', { name, selected: true }).count()) > 0) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('tab', { name, selected: true })).toBeVisible();
}

async function inForceCount(page: Page): Promise<string | null> {
  return page.getByText(/に有効な協定：/).textContent();
}

/** Signs in as HQ and opens a new institution of its own (with these branches), made through the API. */
async function openNewInstitution(
  page: Page,
  branches: [string, string][] = [],
): Promise<{ id: string; name: string }> {
  await signIn(page, HQ);
  const name = unique('試験信用金庫');
  const { createPartnerInstitution } = await pageApi<{ createPartnerInstitution: { id: string } }>(
    page,
    'mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }',
    { input: { type: 'FINANCIAL_INSTITUTION', name } },
  );
  const id = createPartnerInstitution.id;
  for (const [branch, prefectureCode] of branches) {
    await pageApi(
      page,
      'mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }',
      { input: { institutionId: id, name: branch, prefectureCode } },
    );
  }
  await page.goto(`/partners/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return { id, name };
}

test('HQ registers a partner, a field error shown and fixed, then adds and renames branches, by keyboard alone', async ({
  page,
}) => {
  const name = unique('試験信用金庫');
  await signIn(page, HQ);
  await tabTo(page, page.getByRole('link', { name: 'パートナー機関' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'パートナー機関' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toContainText('件目');
  await expectAccessible(page, 'partners list, filled');
  await screenshot(page, 'partners-list');
  await checkNarrow(page);

  // Nothing by this name yet: the list says so (the search is kept in the URL).
  await tabTo(page, page.getByRole('searchbox', { name: '名称' }));
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByText('条件に合う提携機関は見つかりませんでした')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('searchbox', { name: '名称' })).toHaveValue(name);
  await expect(page.getByText('条件に合う提携機関は見つかりませんでした')).toBeVisible();
  await expectAccessible(page, 'partners list, empty');
  await screenshot(page, 'partners-list-empty');

  // Registration: the API's field error is shown at the field, with the focus on it, then fixed.
  await press(page, '提携機関を登録');
  await expect(dialog(page)).toBeVisible();
  await expectAccessible(page, 'register dialog open');
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /種別/ }), /^金融機関$/);
  await press(page, '登録する', dialog(page));
  const summary = dialog(page).getByRole('alert');
  await expect(summary).toContainText('名称を入力してください。');
  const nameField = dialog(page).getByRole('textbox', { name: /名称/ });
  await expect(nameField).toBeFocused();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'register dialog, errors');
  await screenshot(page, 'partners-register-errors');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('提携機関を登録しました。')).toBeVisible();
  await expect(page.getByRole('tab', { name: '支店・支部', selected: true })).toBeVisible();
  await expect(page.getByText('まだ支店・支部が登録されていません')).toBeVisible();
  await expectAccessible(page, 'partner page, empty');
  await screenshot(page, 'partner-page-empty');
  await checkNarrow(page);

  // Two branches.
  for (const [branch, prefecture] of [
    ['本店営業部', /^東京都$/],
    ['大阪支店', /^大阪府$/],
  ] as const) {
    await press(page, '支店・支部を追加');
    await expect(dialog(page)).toBeVisible();
    await tabTo(page, dialog(page).getByRole('textbox', { name: /支店・支部名/ }));
    await page.keyboard.type(branch);
    await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /所在都道府県/ }), prefecture);
    await press(page, '保存する', dialog(page));
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(branch) })).toBeVisible();
  }
  await expect(statusArea(page)).toContainText('大阪支店');

  // A branch renamed.
  await press(page, '大阪支店を編集');
  const branchName = dialog(page).getByRole('textbox', { name: /支店・支部名/ });
  await tabTo(page, branchName);
  await page.keyboard.press('End');
  await page.keyboard.type('営業部');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('row', { name: /大阪支店営業部/ })).toContainText('大阪府');
  await expectAccessible(page, 'partner page, branches');
  await screenshot(page, 'partner-branches');
});

test('HQ adds and ends an agreement and sees the number in force on a chosen date, by keyboard alone', async ({
  page,
}) => {
  const { name } = await openNewInstitution(page);
  // An agreement: the number in force on the chosen date (in the URL) follows it.
  await openTab(page, '連携協定');
  await expect(page).toHaveURL(/tab=agreements/);
  expect(await inForceCount(page)).toMatch(/：0件/);
  await expectAccessible(page, 'agreements, empty');
  await press(page, '連携協定を追加');
  await typeDate(page, dialog(page).getByRole('group', { name: /締結日/ }), '2026-10-01');
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /締結先/ }), /^地方事務所$/);
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /締結した地方事務所/ }), /東京/);
  await expectAccessible(page, 'add agreement dialog, filled');
  await press(page, '保存する', dialog(page));
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('row', { name: /2026年10月1日/ })).toBeVisible();
  await typeDate(page, page.getByRole('group', { name: /基準日/ }), '2026-10-01');
  await press(page, '表示');
  await expect(page).toHaveURL(/asOf=2026-10-01/);
  await expect(page.getByText(/2026年10月1日（令和8年）に有効な協定：1件/)).toBeVisible();
  await typeDate(page, page.getByRole('group', { name: /基準日/ }), '2026-09-30');
  await press(page, '表示');
  await expect(page.getByText(/2026年9月30日（令和8年）に有効な協定：0件/)).toBeVisible();
  const agreementRow = page.getByRole('row', { name: /2026年10月1日/ });
  // The cells after the signing day: counterpart, status, end date, in force on the chosen date.
  await expect(agreementRow.getByRole('cell').nth(3)).toHaveText('効力なし');
  await screenshot(page, 'partner-agreements');
  await checkNarrow(page);

  // Ended from 2026-11-01: in force the day before, no longer on that day.
  await press(page, /2026年10月1日.*締結の協定を終了/);
  await expect(dialog(page)).toContainText('終了日の前日まで有効');
  await typeDate(page, dialog(page).getByRole('group', { name: /終了日/ }), '2026-11-01');
  await expectAccessible(page, 'end agreement dialog, filled');
  await press(page, '終了する', dialog(page));
  await expect(dialog(page)).toBeHidden();
  await expect(agreementRow.getByRole('cell').nth(1)).toHaveText('終了');
  for (const [day, shown, count, cell] of [
    ['2026-10-31', '2026年10月31日', 1, '有効'],
    ['2026-11-01', '2026年11月1日', 0, '効力なし'],
  ] as const) {
    await typeDate(page, page.getByRole('group', { name: /基準日/ }), day);
    await press(page, '表示');
    await expect(page.getByText(new RegExp(`${shown}（令和8年）に有効な協定：${count}件`))).toBeVisible();
    await expect(agreementRow.getByRole('cell').nth(3)).toHaveText(cell);
  }

  // The list counts the agreement for a date from its signing day on.
  await page.goto(`/partners?q=${encodeURIComponent(name)}&asOf=2026-09-30`);
  const listed = page.getByRole('row', { name: new RegExp(name) });
  await expect(listed).toContainText('0件');
  await page.goto(`/partners?q=${encodeURIComponent(name)}&asOf=2026-10-01`);
  await expect(listed).toContainText('1件');
});

test('HQ adds a contact and moves it to a branch, by keyboard alone', async ({ page }) => {
  await openNewInstitution(page, [['大阪支店営業部', '27']]);
  // A contact at the head office.
  await openTab(page, '担当者');
  await expect(page.getByText('まだ担当者が登録されていません')).toBeVisible();
  await expectAccessible(page, 'contacts, empty');
  await press(page, '担当者を追加');
  await tabTo(page, dialog(page).getByRole('textbox', { name: /氏名/ }));
  await page.keyboard.type('連携 花子');
  await page.keyboard.press('Tab');
  await page.keyboard.type('法人営業部');
  await page.keyboard.press('Tab');
  await page.keyboard.type('renkei@example.jp');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('row', { name: /連携 花子/ })).toContainText('本部');

  // Edited: moved to a branch, the title cleared.
  await press(page, '連携 花子さんを編集');
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /所属/ }), /^大阪支店営業部$/);
  await tabTo(page, dialog(page).getByRole('textbox', { name: /部署・役職/ }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await press(page, '保存する', dialog(page));
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('row', { name: /連携 花子/ })).toContainText('大阪支店');
  await expect(page.getByRole('row', { name: /連携 花子/ })).not.toContainText('法人営業部');
  await expectAccessible(page, 'contacts, filled');
  await screenshot(page, 'partner-contacts');
  await checkNarrow(page);
});

test('HQ creates a branch officer’s account, moves it, deactivates and reactivates it, by keyboard alone', async ({
  page,
}) => {
  await openNewInstitution(page, [
    ['本店営業部', '13'],
    ['大阪支店営業部', '27'],
  ]);
  // A branch officer's account: created, moved to the other branch, deactivated and reactivated.
  const email = `${unique('officer')}@example.jp`;
  await openTab(page, '利用者アカウント');
  await expect(page.getByText('まだ利用者アカウントがありません')).toBeVisible();
  await expectAccessible(page, 'users, empty');
  await press(page, '利用者を作成');
  await tabTo(page, dialog(page).getByRole('textbox', { name: /氏名/ }));
  await page.keyboard.type('支店 太郎');
  await page.keyboard.press('Tab');
  await page.keyboard.type(email);
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /ロール/ }), /支部/);
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /所属支店/ }), /^本店営業部$/);
  await tabTo(page, dialog(page).getByLabel(/初期パスワード/));
  await page.keyboard.type('short');
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('alert')).toContainText('パスワード');
  await expect(dialog(page).getByLabel(/初期パスワード/)).toBeFocused();
  await expectAccessible(page, 'create account dialog, errors');
  await page.keyboard.type('-long-enough-2026');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  const row = page.getByRole('row', { name: /支店 太郎/ });
  await expect(row).toContainText('本店営業部');
  await expect(row).toContainText('有効');

  await press(page, '支店 太郎さんを変更');
  await expect(dialog(page)).toContainText('すべての端末でログアウト');
  await expectAccessible(page, 'edit account dialog open');
  await screenshot(page, 'partner-user-edit');
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /所属支店/ }), /^大阪支店営業部$/);
  await press(page, '保存する', dialog(page));
  await expect(dialog(page)).toBeHidden();
  await expect(row).toContainText('大阪支店営業部');
  await expect(statusArea(page)).toContainText('すべての端末でログアウトされ');

  await press(page, '支店 太郎さんを無効にする');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('直ちにログアウト');
  await expectAccessible(page, 'deactivate dialog open');
  await screenshot(page, 'partner-user-deactivate');
  await press(page, /^無効にする$/, confirm);
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('無効');
  await expect(statusArea(page)).toContainText('ログインできなくなりました');

  await press(page, '支店 太郎さんを有効に戻す');
  await expect(page.getByRole('alertdialog')).toContainText('もう一度ログインする必要があります');
  await press(page, /^有効に戻す$/, page.getByRole('alertdialog'));
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await expect(row.getByText('有効', { exact: true })).toBeVisible();
  await expectAccessible(page, 'users, filled');
  await screenshot(page, 'partner-users');
  await checkNarrow(page);
});

async function signedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, HQ);
  return page;
}

test('two coordinators edit one institution: the later save is told of the conflict and loses nothing', async ({
  browser,
}) => {
  const first = await signedInPage(browser);
  const second = await signedInPage(browser);
  const name = unique('試験商工会議所');
  const { createPartnerInstitution } = await pageApi<{ createPartnerInstitution: { id: string } }>(
    first,
    'mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }',
    { input: { type: 'BUSINESS_ASSOCIATION', name, hasHqStep: true } },
  );
  const url = `/partners/${createPartnerInstitution.id}`;
  await first.goto(url);
  await second.goto(url);

  // Both open the edit form from the same version.
  for (const page of [first, second]) {
    await press(page, '基本情報を編集');
    await expect(dialog(page)).toBeVisible();
  }
  // The second coordinator turns the head-office step off and saves first.
  await tabTo(second, dialog(second).getByRole('checkbox'));
  await second.keyboard.press('Space');
  await press(second, '保存する', dialog(second));
  await expect(dialog(second)).toBeHidden();
  await expect(second.getByText('なし（紹介はセンターへ直接送られます）')).toBeVisible();

  // The first renames it and saves from the old version: told, with both sides laid out.
  const renamed = `${name}（改称）`;
  const field = dialog(first).getByRole('textbox', { name: /名称/ });
  await tabTo(first, field);
  await first.keyboard.press('End');
  await first.keyboard.type('（改称）');
  await press(first, '保存する', dialog(first));
  await expect(dialog(first).getByRole('alert')).toContainText('まだ保存されていません');
  const table = dialog(first).getByRole('table');
  await expect(table.getByRole('row', { name: /名称/ })).toContainText('あなた');
  await expect(table.getByRole('row', { name: /本部による取りまとめ/ })).toContainText('他の人');
  await expectAccessible(first, 'edit conflict shown');
  await screenshot(first, 'partner-edit-conflict');

  // Laying their change over the stored version keeps both: the new name and the other's step setting.
  await press(first, '最新の内容に自分の変更を反映して見直す', dialog(first));
  await expect(dialog(first).getByRole('status')).toContainText('反映しました');
  await expect(field).toHaveValue(renamed);
  await expect(dialog(first).getByRole('checkbox')).not.toBeChecked();
  await press(first, '保存する', dialog(first));
  await expect(dialog(first)).toBeHidden();
  await expect(first.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(first.getByText('なし（紹介はセンターへ直接送られます）')).toBeVisible();

  await second.reload();
  await expect(second.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
  await expect(second.getByText('なし（紹介はセンターへ直接送られます）')).toBeVisible();
  await first.context().close();
  await second.context().close();
});

test('the partners menu is the API’s to give: a consultant has none, and an unknown institution is not found', async ({
  page,
  browser,
}) => {
  await signIn(page);
  await expect(page.getByRole('link', { name: 'ホーム' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'パートナー機関' })).toHaveCount(0);

  const hq = await signedInPage(browser);
  await hq.goto('/partners/00000000-0000-4000-8000-00000000ffff');
  await expect(hq.getByRole('heading', { level: 1, name: '提携機関が見つかりません' })).toBeVisible();
  await expectAccessible(hq, 'partner not found');
  await expect(hq.getByRole('link', { name: 'パートナー機関の一覧へ戻る' })).toBeVisible();
  await hq.context().close();
});
