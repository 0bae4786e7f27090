// The case page (screen 7) against the real API: a transfer to 採用, the dialogs for going back and ending as not
// established, and two people editing one case at once. The secondment from STEP1 to STEP6 is walked in
// journey.spec.ts, as part of the consultant's whole day.
import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { CaseApi, DEMO_HQ, shiftDays, today } from './support/case-fixtures';
import { choose, currentStep, record, uniqueTag } from './support/case-page';
import { pressKey } from './support/keyboard';

const yesterday = shiftDays(today, -1);
const daysAgo = (days: number) => shiftDays(today, -days);

test('a transfer goes to 採用, the end of its path, by keyboard alone at the hiring stage', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const api = await CaseApi.signIn(request);
  let kase: { id: string; version: number } = await api.openCase('TRANSFER', uniqueTag());
  kase = await api.change('advanceCase', 'AdvanceCaseInput', kase);
  kase = await api.change('recordCaseMeeting', 'RecordMeetingInput', kase, {
    heldOn: daysAgo(30),
    conditionsPresented: ['PERIOD', 'WAGES', 'WORKING_HOURS'],
  });
  kase = await api.change('advanceCase', 'AdvanceCaseInput', kase);
  kase = await api.change('recordCaseWorkplaceTour', 'RecordWorkplaceTourInput', kase, {
    heldOn: daysAgo(20),
  });
  kase = await api.change('recordCaseWorkers', 'RecordCaseWorkersInput', kase, {
    workers: [
      { label: '移籍者B', consentOn: daysAgo(15), consentMethod: '同意書' },
      { label: '移籍者C', consentOn: daysAgo(15), consentMethod: '同意書' },
    ],
  });
  await api.change('advanceCase', 'AdvanceCaseInput', kase);

  await signIn(page);
  await page.goto(`/cases/${kase.id}`);
  await expect(currentStep(page)).toContainText('採用内定');
  await expect(page.getByRole('navigation', { name: '案件の進み具合' }).getByRole('listitem')).toHaveText([
    /STEP1 情報収集/,
    /STEP2 企業間面談/,
    /STEP3 職場見学/,
    /採用内定/,
    /採用\(移籍\)/,
    /STEP6 フォローアップ/,
    /完了/,
  ]);
  await expectAccessible(page, 'transfer, hiring stage');

  // The hiring agreement, by keyboard: type, Tab, arrow keys in the radio group, Enter to save.
  const hiring = record(page, '採用内定の記録');
  await hiring.getByLabel('内定日').focus();
  await page.keyboard.type(daysAgo(10));
  await expect(hiring.getByLabel('内定日')).toHaveValue(daysAgo(10));
  await page.keyboard.press('Tab');
  await expect(hiring.getByLabel('採用予定日')).toBeFocused();
  await page.keyboard.type(daysAgo(2));
  await page.keyboard.press('Tab');
  await expect(hiring.getByLabel('職種・職務')).toBeFocused();
  await page.keyboard.type('品質検査');
  await page.keyboard.press('Tab');
  await expect(hiring.getByRole('radio', { name: '正社員' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(hiring.getByRole('radio', { name: '正社員' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(hiring.getByLabel('賃金月額（円）')).toBeFocused();
  await page.keyboard.type('320000');
  await expect(hiring.getByText('320,000円')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(hiring.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();

  // 採用: the hire day and who was hired, by keyboard; the case reaches 採用(移籍).
  const hire = record(page, '成立の記録（採用）');
  await hire.getByLabel('採用日').focus();
  await page.keyboard.type(yesterday);
  await page.keyboard.press('Tab');
  await expect(hire.getByRole('checkbox', { name: '移籍者B' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(hire.getByRole('button', { name: '成立を記録する' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(currentStep(page)).toContainText('採用(移籍)');
  await expect(page.getByText('予定 1人・成立 1人')).toBeVisible();
  await expectAccessible(page, 'transfer hired');
  await screenshot(page, 'case-transfer-hired');

  // A correction: the second worker joined a week late. Recorded as such, never a silent edit.
  await pressKey(page, page.getByRole('button', { name: '成立人数を訂正' }));
  const correction = page.getByRole('dialog', { name: '成立人数の訂正' });
  await expect(correction).toBeVisible();
  await expectAccessible(page, 'correction dialog open');
  await correction.getByLabel('訂正の発生日').fill(today);
  await choose(correction.getByRole('checkbox', { name: '移籍者C' }));
  await correction.getByRole('button', { name: '訂正を記録する' }).click();
  await expect(correction.getByRole('alert')).toContainText('訂正の理由を入力してください。');
  await expect(correction.getByLabel('訂正の理由')).toBeFocused();
  await page.keyboard.type('入社手続が遅れ、1週間後に入社した');
  await correction.getByRole('button', { name: '訂正を記録する' }).click();
  await expect(correction).toBeHidden();
  await expect(page.getByText('予定 1人・成立 2人')).toBeVisible();
  await expect(record(page, '変更履歴').getByRole('listitem').first()).toContainText('成立人数の訂正');
  await expect(record(page, '変更履歴')).toContainText('入社手続が遅れ、1週間後に入社した');
});

test('going back and ending as not established happen in dialogs, by keyboard, with the reason the API asks for', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const api = await CaseApi.signIn(request);
  let kase: { id: string; version: number } = await api.openCase('SECONDMENT', uniqueTag());
  kase = await api.change('advanceCase', 'AdvanceCaseInput', kase);
  kase = await api.change('recordCaseMeeting', 'RecordMeetingInput', kase, {
    heldOn: daysAgo(30),
    conditionsPresented: ['PERIOD', 'WAGES', 'WORKING_HOURS'],
    subsidyExplained: true,
  });
  await api.change('advanceCase', 'AdvanceCaseInput', kase);
  await signIn(page);
  await page.goto(`/cases/${kase.id}`);
  await expect(currentStep(page)).toContainText('出向元の社内手続');

  // Back to STEP2, by keyboard: the dialog opens on Enter, the reason is required (the API says so at the field).
  await pressKey(page, page.getByRole('button', { name: '前の段階へ戻す' }));
  const back = page.getByRole('dialog', { name: '前の段階へ戻す' });
  await expect(back).toBeVisible();
  await expect(back.getByRole('button', { name: /STEP2 企業間面談/ })).toBeVisible();
  await expectAccessible(page, 'move back dialog open');
  await back.getByRole('button', { name: '戻す', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(back.getByRole('alert')).toContainText('戻す理由を入力してください。');
  await expect(back.getByLabel('戻す理由')).toBeFocused();
  await expectAccessible(page, 'move back dialog with errors');
  await page.keyboard.type('面談の条件を見直すため');
  await page.keyboard.press('Tab');
  await expect(back.getByRole('button', { name: '戻す', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(back).toBeHidden();
  await expect(currentStep(page)).toContainText('STEP2 企業間面談');
  await expect(page.getByRole('status').filter({ hasText: 'STEP2 企業間面談へ戻しました。' })).toBeVisible();
  await expect(record(page, '変更履歴')).toContainText('面談の条件を見直すため');

  // Ending as not established: 「その他」 needs the reason; Escape closes the dialog with nothing changed.
  await pressKey(page, page.getByRole('button', { name: '不成立として終了' }));
  const end = page.getByRole('dialog', { name: '不成立として終了' });
  await expect(end).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(end).toBeHidden();
  await expect(currentStep(page)).toContainText('STEP2 企業間面談');
  await pressKey(page, page.getByRole('button', { name: '不成立として終了' }));
  await choose(end.getByRole('radio', { name: 'その他' }));
  await end.getByRole('button', { name: '不成立として終了する' }).click();
  await expect(end.getByRole('alert')).toContainText('「その他」を選んだ場合は理由を入力してください。');
  await expectAccessible(page, 'not established dialog with errors');
  await screenshot(page, 'case-not-established-dialog');
  await end.getByLabel('理由の詳細').fill('受入先の事業計画が変わったため');
  await end.getByRole('button', { name: '不成立として終了する' }).click();
  await expect(end).toBeHidden();
  await expect(page.getByRole('heading', { name: '現在の段階：不成立' })).toBeVisible();
  await expect(page.getByText('受入先の事業計画が変わったため').first()).toBeVisible();
  // An ended case is read-only: no moves, no save buttons.
  await expect(page.getByRole('button', { name: '保存' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '前の段階へ戻す' })).toHaveCount(0);
  await expectAccessible(page, 'not established');
});

test('two people edit one case: the stale save is told, reloads and re-applies; nothing is lost or overwritten unseen', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const api = await CaseApi.signIn(request);
  const kase = await api.openCase('SECONDMENT', uniqueTag());
  await api.change('advanceCase', 'AdvanceCaseInput', kase);

  const mine = await browser.newContext();
  const theirs = await browser.newContext();
  const me = await mine.newPage();
  const other = await theirs.newPage();
  await signIn(me);
  await signIn(other, DEMO_HQ);
  await me.goto(`/cases/${kase.id}`);
  await other.goto(`/cases/${kase.id}`);
  const myMeeting = record(me, 'STEP2 企業間面談の記録');
  const theirMeeting = record(other, 'STEP2 企業間面談の記録');
  await expect(myMeeting).toBeVisible();
  await expect(theirMeeting).toBeVisible();

  // I start typing; meanwhile the other person records the meeting day and the attendees and saves first.
  await myMeeting.getByLabel('出席者').fill('出向元人事・本人');
  await myMeeting.getByLabel('メモ').fill('本人は通勤時間を気にしている');
  await theirMeeting.getByLabel('面談日').fill(daysAgo(7));
  await theirMeeting.getByLabel('出席者').fill('受入側人事');
  await theirMeeting.getByRole('button', { name: '保存' }).click();
  await expect(theirMeeting.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();

  // My save is stale: refused, told in Japanese, the way out focused; my input is still there.
  await pressKey(me, myMeeting.getByRole('button', { name: '保存' }));
  const told = myMeeting.getByRole('alert');
  await expect(told).toContainText('他の人がこの案件を先に変更しました');
  const reload = myMeeting.getByRole('button', { name: '最新の内容を読み込む' });
  await expect(reload).toBeFocused();
  await expect(myMeeting.getByLabel('出席者')).toHaveValue('出向元人事・本人');
  await expectAccessible(me, 'conflict told');
  await screenshot(me, 'case-conflict');

  // Reloading, by keyboard: their day is taken in, my attendees are kept and flagged, and who changed it is named.
  await me.keyboard.press('Enter');
  const merged = myMeeting.getByRole('status').filter({ hasText: '最新の内容を読み込みました' });
  await expect(merged).toContainText('さん');
  await expect(merged).toContainText('面談日：');
  await expect(merged).toContainText('を取り込みました。');
  await expect(merged).toContainText('出席者：他の人は「受入側人事」にしました。あなたの入力を残しています');
  await expect(myMeeting.getByLabel('面談日')).toHaveValue(daysAgo(7));
  await expect(myMeeting.getByLabel('出席者')).toHaveValue('出向元人事・本人');
  await expect(myMeeting.getByLabel('メモ')).toHaveValue('本人は通勤時間を気にしている');
  await expectAccessible(me, 'conflict reloaded');
  await screenshot(me, 'case-conflict-reloaded');

  // Re-applied on the new version: saved, with their day kept and both saves in the history.
  await pressKey(me, myMeeting.getByRole('button', { name: '保存' }));
  await expect(myMeeting.getByRole('status').filter({ hasText: '保存しました。' })).toBeVisible();
  await other.reload();
  await expect(theirMeeting.getByLabel('面談日')).toHaveValue(daysAgo(7));
  await expect(theirMeeting.getByLabel('出席者')).toHaveValue('出向元人事・本人');
  await expect(theirMeeting.getByLabel('メモ')).toHaveValue('本人は通勤時間を気にしている');
  await expect(
    record(other, '変更履歴').getByRole('listitem').filter({ hasText: '企業間面談の記録' }),
  ).toHaveCount(2);
  await mine.close();
  await theirs.close();
});

test('every case of the demo office opens, whatever its stage, with its checklist and history and no axe violation', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const api = await CaseApi.signIn(request);
  const board = await api.run<{
    caseBoard: { columns: { stage: string; cases: { id: string; number: number }[] }[] };
  }>('{ caseBoard(perStage: 2) { columns { stage cases { id number } } } }');
  const cases = board.caseBoard.columns.flatMap((column) =>
    column.cases.map((each) => ({ ...each, column })),
  );
  expect(cases.length).toBeGreaterThan(0);
  await signIn(page);
  for (const { id, number, column } of cases) {
    await page.goto(`/cases/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: `案件 No.${number}` })).toBeVisible();
    await expect(record(page, '変更履歴')).toBeVisible();
    await expectAccessible(page, `demo case No.${number} (${column.stage})`);
    if (column.stage === 'FOLLOW_UP') await screenshot(page, 'case-demo-follow-up');
  }
});

test('a case that does not exist is told in Japanese, not a blank page', async ({ page }) => {
  await signIn(page);
  await page.goto('/cases/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: '案件を表示できません' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('指定された案件が見つかりません。');
  await expectAccessible(page, 'case not found');
});

test('at 200 % zoom the case page needs no horizontal scrolling', async ({ page, request }) => {
  const api = await CaseApi.signIn(request);
  let kase: { id: string; version: number } = await api.openCase('SECONDMENT', uniqueTag());
  kase = await api.change('advanceCase', 'AdvanceCaseInput', kase);
  await signIn(page);
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`/cases/${kase.id}`);
  await expect(record(page, 'STEP2 企業間面談の記録')).toBeVisible();
  await expectNoHorizontalScroll(page);
});
