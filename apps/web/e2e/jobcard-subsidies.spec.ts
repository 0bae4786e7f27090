// 助成金の試算 against the real API, by keyboard: a training estimate whose hours pass both caps (EX-SB-3a), attached to
// a case at STEP 2 and read back there; a conversion estimate where the yearly cap per establishment refuses one
// person (R-SB-6); the rate tables; axe at each state and no sideways scroll at 200 % zoom.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { CaseApi } from './support/case-fixtures';
import { uniqueTag } from './support/case-page';
import { pick, pressKey, tabTo, typeInto } from './support/keyboard';

const result = (page: Page) => page.getByRole('region', { name: '試算結果' });

/** Names are personal data: the address (history, shared links) never holds one, in any encoding. */
function expectNoNameInAddress(page: Page, ...names: string[]): void {
  const address = decodeURIComponent(page.url());
  for (const name of names) {
    for (const part of name.split(' ')) expect(address, `the address holds ${part}`).not.toContain(part);
  }
}

/** A day typed into a date field's 年/月/日 segments: Tab to the year, then digits (each segment moves on when full). */
async function typeDay(page: Page, field: Locator, day: string): Promise<void> {
  await tabTo(page, field.getByRole('spinbutton', { name: /^年/ }));
  await page.keyboard.type(day.replaceAll('-', ''));
}

test('a consultant estimates the training subsidy, caps named, and attaches it to a case at STEP 2', async ({
  page,
  request,
}) => {
  const api = await CaseApi.signIn(request);
  const opened = await api.openCase('TRANSFER', uniqueTag());
  await api.change('advanceCase', 'AdvanceCaseInput', opened);

  await signIn(page);
  await page.goto(`/cases/${opened.id}`);
  const section = page.getByRole('region', { name: '助成金の試算' });
  await expect(section).toContainText('この案件に添付した試算はまだありません。');
  await pressKey(page, section.getByRole('link', { name: '試算して案件に添付する' }));

  await expect(page.getByRole('heading', { level: 1, name: '助成金の試算' })).toBeVisible();
  await expect(page.getByText(`案件 No.${opened.number} に添付する試算です。`)).toBeVisible();
  await expect(result(page)).toContainText('入力して「試算する」を押すと');
  await expectAccessible(page, 'training estimate, empty');

  // EX-SB-3a: an SME, Off-JT 1,250 h and OJT 700 h, 500,000 yen borne → both hour caps and the cost bracket apply.
  await pick(page, page.getByRole('radio', { name: '中小企業' }));
  const trainee = page.getByRole('group', { name: '受講者 1' });
  await typeInto(page, trainee.getByRole('textbox', { name: '氏名または識別名' }), '訓練 花子');
  await typeInto(page, trainee.getByRole('textbox', { name: /^Off-JT の訓練時間\s*（時間）$/ }), '1250');
  await typeInto(page, trainee.getByRole('textbox', { name: /^OJT の訓練時間\s*（時間）$/ }), '700');
  await typeInto(page, trainee.getByRole('textbox', { name: '事業主が負担した Off-JT の実費' }), '500000');
  await pressKey(page, page.getByRole('button', { name: '試算する' }));

  await expect(result(page).getByRole('status').first()).toHaveText('試算結果：合計 1,728,800円');
  const wage = result(page).getByRole('row', { name: /Off-JT 賃金助成/ });
  await expect(wage).toContainText('760円 × 1,200時間 = 912,000円');
  await expect(wage).toContainText('上限 1,200時間');
  await expect(wage).toContainText('上限適用');
  await expect(result(page).getByRole('row', { name: /OJT 実施助成/ })).toContainText('上限 680時間');
  await expect(result(page).getByRole('row', { name: /Off-JT 経費助成/ })).toContainText('300,000円');
  await expect(result(page)).toContainText('S003：2016年4月1日（平成28年）から');
  await expect(result(page).getByRole('heading', { name: '訓練 花子 の試算' })).toBeVisible();
  // The figures are in the address, the name typed is not.
  await expect(page).toHaveURL(/trainees=/);
  expectNoNameInAddress(page, '訓練 花子');
  await expectAccessible(page, 'training estimate, result');
  await screenshot(page, 'jobcard-subsidies-training');

  // The estimate's address reopens the same amounts; the name is gone, the trainee shown by position.
  await page.reload();
  await expect(result(page).getByRole('status').first()).toHaveText('試算結果：合計 1,728,800円');
  await expect(result(page).getByRole('row', { name: /Off-JT 賃金助成/ })).toContainText('上限 1,200時間');
  await expect(result(page).getByRole('heading', { name: '1人目 の試算' })).toBeVisible();
  await expect(trainee.getByRole('textbox', { name: '氏名または識別名' })).toHaveValue('');
  expectNoNameInAddress(page, '訓練 花子');

  await pressKey(page, result(page).getByRole('button', { name: '案件に添付' }));
  await expect(page.getByText(`試算を案件 No.${opened.number} に添付しました。`)).toBeVisible();
  const back = page.getByRole('link', { name: `案件 No.${opened.number} に戻る` }).last();
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(section).toContainText('人材開発支援助成金（特別育成訓練コース）');
  await expect(section).toContainText('1,728,800円');
  await pressKey(page, section.getByText('計算の内訳'));
  await expect(section.getByRole('row', { name: /Off-JT 賃金助成/ })).toContainText('上限 1,200時間');
  await expectAccessible(page, 'case page, estimate attached at STEP 2');
  await screenshot(page, 'jobcard-subsidies-case-step2');
});

