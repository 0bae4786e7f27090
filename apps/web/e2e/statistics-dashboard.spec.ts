// The statistics dashboard as an executive and a consultant use it, by keyboard alone: year and scope in the URL
// (moving between years keeps the scope), a chart read as a table, the CSV and .xlsx downloads checked against the
// API's figures, and the month's report printed (print media and an A4 landscape PDF). Reads demo data only.
import { expect, test, type Locator } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import { extractText, getDocumentProxy } from 'unpdf';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { chooseByKeyboard, pressKey, tabTo, typeDate } from './support/keyboard';
import { pageApi } from './support/page-api';

const EXECUTIVE = 'executive@kakehashi.example';

/** The cells of a table as the user reads them, numbers without their grouping commas. */
async function tableCells(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) =>
          (cell.textContent ?? '').trim().replace(/(\d),(?=\d{3})/g, '$1'),
        ),
      ),
    );
}

/** A CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting) as rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r') continue;
    else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

/** The heading row and the table rows under it (up to the first blank row) of an export's grid. */
function tableOf(grid: string[][], firstHeading: string): string[][] {
  const start = grid.findIndex((row) => row[0] === firstHeading);
  expect(start, `no table headed ${firstHeading}`).toBeGreaterThanOrEqual(0);
  const end = grid.findIndex((row, index) => index > start && row.every((cell) => cell === ''));
  return grid.slice(start, end < 0 ? undefined : end);
}

interface ApiMonth {
  yearMonth: string;
  label: string;
  receiving: number | null;
  sending: number | null;
  establishedSecondment: number | null;
  establishedTransfer: number | null;
  establishedTotal: number | null;
}

