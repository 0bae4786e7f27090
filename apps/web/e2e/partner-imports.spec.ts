// Bulk upload by the partner's head office (/referrals/imports): the template, a Shift_JIS CSV with exactly three bad
// rows whose table (and its download) shows exactly those rows and columns, the fixed file imported with its progress
// and result, and the same file again creating nothing; by keyboard alone, axe in every state.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
// Excel in Japan saves 「CSV (コンマ区切り)」 as Shift_JIS; iconv-lite (in node_modules with the API's body parser)
// writes the same bytes.
import iconv from 'iconv-lite';
import { readFile } from 'node:fs/promises';
import { apiAs } from './support/api';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { tabTo } from './support/keyboard';
import { uniqueTag } from './support/case-page';
import { PARTNER_HQ } from './support/referral-fixtures';

type Row = Record<string, string>;

/** A valid referral row by the template's headings; a surplus of two people, consent given. */
function row(name: string, overrides: Row = {}): Row {
  return {
    企業名: name,
    '法人番号(任意)': '',
    '産業分類(大分類)': 'E',
    都道府県: '東京都',
    企業規模: '中小企業',
    '従業員数(任意)': '50',
    '相談内容(過剰/不足/両方)': '人員過剰',
    送出人数: '2',
    受入人数: '',
    職種: '機械組立',
    '希望時期(任意)': '',
    '詳細(任意)': '',
    同意取得日: '2026-01-05',
    同意取得者: '山田 太郎',
    '支店名(任意)': '',
    ...overrides,
  };
}

function shiftJisCsv(headings: string[], rows: Row[]): Buffer {
  const lines = [headings, ...rows.map((r) => headings.map((h) => r[h] ?? ''))].map((cells) =>
    cells.join(','),
  );
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'Shift_JIS');
}

/** Chooses the file by keyboard: Tab to 「ファイルを選ぶ」, Enter opens the chooser. */
async function upload(page: Page, name: string, content: Buffer): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'ファイルを選ぶ' }));
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: content });
  await expect(page.getByText(`選んだファイル：${name}`)).toBeVisible();
}

const errorTable = (page: Page) => page.getByRole('region', { name: /誤りのある行/ });

