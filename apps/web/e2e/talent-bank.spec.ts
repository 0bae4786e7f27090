import { expect, test, type Page } from '@playwright/test';
import { apiAs, type Api } from './support/api';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { DEMO_HQ, shiftDays, today } from './support/case-fixtures';
import { chooseByKeyboard, pick, tabTo, tick, typeDate, typeInto } from './support/keyboard';

const ADMIN = 'admin@kakehashi.example';

/** A tag no other test (nor a rerun) uses; kept to letters the API's name normalisation leaves alone. */
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The day `years` years before `day` (the same month and day). */
const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

/** The fiscal year (April to March) a day falls in. */
const fiscalYearOf = (day: string) => Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 4 ? 1 : 0);

async function press(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('button', { name }).or(page.getByRole('link', { name })).first());
  await page.keyboard.press('Enter');
}

async function checkState(page: Page, state: string): Promise<void> {
  await expectAccessible(page, state);
  await screenshot(page, `talent-bank-${state}`);
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The executive's dashboard: the year's re-employments as its 雇用形態別 table totals them. */
async function dashboardReemployments(executive: Page): Promise<number> {
  await executive.goto('/dashboard');
  const table = executive.getByRole('region', { name: '雇用形態別の再就職者数' });
  const total = table.getByRole('row').filter({ has: executive.getByRole('rowheader', { name: '合計' }) });
  await expect(total).toBeVisible();
  return Number(((await total.getByRole('cell').last().textContent()) ?? '').replace(/[^\d]/g, ''));
}

async function outcomesTotal(hq: Api): Promise<number> {
  const data = await hq.gql<{ talentBankOutcomes: { total: number } }>(
    'query ($fy: Int!) { talentBankOutcomes(fiscalYear: $fy) { total } }',
    {
      fy: fiscalYearOf(today),
    },
  );
  return data.talentBankOutcomes.total;
}

/**
 * A senior opening of its own, in a prefecture no other test uses for openings (島根), so that a registrant who
 * accepts only 島根 is ranked against it alone.
 */
async function seniorOpening(consultant: Api, tag: string): Promise<{ company: string; title: string }> {
  const company = `試験シニア商事${tag}`;
  const title = `経理事務${tag}`;
  const created = await consultant.gql<{ createCompany: { id: string } }>(
    'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }',
    {
      input: { legalName: company, jsicMajorCode: 'I', prefectureCode: '32', size: 'SME', employeeCount: 40 },
    },
  );
  const offer = await consultant.gql<{ createReceivingOffer: { id: string } }>(
    'mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }',
    {
      input: {
        companyId: created.createCompany.id,
        moveTypes: ['TRANSFER'],
        peopleWanted: 1,
        occupationCode: 'C',
        jobTitle: title,
        workplacePrefectureCode: '32',
        monthlyWage: 220000,
      },
    },
  );
  await consultant.gql(
    'mutation ($input: SeniorOpeningInput!) { saveSeniorOpening(input: $input) { version } }',
    {
      input: {
        receivingOfferId: offer.createReceivingOffer.id,
        workingStyle: 'PART_TIME',
        daysPerWeek: 4,
        hoursPerDay: 6,
        physicalDemand: 'LIGHT',
        wageMin: 200000,
        wageMax: 240000,
      },
    },
  );
  return { company, title };
}

test('a consultant registers a person of 60, is refused for 59 years 364 days, matches, reveals, records a re-employment, by keyboard alone', async ({
  page,
  baseURL,
  browser,
}) => {
  const tag = unique();
  const consultant = await apiAs(baseURL!, 'consultant@kakehashi.example');
  const hq = await apiAs(baseURL!, DEMO_HQ);
  const admin = await apiAs(baseURL!, ADMIN);
  const opening = await seniorOpening(consultant, tag);
  const before = await outcomesTotal(hq);
  const executiveContext = await browser.newContext();
  const executive = await executiveContext.newPage();
  await signIn(executive, 'executive@kakehashi.example');
  const shownBefore = await dashboardReemployments(executive);
  expect(shownBefore).toBe(before);
  const name = `試験 人材${tag}`;

  await signIn(page);
  await press(page, 'キャリア人材バンク');
  await expect(page.getByRole('heading', { level: 1, name: 'キャリア人材バンク' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '該当' })).toContainText('人目');
  // The demo office's registrants, without a date of birth or a contact detail anywhere in the list.
  await expect(page.getByRole('cell', { name: '再就職済み' }).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('090-');
  await checkState(page, 'list');

  await press(page, '登録者を登録');
  await expect(page.getByRole('heading', { level: 1, name: 'キャリア人材バンクに登録' })).toBeVisible();
  await expect(page.getByText(/登録日に60歳以上で/)).toBeVisible();
  await checkState(page, 'register-empty');

  // 59 years and 364 days: the API's answer appears as the questions are answered, with the reason.
  const dayShort = shiftDays(yearsBefore(today, 60), 1);
  await typeDate(page, page.getByRole('group', { name: /生年月日/ }), dayShort);
  await pick(page, page.getByRole('radio', { name: '定年退職' }));
  const verdict = page.getByTestId('eligibility-result');
  await expect(verdict).toContainText('登録の対象外です');
  await expect(verdict).toContainText('59歳のため登録できません');
  await typeInto(page, page.getByRole('textbox', { name: /^氏名/ }), name);
  await typeInto(page, page.getByRole('textbox', { name: /ふりがな/ }), `しけん じんざい`);
  await typeInto(page, page.getByRole('textbox', { name: '電話番号' }), '090-0000-9876');
  await chooseByKeyboard(page, page.getByRole('button', { name: /居住都道府県/ }), /^東京都$/);
  await chooseByKeyboard(page, page.getByRole('button', { name: /同意の取得方法/ }), /^書面$/);
  await press(page, '登録する');
  // The refusal names what was refused and why, at the date of birth.
  const summary = page.getByRole('alert').filter({ hasText: '登録できませんでした' });
  await expect(summary).toContainText('59歳のため登録できません');
  await checkState(page, 'register-refused');

  // Aged 60 today: eligible, registered.
  await typeDate(page, page.getByRole('group', { name: /生年月日/ }), yearsBefore(today, 60));
  await expect(verdict).toContainText('登録の対象です');
  await press(page, '登録する');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '登録しました' })).toBeVisible();
  const registrantId = page.url().split('/talent-bank/')[1].split('?')[0];

  // Wishes of this test only (島根 alone), so its opening is the one ranked; the career's strengths.
  await press(page, '希望条件を編集');
  const wishes = page.getByRole('dialog');
  await tick(page, wishes.getByRole('checkbox', { name: '事務従事者' }));
  await pick(page, wishes.getByRole('radio', { name: /短時間勤務/ }));
  await typeInto(page, wishes.getByRole('textbox', { name: /希望月額賃金/ }), '220000');
  await tabTo(page, wishes.getByRole('textbox', { name: '勤務可能な都道府県' }));
  await page.keyboard.type('島根');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(wishes).toContainText('島根県');
  await checkState(page, 'wishes-dialog');
  await press(page, '保存する');
  await expect(page.getByRole('status').filter({ hasText: '希望条件を保存しました' })).toBeVisible();
  await expect(page.getByText('月額220,000円')).toBeVisible();
  await press(page, '職業経歴を編集');
  const career = page.getByRole('dialog');
  await typeInto(page, career.getByRole('textbox', { name: '強み' }), '経理の実務三十年');
  await press(page, '保存する');
  await expect(page.getByRole('status').filter({ hasText: '職業経歴を保存しました' })).toBeVisible();
  await expect(page.getByText('経理の実務三十年')).toBeVisible();
  const match = page.getByRole('listitem').filter({ hasText: opening.title });
  await expect(match).toContainText(opening.company);
  await expect(match.getByRole('heading', { name: /1位/ })).toBeVisible();
  await expect(match).toContainText('合う点');
  await expect(page.locator('main')).not.toContainText('090-0000-9876');
  await checkState(page, 'record');

  // The other way round: the opening's candidates, from the senior openings list filtered to 島根.
  await press(page, 'キャリア人材バンク');
  await press(page, 'シニア求人と候補者');
  await expect(page.getByRole('heading', { level: 1, name: 'シニア求人と候補者' })).toBeVisible();
  await chooseByKeyboard(page, page.getByRole('button', { name: /勤務地の都道府県/ }), /^島根県$/);
  await press(page, '検索');
  // The router writes the code as JSON text ("32"), so it is not read back as a number.
  await expect(page).toHaveURL(/prefectureCode=(%22)?32/);
  await checkState(page, 'openings');
  await press(page, `${opening.company}「${opening.title}」`);
  const candidate = page.getByRole('listitem').filter({ hasText: name });
  await expect(candidate).toContainText('合う点');
  await expect(page.locator('main')).not.toContainText('090-0000-9876');
  await checkState(page, 'opening-candidates');
  await press(page, name);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Reveal: an explicit action, and the access log shows it.
  await press(page, '生年月日と連絡先を表示（記録されます）');
  await expect(page.getByText('090-0000-9876')).toBeVisible();
  await expect(page.getByText('60歳', { exact: true })).toBeVisible();
  await checkState(page, 'record-revealed');
  const log = await admin.gql<{
    talentBankAccessLog: { edges: { node: { operation: string; fields: string[]; outcome: string } }[] };
  }>(
    'query ($id: ID!) { talentBankAccessLog(filter: { registrantId: $id }, first: 20) { edges { node { operation fields outcome } } } }',
    { id: registrantId },
  );
  expect(log.talentBankAccessLog.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
    operation: 'Mutation.revealTalentBankContact',
    fields: ['address', 'age', 'dateOfBirth', 'email', 'phone'],
    outcome: 'ALLOWED',
  });

  // The Job Card workbook, through the session.
  const download = page.waitForEvent('download');
  await press(page, 'ジョブ・カードをExcelで出力（記録されます）');
  expect((await download).suggestedFilename()).toMatch(/^jobcard-.*\.xlsx$/);

  // Re-employment through the matched opening; the figures move by one.
  await press(page, `${opening.company}への再就職を記録`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: '再就職を記録' })).toBeVisible();
  await chooseByKeyboard(page, dialog.getByRole('button', { name: /雇用形態/ }), /パート・アルバイト/);
  await chooseByKeyboard(
    page,
    dialog.getByRole('button', { name: /賃金（月額）/ }),
    /月額20万円以上25万円未満/,
  );
  await checkState(page, 'reemployment-dialog');
  await press(page, /^記録する$/); // the dialog's button (the page behind it has 「プログラムを記録する」)
  await expect(page.getByRole('status').filter({ hasText: '再就職を記録しました' })).toBeVisible();
  await expect(page.getByRole('region', { name: '再就職', exact: true })).toContainText(opening.company);
  await expect(page.getByText('この登録は「再就職済み」で終了しています。')).toBeVisible();
  await checkState(page, 'record-reemployed');
  expect(await outcomesTotal(hq)).toBe(before + 1);
  // The executive's dashboard counts the new re-employment.
  expect(await dashboardReemployments(executive)).toBe(before + 1);

  await Promise.all([consultant.dispose(), hq.dispose(), admin.dispose(), executiveContext.close()]);
});

