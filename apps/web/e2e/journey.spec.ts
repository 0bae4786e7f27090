// A consultant's whole day in one go, by keyboard alone, against the real API: sign in, register a company, record
// its sending information, read its matches, take one up, walk the secondment from STEP1 to STEP6 through each stage's
// form (with the API's refusals shown where they belong), record a follow-up, complete the case and sign out.
import { expect, test, type Page } from '@playwright/test';
import { DEMO_CONSULTANT, DEMO_PASSWORD, expectAccessible, screenshot } from './support/app';
import { CaseApi, monthEnd, shiftDays, today } from './support/case-fixtures';
import { advance, currentStep, record, uniqueTag } from './support/case-page';
import { corporateNumber, randomCorporateBody } from './support/corporate-number';
import { chooseByKeyboard, pick, pressKey, tabTo, tick, typeInto } from './support/keyboard';

const yesterday = shiftDays(today, -1);
/** The first day of last month: the contract starts (and the secondment is established) then. */
const startOfLastMonth = shiftDays(monthEnd(today, -2), 1);
const end12 = monthEnd(startOfLastMonth, 11);
const daysAgo = (days: number) => shiftDays(today, -days);

async function signInByKeyboard(page: Page): Promise<void> {
  await page.goto('/signin');
  await typeInto(page, page.getByLabel('メールアドレス'), DEMO_CONSULTANT);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
}

/** The company page's own form, by keyboard: name, reading, a 法人番号 the API accepts, the lists by arrow keys. */
async function registerCompany(page: Page, name: string): Promise<void> {
  await pressKey(page, page.getByRole('link', { name: '企業', exact: true }));
  await pressKey(page, page.getByRole('link', { name: '企業を登録' }).first());
  await expect(page.getByRole('heading', { level: 1, name: '企業の登録' })).toBeVisible();
  await typeInto(page, page.getByRole('textbox', { name: /会社名（法人名）/ }), name);
  await typeInto(
    page,
    page.getByRole('textbox', { name: /法人番号/ }),
    corporateNumber(randomCorporateBody(), { valid: true }),
  );
  await chooseByKeyboard(page, page.getByRole('button', { name: /企業規模/ }), /中小企業/);
  await chooseByKeyboard(page, page.getByRole('button', { name: /産業分類（大分類）/ }), /E 製造業/);
  await chooseByKeyboard(page, page.getByRole('button', { name: /都道府県/ }), /東京都/);
  await pressKey(page, page.getByRole('button', { name: '登録する' }));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '企業を登録しました。' })).toBeVisible();
}

/** Sending information for the new company: a secondment of one assembly worker. */
async function recordSendingOffer(page: Page, company: string, jobTitle: string): Promise<void> {
  await pressKey(page, page.getByRole('link', { name: '送出情報', exact: true }));
  await pressKey(page, page.getByRole('link', { name: '送出情報を登録' }));
  await expect(page.getByRole('heading', { level: 1, name: '送出情報の登録' })).toBeVisible();
  await tabTo(page, page.getByRole('combobox', { name: /企業/ }));
  await page.keyboard.type(company);
  await expect(page.getByRole('option', { name: new RegExp(company) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: /企業/ })).toHaveValue(company);
  await typeInto(page, page.getByRole('textbox', { name: /職種名/ }), jobTitle);
  await chooseByKeyboard(page, page.getByRole('button', { name: /職業分類/ }), /^H /);
  await pick(
    page,
    page
      .getByRole('radiogroup', { name: /希望する形態/ })
      .getByRole('radio', { name: '在籍型出向', exact: true }),
  );
  await typeInto(page, page.getByRole('textbox', { name: /^人数/ }), '1');
  await chooseByKeyboard(page, page.getByRole('button', { name: /送出理由/ }), /雇用調整/);
  await pressKey(page, page.getByRole('button', { name: '登録する' }));
  await expect(page.getByRole('heading', { level: 1, name: jobTitle })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('登録しました。');
}

/** The receiving company among the matches, taken up: the case opens at STEP1. */
async function takeUpMatch(page: Page, receiver: string): Promise<void> {
  await pressKey(page, page.getByRole('link', { name: '候補（マッチング）を見る' }));
  await expect(page.getByRole('heading', { level: 1, name: 'マッチング候補' })).toBeVisible();
  const card = page
    .getByRole('region', { name: '受入情報の候補' })
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: receiver }) });
  await expect(card.getByRole('meter', { name: 'スコア' })).toHaveAttribute('aria-valuetext', /^\d{1,3}点$/);
  await expect(card.getByRole('heading', { name: '合っている点' })).toBeVisible();
  await expectAccessible(page, 'journey: matches of the new offer');
  await pressKey(page, card.getByRole('button', { name: /^採用して案件を作成\s*（/ }));
  const takeUp = page.getByRole('dialog', { name: '採用して案件を作成' });
  await expect(takeUp.getByText(/^形態：/)).toHaveText(/^形態：在籍型出向/);
  await pressKey(page, takeUp.getByRole('button', { name: '採用して案件を作成' }));
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(currentStep(page)).toContainText('STEP1 情報収集');
}