async function screenErrors(page: Page): Promise<string[][]> {
  return errorTable(page)
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

test('a Shift_JIS CSV with three bad rows is shown row by row; fixed it imports; again it creates nothing', async ({
  page,
  baseURL,
}) => {
  const tag = uniqueTag();
  await signIn(page, PARTNER_HQ);
  await page.goto('/referrals/imports');
  await expect(page.getByRole('heading', { level: 1, name: '紹介の一括登録' })).toBeVisible();
  await expectAccessible(page, 'imports, nothing chosen');
  await screenshot(page, 'partner-imports');

  // The template's headings, from the page's own download (UTF-8 with a BOM).
  await tabTo(page, page.getByRole('button', { name: 'CSVのテンプレート' }));
  const [template] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(template.suggestedFilename()).toBe('紹介一括登録テンプレート.csv');
  const templateBytes = await readFile((await template.path())!);
  expect([...templateBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [headings] = parse(templateBytes, { bom: true }) as string[][];
  expect(headings).toContain('企業名');

  // 髙 is one of the NEC/IBM characters Excel writes in Shift_JIS.
  const names = [1, 2, 3, 4, 5].map((n) => `株式会社髙橋一括${tag}第${n}`);
  const bad = [
    row(names[0]),
    row(names[1], { '法人番号(任意)': '1234567890123' }),
    row(names[2], { 都道府県: '東京県' }),
    row(names[3]),
    row(names[4], { 同意取得日: '' }),
  ];
  await upload(page, `一括_${tag}_誤り.csv`, shiftJisCsv(headings, bad));
  const report = page.getByRole('region', { name: '確認の結果' });
  await expect(report.getByRole('alert')).toContainText('5件中3行に3件の誤りがあります');
  await expect(report).toContainText('文字コード：Shift_JIS');
  const shown = await screenErrors(page);
  expect(shown.map((cells) => cells.slice(0, 2))).toEqual([
    ['行番号', '列'],
    ['3', '法人番号(任意)'],
    ['4', '都道府県'],
    ['6', '同意取得日'],
  ]);
  for (const cells of shown.slice(1)) expect(cells[2]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  await expect(report.getByRole('button', { name: /件を登録する/ })).toHaveCount(0);
  await expectAccessible(page, 'imports, three bad rows');
  await screenshot(page, 'partner-imports-errors');

  // The table downloads as a CSV with the same cells.
  await tabTo(page, page.getByRole('button', { name: '誤りの一覧をダウンロード（CSV）' }));
  const [errorsFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(errorsFile.suggestedFilename()).toBe(`誤りの一覧_一括_${tag}_誤り.csv`);
  expect(parse(await readFile((await errorsFile.path())!), { bom: true })).toEqual(shown);

  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Fixed, it checks clean and imports.
  const fixed = shiftJisCsv(headings, [
    row(names[0]),
    row(names[1], { '法人番号(任意)': '7000012050002' }),
    row(names[2], { 都道府県: '東京都' }),
    row(names[3]),
    row(names[4]),
  ]);
  const fixedName = `一括_${tag}.csv`;
  await upload(page, fixedName, fixed);
  await expect(report.getByRole('status')).toContainText('5件の紹介に誤りはありません。');
  await expect(errorTable(page)).toHaveCount(0);
  await expectAccessible(page, 'imports, valid file');
  await tabTo(page, page.getByRole('button', { name: '5件を登録する' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/referrals\/imports\/[0-9a-f-]{36}$/);
  const importUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: `一括登録：${fixedName}` })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '登録の進み具合' })).toBeVisible();
  await expect(page.getByText('5件の紹介を登録し、センターへ送付しました。')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('progressbar', { name: '登録の進み具合' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  const created = page.getByRole('region', { name: /登録された紹介/ });
  for (const [i, name] of names.entries()) {
    const line = created.getByRole('row').filter({ hasText: name });
    await expect(line).toContainText(String(i + 2));
    await expect(line.getByRole('link', { name })).toHaveAttribute('href', /^\/referrals\/[0-9a-f-]{36}$/);
  }
  await expectAccessible(page, 'import, completed');
  await screenshot(page, 'partner-import-completed');
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The same file again: the page says so and shows the first import; nothing new exists.
  await page.goto('/referrals/imports');
  await expect(
    page.getByRole('region', { name: /これまでの一括登録/ }).getByRole('link', { name: fixedName }),
  ).toBeVisible();
  await upload(page, fixedName, fixed);
  await tabTo(page, page.getByRole('button', { name: '5件を登録する' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '以前に登録済み' })).toContainText(
    'このファイルは以前に登録済みです。今回は何も登録していません。',
  );
  expect(page.url().split('?')[0]).toBe(importUrl);
  await expectAccessible(page, 'import, uploaded again');
  await screenshot(page, 'partner-import-again');
  const api = await apiAs(baseURL!, PARTNER_HQ);
  const count = await api.gql<{ referrals: { totalCount: number } }>(
    'query ($f: ReferralFilter) { referrals(filter: $f, first: 1) { totalCount } }',
    {
      f: { clientName: tag },
    },
  );
  await api.dispose();
  expect(count.referrals.totalCount).toBe(5);
});

test('a file that cannot be read is refused with the API’s reason, and nothing is checked further', async ({
  page,
}) => {
  await signIn(page, PARTNER_HQ);
  await page.goto('/referrals/imports');
  const name = `メモ_${uniqueTag()}.txt`;
  await upload(page, name, Buffer.from('企業名\nテスト\n'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('登録できませんでした');
  await expect(alert).toContainText(`対応していないファイル形式です(「${name}」)`);
  await expect(page.getByRole('region', { name: '確認の結果' })).toHaveCount(0);
  await expectAccessible(page, 'imports, file refused');
  await screenshot(page, 'partner-imports-refused');
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
});