test('withdrawing consent says what happens to the data, then closes the registration', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const consultant = await apiAs(baseURL!, 'consultant@kakehashi.example');
  const registered = await consultant.gql<{ registerTalentBankRegistrant: { id: string } }>(
    'mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }',
    {
      input: {
        name: `撤回 試験${tag}`,
        kana: 'テッカイ シケン',
        dateOfBirth: yearsBefore(today, 62),
        phone: '090-0000-5432',
        prefectureCode: '13',
        eligibilityReason: 'MANDATORY_RETIREMENT',
        consent: { givenOn: today, purposeVersion: '2026-11', method: 'WRITTEN' },
      },
    },
  );
  await signIn(page);
  await page.goto(`/talent-bank/${registered.registerTalentBankRegistrant.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `撤回 試験${tag}` })).toBeVisible();
  await press(page, '同意の撤回を記録');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('匿名化');
  await expect(dialog).toContainText('元に戻せません');
  await checkState(page, 'withdraw-dialog');
  await press(page, '撤回を記録する');
  await expect(page.getByRole('status').filter({ hasText: '同意の撤回を記録しました' })).toBeVisible();
  await expect(page.getByText('この登録は「同意撤回」で終了しています。')).toBeVisible();
  await checkState(page, 'record-withdrawn');
  await consultant.dispose();
});

test('a company’s support request is recorded, and a registrant who came with it shows it', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const consultant = await apiAs(baseURL!, 'consultant@kakehashi.example');
  const company = `試験退職支援工業${tag}`;
  await consultant.gql('mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }', {
    input: { legalName: company, jsicMajorCode: 'E', prefectureCode: '13', size: 'SME', employeeCount: 120 },
  });
  await signIn(page);
  await press(page, 'キャリア人材バンク');
  await press(page, /^支援依頼$/);
  await expect(page.getByRole('heading', { level: 1, name: '企業からの支援依頼' })).toBeVisible();
  await press(page, '支援依頼を登録');
  const dialog = page.getByRole('dialog');
  const picker = dialog.getByRole('combobox', { name: /依頼した企業/ });
  await tabTo(page, picker);
  await page.keyboard.type(company);
  await expect(dialog.getByRole('option', { name: new RegExp(company) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(company);
  await typeInto(page, dialog.getByRole('textbox', { name: /担当者名/ }), '人事 花子');
  await typeDate(page, dialog.getByRole('group', { name: /退職予定日/ }), shiftDays(today, 60));
  await checkState(page, 'support-request-dialog');
  await press(page, '登録する');
  await expect(page.getByRole('status').filter({ hasText: '支援依頼を登録しました' })).toBeVisible();
  const request = page.getByRole('listitem').filter({ hasText: company });
  await expect(request).toContainText('人事 花子');
  await checkState(page, 'support-requests');

  const requests = await consultant.gql<{
    talentBankSupportRequests: { edges: { node: { id: string; company: { legalName: string } } }[] };
  }>('{ talentBankSupportRequests(first: 20) { edges { node { id company { legalName } } } } }');
  const requestId = requests.talentBankSupportRequests.edges.find(
    (edge: { node: { company: { legalName: string } } }) => edge.node.company.legalName === company,
  )!.node.id;
  const registered = await consultant.gql<{ registerTalentBankRegistrant: { id: string } }>(
    'mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }',
    {
      input: {
        name: `依頼 試験${tag}`,
        kana: 'イライ シケン',
        dateOfBirth: yearsBefore(today, 61),
        email: `irai${tag}@example.jp`,
        prefectureCode: '13',
        eligibilityReason: 'MANDATORY_RETIREMENT',
        supportRequestId: requestId,
        consent: { givenOn: today, purposeVersion: '2026-11', method: 'ELECTRONIC' },
      },
    },
  );
  await page.goto(`/talent-bank/${registered.registerTalentBankRegistrant.id}`);
  await expect(page.getByRole('region', { name: '企業からの支援依頼' })).toContainText(company);
  await consultant.dispose();
});

test('headquarters see every office’s registrants, filter by office and name the registering office', async ({
  page,
}) => {
  await signIn(page, DEMO_HQ);
  await press(page, 'キャリア人材バンク');
  await expect(page.getByRole('columnheader', { name: '登録事務所' })).toBeVisible();
  await chooseByKeyboard(page, page.getByRole('button', { name: /登録事務所/ }), /^東京事務所$/);
  await press(page, '検索');
  await expect(page.getByRole('cell', { name: '東京事務所' }).first()).toBeVisible();
  await expect(
    page
      .getByRole('cell', { name: '山本 和夫' })
      .or(page.getByRole('rowheader', { name: /山本 和夫/ }))
      .first(),
  ).toBeVisible();
  await checkState(page, 'hq-list');
  await press(page, '登録者を登録');
  await expect(page.getByRole('button', { name: /登録事務所/ })).toBeVisible();
  await checkState(page, 'hq-register');
});
