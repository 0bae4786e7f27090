// The partner's referral list (/referrals): the head office filters (kept in the URL), forwards a selection by
// keyboard and sees what was refused and why, downloads the list as Excel exactly as shown; a branch officer sees its
// own branch only.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import { apiAs } from './support/api';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { chooseByKeyboard, pressKey, tabTo, tick } from './support/keyboard';
import { uniqueTag } from './support/case-page';
import { draftReferral, PARTNER_BRANCH, PARTNER_HQ } from './support/referral-fixtures';
import { submittedReferral } from './support/referral-submissions';

const table = (page: Page) => page.getByRole('region', { name: /紹介の一覧（横にスクロールできます）/ });
const rowOf = (page: Page, name: string) => table(page).getByRole('row').filter({ hasText: name });

/** The table's cells as text, heading row first, without the selection column. */
async function screenTable(page: Page): Promise<string[][]> {
  return table(page)
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')]
          .filter((cell) => !cell.querySelector('input[type="checkbox"]'))
          .map((cell) => (cell.textContent ?? '').trim()),
      ),
    );
}

test('the head office filters (kept in the URL), forwards two by keyboard, sees refusals and exports what it sees', async ({
  page,
  baseURL,
}) => {
  const tag = uniqueTag();
  const branch = await apiAs(baseURL!, PARTNER_BRANCH);
  const first = await submittedReferral(branch, `株式会社送付試験${tag}一`);
  const second = await submittedReferral(branch, `株式会社送付試験${tag}二`);
  const draftName = `株式会社送付試験${tag}三`;
  await draftReferral(branch, draftName);
  await branch.dispose();

  await signIn(page, PARTNER_HQ);
  await page.goto('/referrals');
  await expect(page.getByRole('heading', { level: 1, name: '紹介の一覧' })).toBeVisible();
  await expectAccessible(page, 'referral list, head office');

  // Filter by keyboard alone: the name, then the status; 絞り込む by Enter.
  await tabTo(page, page.getByRole('searchbox', { name: '企業名' }));
  await page.keyboard.type(tag);
  await chooseByKeyboard(page, page.getByRole('button', { name: / 状態$/ }), /^提出済み/);
  await tabTo(page, page.getByRole('button', { name: '絞り込む' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/status=SUBMITTED/);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toHaveText('該当 2件中 1〜2件目');
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toHaveText('該当 2件中 1〜2件目');
  await expect(rowOf(page, first.clientName)).toBeVisible();
  await expect(rowOf(page, draftName)).toHaveCount(0);
  await expect(page.getByRole('button', { name: / 状態$/ })).toContainText('提出済み');
  // The days of creation are kept in the address too: from a day in the future, nothing.
  await page.goto(`/referrals?q=${tag}&from=2099-01-01`);
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toHaveText('該当する紹介は0件です');
  await expect(page.getByText('条件に合う紹介はありません')).toBeVisible();
  await expectAccessible(page, 'referral list, nothing matches');
  await page.goBack();
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toHaveText('該当 2件中 1〜2件目');

  // Select both by keyboard (Tab, Space) and forward them (Tab, Enter).
  await tick(page, page.getByRole('checkbox', { name: `${first.clientName}を選択` }));
  await tick(page, page.getByRole('checkbox', { name: `${second.clientName}を選択` }));
  await expect(page.getByRole('group', { name: '選択した紹介の操作' })).toContainText('2件を選択中');
  await expectAccessible(page, 'referral list, two selected');
  await screenshot(page, 'partner-referrals-selected');
  const forward = page.getByRole('button', { name: 'センターへ送付' });
  // The toolbar is above the table: the keyboard goes back up to its button.
  await pressKey(page, forward);
  const summary = page.getByRole('region', { name: 'センターへの送付の結果' });
  await expect(summary).toContainText('2件を送付しました。');
  await expect(summary).not.toContainText('送付できませんでした');
  await expect(page.getByRole('heading', { name: 'センターへの送付の結果' })).toBeFocused();
  // Still filtered by 提出済み: the two forwarded ones have left the list.
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toHaveText('該当する紹介は0件です');
  await expectAccessible(page, 'referral list, forwarded, empty');

  // Without the status filter: a forwarded one and the draft cannot be forwarded, and the API says why.
  await page.goto(`/referrals?q=${tag}`);
  await expect(rowOf(page, draftName)).toBeVisible();
  await expect(rowOf(page, first.clientName)).toContainText('センターへ送付済み');
  await tick(page, page.getByRole('checkbox', { name: `${first.clientName}を選択` }));
  await tick(page, page.getByRole('checkbox', { name: `${draftName}を選択` }));
  await forward.click();
  await expect(summary).toContainText('0件を送付しました。');
  await expect(summary).toContainText('2件は送付できませんでした。');
  const refusals = summary.getByRole('region', { name: '送付できなかった紹介と理由' });
  await expect(refusals.getByRole('row').filter({ hasText: draftName })).toContainText(
    'この紹介は現在「下書き」のため、センターへの送付はできません。',
  );
  await expect(refusals.getByRole('row').filter({ hasText: first.clientName })).toContainText(
    'この紹介は現在「センターへ送付済み」のため',
  );
  await expectAccessible(page, 'referral list, forward refused');
  await screenshot(page, 'partner-referrals-refused');

  // The Excel download holds exactly the rows and columns on screen, in the same order.
  const shown = await screenTable(page);
  expect(shown).toHaveLength(4);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excelで出力' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^紹介一覧_\d{8}\.xlsx$/);
  const sheet = await readSheet(await readFile((await download.path())!));
  expect(sheet.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))).toEqual(shown);

  // The select-all box selects the whole page.
  await tick(page, page.getByRole('checkbox', { name: 'このページの紹介をすべて選択' }));
  await expect(page.getByRole('group', { name: '選択した紹介の操作' })).toContainText('3件を選択中');

  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'partner-referrals-640');
});