/** STEP2: moving on with the meeting unrecorded is refused by the API; a future day is refused at its field. */
async function meetAndBeRefusedFirst(page: Page): Promise<void> {
  const meeting = record(page, 'STEP2 企業間面談の記録');
  await expect(page.getByRole('heading', { name: 'チェックリスト：STEP2 企業間面談' })).toBeVisible();
  await expectAccessible(page, 'STEP2, meeting form empty');
  await pressKey(page, page.getByRole('button', { name: /^次の段階へ進める/ }));
  const refusal = page.getByRole('alert').filter({ hasText: '次の段階へ進めませんでした' });
  await expect(refusal).toContainText('出向元の社内手続に進めません');
  await expect(refusal).toContainText('企業間面談の実施日');
  await expect(currentStep(page)).toContainText('STEP2 企業間面談');
  await expectAccessible(page, 'STEP2, advance refused');
  await screenshot(page, 'case-step2-refused');

  await typeInto(page, meeting.getByLabel('面談日'), shiftDays(today, 3));
  await typeInto(page, meeting.getByLabel('出席者'), '両社人事担当・本人');
  for (const condition of ['期間', '賃金', '労働時間'])
    await tick(page, meeting.getByRole('checkbox', { name: condition }));
  await tick(page, meeting.getByRole('checkbox', { name: /助成金/ }));
  await pressKey(page, meeting.getByRole('button', { name: '保存' }));
  await expect(meeting.getByRole('alert')).toContainText('面談日に未来の日付は入力できません。');
  await expect(meeting.getByLabel('面談日')).toBeFocused();
  await expect(meeting.getByLabel('面談日')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'STEP2, meeting form with errors');
  // Focus is on the field to fix: select what was typed and type the right day.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(daysAgo(40));
  await pressKey(page, meeting.getByRole('button', { name: '保存' }));
  await expect(meeting.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expectAccessible(page, 'STEP2, meeting form filled');
}

/** The sending company's internal procedure: the worker and their consent, no union, the work-rules clause. */
async function internalProcedure(page: Page): Promise<void> {
  const workers = record(page, '対象労働者と本人同意');
  await pressKey(page, workers.getByRole('button', { name: '対象労働者を追加' }));
  await typeInto(page, workers.getByLabel('対象労働者1の氏名または識別名'), '対象者A');
  await typeInto(page, workers.getByLabel('対象労働者1の同意日'), daysAgo(30));
  await typeInto(page, workers.getByLabel('対象労働者1の確認方法'), '同意書');
  await pressKey(page, workers.getByRole('button', { name: '保存' }));
  await expect(workers.getByText('本人同意：1人中1人')).toBeVisible();
  const procedure = record(page, '出向元の社内手続の記録');
  await tick(page, procedure.getByRole('checkbox', { name: /労働条件を明示した/ }));
  await pick(page, procedure.getByRole('radio', { name: '募集' }));
  await pick(page, procedure.getByRole('radio', { name: '労働組合なし' }));
  await tick(page, procedure.getByRole('checkbox', { name: /就業規則/ }));
  await pressKey(page, procedure.getByRole('button', { name: '保存' }));
  await expect(procedure.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expectAccessible(page, 'internal procedure filled');
  await screenshot(page, 'case-internal-procedure');
}

/** STEP4: the wage split in %, told while typed and checked by the API when saved. */
async function contract(page: Page): Promise<void> {
  const form = record(page, 'STEP4 出向契約の記録');
  await typeInto(page, form.getByLabel('出向開始日'), startOfLastMonth);
  await typeInto(page, form.getByLabel('出向終了日'), end12);
  await typeInto(page, form.getByLabel('職務内容'), '検査工程の補助と品質記録');
  await pick(page, form.getByRole('radio', { name: '割合(%)' }));
  await typeInto(page, form.getByLabel('出向元の負担（%）'), '60');
  await typeInto(page, form.getByLabel('出向先の負担（%）'), '30');
  await expect(form.getByRole('status').filter({ hasText: '合計 90%：全体まであと 10%' })).toBeVisible();
  await typeInto(page, form.getByLabel('勤務時間'), '8:30〜17:30');
  await typeInto(page, form.getByLabel('時間外労働の取扱い'), '月20時間以内');
  await pick(page, form.getByRole('radio', { name: '出向元で加入を継続' }));
  await pick(page, form.getByRole('radio', { name: '申請する予定' }));
  await typeInto(page, form.getByLabel('契約締結日'), daysAgo(45));
  await pressKey(page, form.getByRole('button', { name: '保存' }));
  await expect(form.getByRole('alert')).toContainText(
    '賃金負担の割合は合計100%になるように入力してください(現在90%)。',
  );
  await expect(form.getByLabel('出向先の負担（%）')).toBeFocused();
  await expectAccessible(page, 'contract with errors');
  await screenshot(page, 'case-contract-errors');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('40');
  await expect(
    form.getByRole('status').filter({ hasText: '出向元 60%・出向先 40%（合計100%）' }),
  ).toBeVisible();
  await pressKey(page, form.getByRole('button', { name: '保存' }));
  await expect(form.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await expectAccessible(page, 'contract filled');
}

/** STEP6: a follow-up recorded and listed; the history tells each change in Japanese. */
async function followUp(page: Page): Promise<void> {
  const form = record(page, 'フォローアップを記録する');
  await typeInto(page, form.getByLabel('実施日'), yesterday);
  await pick(page, form.getByRole('radio', { name: '訪問' }));
  await typeInto(page, form.getByLabel('参加者'), '本人・受入先上長');
  await typeInto(page, form.getByLabel('本人の状況'), '職場に慣れ、検査記録を一人で担当している。');
  await pressKey(page, form.getByRole('button', { name: 'フォローアップを記録' }));
  await expect(form.getByRole('status').filter({ hasText: 'フォローアップを記録しました。' })).toBeVisible();
  await expect(page.getByText('職場に慣れ、検査記録を一人で担当している。')).toBeVisible();

  const history = record(page, '変更履歴');
  await expect(history.getByRole('listitem').first()).toContainText('フォローアップの記録');
  await expect(history).toContainText('次の段階へ（STEP5 出向の開始 → STEP6 フォローアップ）');
  // Each change by its Japanese name, its values as people read them: days with their era, shares in %, labels.
  await expect(history).toContainText(/面談日なし → \d{4}年\d{1,2}月\d{1,2}日（令和\d+年）/);
  await expect(history).toContainText('出向元の負担なし → 60%');
  await expect(history).toContainText('出向先の負担なし → 40%');
  await expect(history).toContainText('労働組合との合意なし → 労働組合なし');
  await expect(history).not.toContainText('contract.');
  await expect(history).not.toContainText('"');
  await expectAccessible(page, 'STEP6 with the history');
  await screenshot(page, 'case-step6');
}

test('a consultant’s day by keyboard alone: company, sending information, matches, a secondment from STEP1 to STEP6 with a refusal, a follow-up, sign-out', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const tag = uniqueTag();
  const company = `株式会社けやき坂送出工業${tag}`;
  const receiver = `けやき坂受入製作所${tag}`;
  const jobTitle = `組立工${tag}`;
  // The counterpart, recorded by a colleague of the same office: a Tokyo place for the same work.
  const colleague = await CaseApi.signIn(request);
  await colleague.receivingOffer(await colleague.company(receiver), 'SECONDMENT', jobTitle);

  await signInByKeyboard(page);
  await registerCompany(page, company);
  await recordSendingOffer(page, company, jobTitle);
  await takeUpMatch(page, receiver);
  await expectAccessible(page, 'STEP1');
  await screenshot(page, 'case-step1');

  await advance(page, 'STEP2 企業間面談');
  await meetAndBeRefusedFirst(page);
  await advance(page, '出向元の社内手続');
  await internalProcedure(page);
  await advance(page, 'STEP3 職場見学');
  const tour = record(page, 'STEP3 職場見学の記録');
  await typeInto(page, tour.getByLabel('見学日'), daysAgo(20));
  await tick(page, tour.getByRole('checkbox', { name: '出向対象労働者' }));
  await pressKey(page, tour.getByRole('button', { name: '保存' }));
  await expect(tour.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await advance(page, 'STEP4 出向契約の締結');
  await contract(page);

  // 成立: the start, with who started, moves the case to STEP5.
  const start = record(page, '成立の記録（STEP5 出向の開始）');
  await typeInto(page, start.getByLabel('出向開始日'), startOfLastMonth);
  await tick(page, start.getByRole('checkbox', { name: '対象者A' }));
  await pressKey(page, start.getByRole('button', { name: '成立を記録する' }));
  await expect(currentStep(page)).toContainText('STEP5 出向の開始');
  await expect(page.getByText('予定 1人・成立 1人')).toBeVisible();
  await advance(page, 'STEP6 フォローアップ');
  await followUp(page);

  // The end: the results this kind of move may record come from the API; the completed case is read-only.
  const completion = record(page, '完了の記録');
  await expect(completion.getByRole('radio')).toHaveCount(3);
  for (const outcome of ['出向期間満了により復帰', '出向期間を延長', '移籍に切替']) {
    await expect(completion.getByRole('radio', { name: outcome })).toBeVisible();
  }
  await pick(page, completion.getByRole('radio', { name: '出向期間満了により復帰' }));
  await typeInto(page, completion.getByLabel('完了日'), today);
  await pressKey(page, completion.getByRole('button', { name: '案件を完了する' }));
  await expect(page.getByText(/出向期間満了により復帰/).first()).toBeVisible();
  await expect(currentStep(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  await expectAccessible(page, 'completed');
  const casePage = page.url();

  // Signing out ends the day: the case page now asks for a sign-in again.
  await pressKey(page, page.getByRole('button', { name: 'ログアウト' }));
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(casePage);
  await expect(page).toHaveURL(/\/signin\?next=/);
  await expect(page.getByLabel('メールアドレス')).toBeVisible();
});