test('a conversion estimate refuses the person beyond 20 a year, and the rate tables are listed', async ({
  page,
}) => {
  await signIn(page);
  // An old link that still carries a name: the estimate opens, the name leaves the address (history included).
  const oldLink = [{ name: '旧 リンク', offJt: 6000, ojt: 0, cost: 0 }];
  await page.goto(
    `/jobcard/subsidies?kind=training&size=SME&trainees=${encodeURIComponent(JSON.stringify(oldLink))}`,
  );
  await expect(result(page).getByRole('heading', { name: '1人目 の試算' })).toBeVisible();
  await expect(result(page).getByRole('row', { name: /Off-JT 賃金助成/ })).toContainText('760円 × 100時間');
  await expect(page).not.toHaveURL(/name/);
  await expect(page).toHaveURL(/trainees=/);
  expectNoNameInAddress(page, '旧 リンク');

  await page.goto('/jobcard/subsidies?kind=conversion');
  await expect(page.getByRole('tab', { name: '正社員化の助成', selected: true })).toBeVisible();

  // Without a company size the form says so, field by field, before asking the API.
  await pressKey(page, page.getByRole('button', { name: '試算する' }));
  await expect(page.getByRole('link', { name: '企業規模を選んでください' })).toBeVisible();
  await expectAccessible(page, 'conversion estimate, refused');

  // Without an application day the API refuses, and its message is linked to the field.
  await pick(page, page.getByRole('radio', { name: '中小企業' }));
  await pressKey(page, page.getByRole('button', { name: '試算する' }));
  const dayProblem = page.getByRole('link', { name: /支給申請日は日付/ });
  await expect(dayProblem).toBeVisible();
  await expect(page.getByRole('group', { name: '支給申請日' })).toHaveAttribute('aria-describedby', /.+/);
  await expectAccessible(page, 'conversion estimate, refused by the API');
  await typeDay(page, page.getByRole('group', { name: '支給申請日' }), '2026-02-10');
  await typeInto(page, page.getByRole('textbox', { name: /申請済みの人数/ }), '19');
  const first = page.getByRole('group', { name: '転換した人 1' });
  await typeInto(page, first.getByRole('textbox', { name: '氏名または識別名' }), '転換 一郎');
  await typeDay(page, first.getByRole('group', { name: '転換日' }), '2025-07-15');
  await pressKey(page, page.getByRole('button', { name: '転換した人を追加' }));
  const second = page.getByRole('group', { name: '転換した人 2' });
  await expect(second.getByRole('textbox', { name: '氏名または識別名' })).toBeFocused();
  await page.keyboard.type('転換 二郎');
  await typeDay(page, second.getByRole('group', { name: '転換日' }), '2025-07-15');
  await pressKey(page, page.getByRole('button', { name: '試算する' }));

  await expect(result(page).getByRole('status').first()).toHaveText('試算結果：合計 570,000円');
  await expect(result(page).getByRole('row', { name: /転換 一郎/ })).toContainText('570,000円');
  const refused = result(page).getByRole('region', { name: '申請できない方' });
  await expect(refused).toContainText('20人まで');
  await expect(refused).toContainText('転換 二郎');
  await expect(result(page)).toContainText('2025年度');
  expectNoNameInAddress(page, '転換 一郎', '転換 二郎');
  await expectAccessible(page, 'conversion estimate, result');
  await screenshot(page, 'jobcard-subsidies-conversion');

  // Reloaded: the same amounts and refusal, the people shown by position, their names nowhere in the address.
  await page.reload();
  await expect(result(page).getByRole('status').first()).toHaveText('試算結果：合計 570,000円');
  await expect(result(page).getByRole('row', { name: /1人目/ })).toContainText('570,000円');
  await expect(result(page).getByRole('region', { name: '申請できない方' })).toContainText('2人目');
  await expect(first.getByRole('textbox', { name: '氏名または識別名' })).toHaveValue('');
  expectNoNameInAddress(page, '転換 一郎', '転換 二郎');

  const tables = page.getByRole('region', { name: '支給額表の一覧 (適用開始日の順)' });
  await expect(tables.getByRole('row', { name: /S003/ })).toContainText('本日適用');
  await expect(tables.getByRole('row', { name: /S001-2015/ })).toContainText('以前の表');
  const older = page.getByText('S001-2015 の支給額');
  await tabTo(page, older);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /S001-2015 の1人1時間/ })).toContainText('800円');
  await expectAccessible(page, 'rate tables, older table open');

  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'jobcard-subsidies-conversion-zoom');
});