test('a branch officer sees its own branch only (no branch filter, no forwarding), duplicates flagged', async ({
  page,
  baseURL,
}) => {
  const tag = uniqueTag();
  const hq = await apiAs(baseURL!, PARTNER_HQ);
  const branch = await apiAs(baseURL!, PARTNER_BRANCH);
  const ofHeadOffice = await submittedReferral(hq, `株式会社支店試験${tag}本部`);
  const ofBranch = await submittedReferral(branch, `株式会社支店試験${tag}支店`);
  // The same company (name and prefecture) again: submitted, it is flagged as a possible duplicate.
  const again = await submittedReferral(branch, ofBranch.clientName);
  const me = await branch.gql<{ me: { partnerBranch: { name: string } } }>(
    '{ me { partnerBranch { name } } }',
  );
  await hq.dispose();
  await branch.dispose();

  await signIn(page, PARTNER_BRANCH);
  await page.goto(`/referrals?q=${tag}`);
  await expect(page.getByRole('heading', { level: 1, name: '紹介の一覧' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toHaveText('該当 2件中 1〜2件目');
  await expect(rowOf(page, ofBranch.clientName)).toHaveCount(2);
  await expect(rowOf(page, ofBranch.clientName).first()).toContainText(me.me.partnerBranch.name);
  await expect(rowOf(page, ofHeadOffice.clientName)).toHaveCount(0);
  await expect(page.getByRole('button', { name: / 支店$/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'センターへ送付' })).toHaveCount(0);
  await expectAccessible(page, 'referral list, branch officer');
  await screenshot(page, 'partner-referrals-branch');

  // The download through the session holds the branch's referral only.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excelで出力' }).click(),
  ]);
  const sheet = await readSheet(await readFile((await download.path())!));
  expect(sheet.slice(1).map((row) => [row[0], row[4]])).toEqual([
    [ofBranch.clientName, 'あり'],
    [ofBranch.clientName, null],
  ]);

  // Only the flagged one, by the duplicate filter (kept in the address).
  await chooseByKeyboard(page, page.getByRole('button', { name: / 重複の可能性$/ }), /^重複の可能性ありのみ/);
  await tabTo(page, page.getByRole('button', { name: '絞り込む' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/duplicate=true/);
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toHaveText('該当 1件中 1〜1件目');
  await expect(rowOf(page, ofBranch.clientName)).toContainText('あり');
  await page.getByRole('link', { name: ofBranch.clientName }).click();
  await expect(page).toHaveURL(`/referrals/${again.id}`);
  await page.goBack();
  await expect(page).toHaveURL(/duplicate=true/);

  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);

  // Bulk upload is the head office's: a branch officer finds no such page, nor any import's.
  await page.goto('/referrals/imports');
  await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
  await page.goto('/referrals/imports/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
});