test('an executive changes year and scope, reads a chart as a table, downloads both files and prints the month', async ({
  page,
}) => {
  await signIn(page, EXECUTIVE);
  await pressKey(page, page.getByRole('link', { name: '統計ダッシュボード' }));
  await expect(page.getByRole('heading', { level: 1, name: '統計ダッシュボード' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '月別の状況' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '10年間の推移' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /連携協定の締結状況/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'キャリア人材バンク 再就職実績' })).toBeVisible();
  await expectAccessible(page, 'dashboard, this year, national');
  await screenshot(page, 'dashboard-national');

  // Two years back by keyboard, then a region; a further year back keeps the region.
  const year = page.getByRole('navigation', { name: '年度の切り替え' });
  await pressKey(page, year.getByRole('link', { name: '前の年度' }));
  await pressKey(page, year.getByRole('link', { name: '前の年度' }));
  const started = Date.now();
  await chooseByKeyboard(page, page.getByRole('button', { name: /集計範囲/ }), /^近畿地方$/);
  await expect(page).toHaveURL(/scope=region/);
  await expect(page.getByText('集計範囲: 近畿地方')).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5000);
  await pressKey(page, year.getByRole('link', { name: '前の年度' }));
  await expect(page).toHaveURL(/region=/);
  const url = new URL(page.url());
  const fy = Number(url.searchParams.get('fy'));
  expect(url.searchParams.get('region')).toBe('近畿');
  await expect(page.getByText('集計範囲: 近畿地方')).toBeVisible();

  // The monthly chart read as a table (the export's columns, in its order).
  const offersChart = page.getByRole('figure', { name: '受入情報・送出情報（人）', exact: true });
  await pressKey(page, offersChart.getByRole('button', { name: '表で表示' }));
  const table = offersChart.getByRole('table');
  await expect(table).toBeVisible();
  await expectAccessible(page, 'dashboard, region, monthly table shown');
  await screenshot(page, 'dashboard-region-table');
  const shown = await tableCells(table);
  expect(shown[0].slice(0, 5)).toEqual(['年月', '和暦', '出典', '速報値', '受入情報（人）']);
  expect(shown).toHaveLength(14);

  // The figures the API gives for the same year and scope.
  const { monthlyStatistics } = await pageApi<{ monthlyStatistics: { months: ApiMonth[] } }>(
    page,
    `query ($fy: Int!) { monthlyStatistics(fiscalYear: $fy, region: "近畿") { months {
      yearMonth label receiving sending establishedSecondment establishedTransfer establishedTotal } } }`,
    { fy },
  );
  const apiRows = monthlyStatistics.months.map((m) =>
    [m.receiving, m.sending, m.establishedSecondment, m.establishedTransfer, m.establishedTotal].map((v) =>
      v === null ? '' : String(v),
    ),
  );
  expect(shown.slice(1, 13).map((row) => row.slice(4, 9))).toEqual(apiRows);
  // Three years back is a live year wholly ended: the demo's living records (大阪事務所 is in 近畿) give every month
  // receiving, sending and established figures, on the screen as in the API.
  const filled = shown
    .slice(1, 13)
    .filter((row) => [row[4], row[5], row[8]].every((cell) => Number(cell) > 0));
  expect(filled).toHaveLength(12);

  // CSV: UTF-8 with a BOM, the same rows as the screen.
  const section = page.getByRole('region', { name: '月別の状況' });
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    pressKey(page, section.getByRole('link', { name: '月別統計をCSVでダウンロード' })),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`月別統計_${fy}年度_近畿地方_全形態.csv`);
  const bytes = await readFile((await csvDownload.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = tableOf(parseCsv(bytes.subarray(3).toString('utf8')), '年月');
  expect(csv).toEqual(shown);

  // Excel: the same cells, numbers as numbers.
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    pressKey(page, section.getByRole('link', { name: '月別統計をExcelでダウンロード' })),
  ]);
  expect(xlsxDownload.suggestedFilename()).toBe(`月別統計_${fy}年度_近畿地方_全形態.xlsx`);
  const sheet = await readSheet(await readFile((await xlsxDownload.path()) as string));
  const xlsx = tableOf(
    sheet.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
    '年月',
  );
  expect(xlsx).toEqual(shown);

  // The ten years' table and its CSV: the same rows (years, periods, sources, figures and notes).
  const annual = page.getByRole('region', { name: '10年間の推移' });
  const annualChart = annual.getByRole('figure', { name: /成立（人）/ });
  await pressKey(page, annualChart.getByRole('button', { name: '表で表示' }));
  const annualShown = await tableCells(annualChart.getByRole('table'));
  expect(annualShown).toHaveLength(11);
  const [annualCsv] = await Promise.all([
    page.waitForEvent('download'),
    pressKey(page, annual.getByRole('link', { name: '年度別統計をCSVでダウンロード' })),
  ]);
  expect(annualCsv.suggestedFilename()).toBe(`年度別統計_${fy - 9}-${fy}年度_近畿地方_全形態.csv`);
  const annualBytes = await readFile((await annualCsv.path()) as string);
  expect(tableOf(parseCsv(annualBytes.subarray(3).toString('utf8')), '年度')).toEqual(annualShown);
  await expectAccessible(page, 'dashboard, region, monthly and annual tables shown');

  // The month's report on paper: the report's month and its figures, A4 landscape.
  const report = page.getByRole('region', { name: /^月報/ });
  const reportHeading = (await report.getByRole('heading').textContent()) ?? '';
  const reported = monthlyStatistics.months.find((m) => reportHeading.includes(`月報 ${m.label}`));
  expect(reported, reportHeading).toBeDefined();
  // A4 landscape less the margins is 277 mm, about 1,047 CSS pixels: the screenshot shows the page as printed.
  await page.setViewportSize({ width: 1047, height: 740 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`統計月報 ${fy}年度`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: '年度の切り替え' })).toBeHidden();
  const total = report.getByText('成立 合計').locator('..');
  await expect(total).toContainText(`${(reported?.establishedTotal ?? 0).toLocaleString('ja-JP')}人`);
  await screenshot(page, 'dashboard-print');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box).not.toBeNull();
  const [width, height] = [Number(box?.[1]), Number(box?.[2])];
  expect(Math.round(width)).toBe(842);
  expect(Math.round(height)).toBe(595);
  // What is on the paper, read back from the PDF: the month and its figures as the API gives them.
  const printed = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text
    .normalize('NFKC')
    .replace(/\s+/g, '');
  expect(printed).toContain(`月報${reported?.label}`.normalize('NFKC'));
  const cards: [string, number | null | undefined][] = [
    ['受入情報', reported?.receiving],
    ['送出情報', reported?.sending],
    ['成立合計', reported?.establishedTotal],
  ];
  for (const [card, figure] of cards) {
    expect(printed).toContain(`${card}${(figure ?? 0).toLocaleString('ja-JP')}人`);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('a published year shows the published industry highlights of its months before the cut-over, by move type', async ({
  page,
}) => {
  await signIn(page, EXECUTIVE);
  await page.goto('/dashboard?fy=2022&scope=national');
  const industry = page.getByRole('region', { name: /業種間の成立状況（2022年4月～2023年1月）/ });
  await expect(industry).toBeVisible();
  await expect(industry).toContainText('公表されている業種別の数値は在籍型出向のみです');
  await chooseByKeyboard(page, industry.getByRole('button', { name: /形態/ }), /^在籍型出向$/);
  await expect(page).toHaveURL(/move=SECONDMENT/);
  await expect(industry.getByText('59.2％')).toBeVisible();
  await expect(industry.getByRole('region', { name: '送出業種の順位' }).getByRole('row')).toHaveCount(4);
  await expectAccessible(page, 'dashboard, published year, secondment highlights');
  await screenshot(page, 'dashboard-published-year');
});

test('a published month, a live month with nobody, a month not yet begun and an unpublished one read differently', async ({
  page,
}) => {
  await signIn(page, EXECUTIVE);
  const offersChart = page.getByRole('figure', { name: '受入情報・送出情報（人）', exact: true });
  /** The month's row of the chart's table, shown by its 「表で表示」 button (pressed by keyboard). */
  const rowOf = async (month: string) => {
    await expect(offersChart).toBeVisible();
    await pressKey(page, offersChart.getByRole('button', { name: '表で表示' }));
    return offersChart
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: month, exact: true }) });
  };

  // Published (national, FY2021): the Center's figures, 出典 公表値.
  await page.goto('/dashboard?fy=2021&scope=national');
  await expect(await rowOf('2021年4月')).toContainText('公表値');
  // The same months for a region: nothing was published, said on the chart and in the table.
  await page.goto('/dashboard?fy=2021&scope=region&region=%E8%BF%91%E7%95%BF');
  await expect(offersChart.locator('svg text', { hasText: '公表なし' })).toHaveCount(12);
  await expect(await rowOf('2021年4月')).toContainText('公表値は全国計のみです');
  await expectAccessible(page, 'dashboard, region before the cut-over');
  // A live year with nothing recorded in the region (四国: the demo's living records are in six other regions):
  // zeros, and the row says they are counted zeros.
  await page.goto('/dashboard?fy=2024&scope=region&region=%E5%9B%9B%E5%9B%BD');
  await expect(await rowOf('2024年4月')).toContainText('集計値: この月の該当する記録はありません（0人）。');
  // A fiscal year wholly ahead (two calendar years on): no month has begun.
  const ahead = new Date().getFullYear() + 2;
  await page.goto(`/dashboard?fy=${ahead}&scope=national`);
  await expect(offersChart.locator('svg text', { hasText: '未到来' })).toHaveCount(12);
  await expect(await rowOf(`${ahead}年4月`)).toContainText('まだ始まっていません');
  await expectAccessible(page, 'dashboard, a year not begun');
});