test('a training plan’s link prefills the estimate with its trainee, company size and planned hours', async ({
  page,
  request,
}) => {
  // The demo plan (見本 実習生) of the Tokyo office's STEP 2 case, found as a script would.
  const api = await CaseApi.signIn(request);
  const step2 = await api.run<{ cases: { edges: { node: { id: string } }[] } }>(
    'query { cases(first: 100, filter: { stages: [INTER_COMPANY_MEETING] }) { edges { node { id } } } }',
  );
  let plan: { id: string } | undefined;
  for (const { node } of step2.cases.edges) {
    const found = await api.run<{ trainingPlans: { id: string; traineeName: string }[] }>(
      'query ($id: ID) { trainingPlans(caseId: $id) { id traineeName } }',
      { id: node.id },
    );
    plan = found.trainingPlans.find((each) => each.traineeName === '見本 実習生') ?? plan;
  }
  expect(plan, 'the demo training plan').toBeDefined();

  await signIn(page);
  await page.goto(`/jobcard/subsidies?planId=${plan?.id}`);
  await expect(
    page.getByText('訓練実施計画 (訓練受講者 見本 実習生) の企業規模と訓練時間を入力しました。'),
  ).toBeVisible();
  const trainee = page.getByRole('group', { name: '受講者 1' });
  await expect(trainee.getByRole('textbox', { name: '氏名または識別名' })).toHaveValue('見本 実習生');
  await expect(trainee.getByRole('textbox', { name: /^Off-JT の訓練時間\s*（時間）$/ })).toHaveValue('85');
  await expect(trainee.getByRole('textbox', { name: /^OJT の訓練時間\s*（時間）$/ })).toHaveValue('340');
  await typeInto(page, trainee.getByRole('textbox', { name: '事業主が負担した Off-JT の実費' }), '80000');
  await pressKey(page, page.getByRole('button', { name: '試算する' }));
  await expect(result(page).getByRole('row', { name: /Off-JT 経費助成/ })).toContainText('80,000円');
  // The plan's case comes with it: the estimate can be attached there.
  await expect(result(page).getByRole('button', { name: '案件に添付' })).toBeVisible();
  await expect(page).toHaveURL(/planId=.*caseId=|caseId=.*planId=/);
  expectNoNameInAddress(page, '見本 実習生');
  await expectAccessible(page, 'training estimate prefilled from a plan');
  await screenshot(page, 'jobcard-subsidies-from-plan');

  // Reloaded: the plan's trainee is read from the API again, the amounts are the same.
  await page.reload();
  await expect(trainee.getByRole('textbox', { name: '氏名または識別名' })).toHaveValue('見本 実習生');
  await expect(result(page).getByRole('heading', { name: '見本 実習生 の試算' })).toBeVisible();
  await expect(result(page).getByRole('row', { name: /Off-JT 経費助成/ })).toContainText('80,000円');
  expectNoNameInAddress(page, '見本 実習生');
});