test('a consultant sees their own office only, and no partner or talent-bank figures', async ({ page }) => {
  await signIn(page);
  await pressKey(page, page.getByRole('link', { name: '統計ダッシュボード' }));
  await expect(page.getByRole('heading', { level: 1, name: '統計ダッシュボード' })).toBeVisible();
  await expect(page.getByText('集計範囲: 東京事務所')).toBeVisible();
  const scope = page.getByRole('button', { name: /集計範囲/ });
  await expect(scope).toContainText('東京事務所');
  await tabTo(page, scope);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /連携協定の締結状況/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'キャリア人材バンク 再就職実績' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /業種間の成立状況/ })).toBeVisible();
  await expectAccessible(page, 'dashboard, consultant');
  await screenshot(page, 'dashboard-consultant');
});

test('an executive counts the partner agreements in force on a chosen day, kept in the address', async ({
  page,
}) => {
  await signIn(page, EXECUTIVE);
  await pressKey(page, page.getByRole('link', { name: '統計ダッシュボード' }));
  const panel = page.getByRole('region', { name: /^連携協定の締結状況/ });
  await expect(panel).toBeVisible();

  /** The panel's table (shown by its 「表で表示」) as the API counts the agreements on that day. */
  async function expectCountsOf(day: string): Promise<void> {
    const { partnerAgreementCounts } = await pageApi<{
      partnerAgreementCounts: { byType: { typeLabel: string; count: number }[]; total: number };
    }>(
      page,
      'query ($asOf: String!) { partnerAgreementCounts(asOf: $asOf) { byType { typeLabel count } total } }',
      {
        asOf: day,
      },
    );
    const [year, month, date] = day.split('-').map(Number);
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(`${year}年${month}月${date}日`);
    const toggle = panel.getByRole('button', { name: '表で表示' });
    if (await toggle.isVisible()) await pressKey(page, toggle);
    const table = panel.getByRole('region', { name: /^連携協定の締結状況（/ });
    await expect
      .poll(async () => (await tableCells(table)).slice(1))
      .toEqual([
        ...partnerAgreementCounts.byType.map((t) => [t.typeLabel, String(t.count)]),
        ['合計', String(partnerAgreementCounts.total)],
      ]);
  }

  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
  await expectCountsOf(today);
  // Another day, typed by keyboard: the counts are that day's, and the address keeps the day over a reload.
  await typeDate(page, panel.getByRole('group', { name: '基準日' }), '2015-04-01');
  await pressKey(page, panel.getByRole('button', { name: '表示する' }));
  await expect(page).toHaveURL(/asOf=2015-04-01/);
  await expectCountsOf('2015-04-01');
  await expectAccessible(page, 'dashboard, partner agreements on a chosen day');
  await page.reload();
  await expectCountsOf('2015-04-01');
});
