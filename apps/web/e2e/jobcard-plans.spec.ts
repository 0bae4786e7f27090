import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import {
  DEMO_CONSULTANT,
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  signIn,
} from './support/app';
import { monthEnd, shiftDays, today } from './support/case-fixtures';
import { chooseByKeyboard, tabTo, typeDate, typeInto } from './support/keyboard';

/** A tag no other test (nor a rerun) uses. */
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function press(page: Page, name: string | RegExp): Promise<void> {
  await tabTo(page, page.getByRole('button', { name }).or(page.getByRole('link', { name })).first());
  await page.keyboard.press('Enter');
}

async function checkState(page: Page, state: string): Promise<void> {
  await expectAccessible(page, state);
  await screenshot(page, `jobcard-plans-${state}`);
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Picks from a search box by typing and choosing the first suggestion with the arrow key. */
async function searchAndPick(page: Page, box: Locator, typed: string): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.type(typed);
  await expect(page.getByRole('option', { name: new RegExp(typed) }).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue(new RegExp(typed));
}

/** A number field's text, typed over by keyboard. */
const hours = (page: Page, row: number) => page.locator(`#plan-row-${row}-hours`);

test('a consultant types a training plan, sees it refused live with named reasons, corrects it, saves and accepts it', async ({
  page,
  baseURL,
}) => {
  // A long journey typed key by key on a shared 2-core machine: twice the suite's default.
  test.setTimeout(360_000);
  const tag = unique();
  const consultant = await apiAs(baseURL!, DEMO_CONSULTANT);
  const companyName = `試験プレス工業${tag}`;
  await consultant.gql('mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }', {
    input: {
      legalName: companyName,
      jsicMajorCode: 'E',
      prefectureCode: '13',
      size: 'SME',
      employeeCount: 80,
    },
  });
  // The trainee: a registrant who was a regular press worker at one company until last month (ineligible, §5.12).
  const start = shiftDays(monthEnd(today, 1), 1);
  const end = monthEnd(start, 5);
  const traineeName = `訓練 試験${tag}`;
  await consultant.gql(
    'mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }',
    {
      input: {
        name: traineeName,
        kana: 'クンレン シケン',
        phone: '090-0000-6543',
        dateOfBirth: `${Number(today.slice(0, 4)) - 61}-05-01`,
        prefectureCode: '13',
        eligibilityReason: 'MANDATORY_RETIREMENT',
        consent: { givenOn: today, purposeVersion: '2026-11', method: 'WRITTEN' },
        career: {
          workHistory: [
            {
              from: `${Number(today.slice(0, 4)) - 30}-04`,
              to: shiftDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7),
              company: '山田製作所',
              duties: 'プレス加工',
              employmentKind: 'REGULAR',
              field: '金属プレス加工',
            },
          ],
        },
      },
    },
  );

  await signIn(page);
  await press(page, 'ジョブ・カード・訓練');
  await press(page, /^訓練実施計画/);
  await expect(page.getByRole('heading', { level: 1, name: '訓練実施計画' })).toBeVisible();
  await searchAndPick(page, page.getByRole('combobox', { name: /実施企業/ }), companyName);
  await expect(page.getByRole('heading', { name: '0件の訓練実施計画' })).toBeVisible();
  await checkState(page, 'list-empty');
  await press(page, '訓練実施計画を作成');
  await expect(page.getByRole('heading', { level: 1, name: '訓練実施計画を作成' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /実施企業/ })).toHaveValue(companyName);

  // The trainee, the period and a curriculum whose hours fall short and whose OJT share is over 90 %.
  await searchAndPick(
    page,
    page.getByRole('combobox', { name: /訓練受講者（キャリア人材バンク登録者/ }),
    traineeName,
  );
  await expect(page.getByRole('textbox', { name: /訓練受講者の氏名/ })).toHaveValue(traineeName);
  await typeDate(page, page.getByRole('group', { name: /訓練開始日/ }), start);
  await typeDate(page, page.getByRole('group', { name: /訓練終了日/ }), end);
  await typeDate(page, page.getByRole('group', { name: /計画の提出日/ }), today);
  await typeDate(page, page.getByRole('group', { name: /ジョブ・カードの交付日/ }), today);
  await typeInto(page, page.getByRole('textbox', { name: /訓練修了後の取扱い/ }), '正社員として雇用します');
  // The career-up plan the training is based on: three years from this month, with the 人材育成コース.
  const careerUpStart = `${today.slice(0, 7)}-01`;
  await typeDate(page, page.getByRole('group', { name: /計画期間の初日/ }), careerUpStart);
  await typeDate(page, page.getByRole('group', { name: /計画期間の末日/ }), monthEnd(careerUpStart, 35));
  await typeInto(page, page.getByRole('textbox', { name: /措置の項目/ }), '人材育成コース');
  await typeInto(page, page.locator('#plan-row-0-name'), '打ち抜き加工作業');
  await typeInto(page, page.locator('#plan-row-0-content'), '打ち抜き加工機械の操作、試し検査');
  await typeInto(page, hours(page, 0), '380');
  await typeInto(page, page.locator('#plan-row-1-name'), 'プレス加工の基本知識');
  await typeInto(page, page.locator('#plan-row-1-content'), '関連法令、安全作業法');
  await typeInto(page, hours(page, 1), '20');
  await chooseByKeyboard(page, page.locator('#plan-row-1-offJtDelivery'), /教育訓練機関で実施/);
  for (const [role, name] of [
    ['訓練指導責任者', '工場 一郎'],
    ['訓練指導担当者', '工場 二郎'],
    ['評価責任者', '工場 三郎'],
    ['評価担当者', '工場 四郎'],
  ]) {
    await typeInto(page, page.getByRole('textbox', { name: `${role}の氏名` }), name);
  }

  // Refused live, each reason named by the API beside its field and in the summary with its figures.
  const check = page.getByRole('region', { name: '規則による確認' });
  await expect(
    check.getByText(/6か月当たりに換算した訓練時間数が425時間以上必要です（現在 400時間/),
  ).toBeVisible();
  await expect(check.getByText(/OJTの割合が1割以上9割以下である必要があります（現在 95\.0%/)).toBeVisible();
  await expect(check.getByRole('status')).toContainText(/エラー\d+件/);
  await expect(check.getByText('OJT の割合').locator('xpath=following-sibling::dd[1]')).toHaveText('95.0%');
  // Beside the curriculum they concern, too.
  const curriculum = page.getByRole('group', { name: /カリキュラム/ });
  await expect(curriculum).toHaveAccessibleDescription(/425時間以上必要です.*1割以上9割以下/);
  await checkState(page, 'new-refused-live');

  // Corrected: OJT 340 h + Off-JT 85 h = 425 h over 6 months, OJT 80 %.
  await typeInto(page, hours(page, 0), '340');
  await typeInto(page, hours(page, 1), '85');
  // A number is taken when the field is left (React Aria's NumberField commits on blur).
  await page.keyboard.press('Tab');
  await expect(check.getByText(/425時間以上必要です/)).toHaveCount(0);
  await expect(check.getByText(/1割以上9割以下/)).toHaveCount(0);
  await expect(check.getByText('OJT の割合').locator('xpath=following-sibling::dd[1]')).toHaveText('80.0%');
  await expect(
    check.getByText('6か月当たりに換算した訓練時間').locator('xpath=following-sibling::dd[1]'),
  ).toHaveText('425時間');
  await checkState(page, 'new-corrected');

  await press(page, '下書きとして保存');
  await expect(page.getByRole('heading', { level: 1, name: `訓練実施計画（${traineeName}）` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '訓練実施計画を保存しました。' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'この計画の助成金を試算する' })).toHaveAttribute(
    'href',
    /\/jobcard\/subsidies\?planId=/,
  );
  await checkState(page, 'plan-saved');

  // Accepting a plan that breaks a rule is refused, with the API's reasons listed and linked to the field.
  await typeInto(page, hours(page, 0), '300');
  await page.keyboard.press('Tab');
  await press(page, '要件充足として確認する');
  const refusal = page.getByRole('alert').filter({ hasText: '確認できませんでした' });
  await expect(refusal.getByRole('link', { name: /425時間以上必要です/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '状態' })).toContainText('作成中');
  await checkState(page, 'plan-accept-refused');
  await typeInto(page, hours(page, 0), '340');
  await page.keyboard.press('Tab');
  await press(page, '要件充足として確認する');
  await expect(page.getByRole('status').filter({ hasText: '要件充足として確認しました' })).toBeVisible();
  await expect(page.getByRole('region', { name: '状態' })).toContainText('確認済み');

  // Eligibility from the registrant's work history, each reason the API's.
  const eligibility = page.getByRole('region', { name: '受講資格（有期実習型訓練）' });
  await typeInto(page, eligibility.getByRole('textbox', { name: /訓練実施分野/ }), '金属プレス加工');
  await press(page, '職歴から判定する');
  await expect(eligibility.getByText('職歴の要件を満たしません')).toBeVisible();
  await expect(eligibility.getByRole('list').first()).toContainText(/正規雇用/);
  await checkState(page, 'plan-accepted-eligibility');

  // The employer's requirements: a dismissal for the employer's reasons within the window is named (R-EM-6).
  await typeInto(
    page,
    eligibility.getByRole('textbox', { name: /事業主都合の解雇等の日/ }),
    shiftDays(today, -30),
  );
  await press(page, '事業主の要件を判定する');
  await expect(eligibility.getByText('要件を満たさない指摘があります')).toBeVisible();
  await expect(eligibility.getByText(/R-EM-6/)).toBeVisible();
  await checkState(page, 'plan-employer');

  // The first OJT day of the diary, typed and saved: the API's total follows.
  const logs = page.getByRole('region', { name: '訓練日誌と Off-JT 実施状況報告書' });
  await press(page, '訓練日誌の日を追加');
  await typeDate(page, logs.getByRole('group', { name: /^実施日/ }), start);
  await typeInto(page, logs.getByRole('textbox', { name: /開始/ }), '9:00');
  await typeInto(page, logs.getByRole('textbox', { name: /終了/ }), '17:00');
  await typeInto(page, logs.locator('#log-ojt-0-attendedMinutes'), '420');
  await typeInto(page, logs.getByRole('textbox', { name: /実施した内容/ }), '打ち抜き加工機械の操作');
  await typeInto(page, logs.getByRole('textbox', { name: /考察・感想/ }), '段取りを覚えた');
  await typeDate(page, logs.getByRole('group', { name: /訓練担当者の確認日/ }), start);
  await press(page, '記録を保存');
  await expect(logs.getByRole('status')).toHaveText('記録を保存しました。');
  await expect(logs.getByText('OJT の合計').locator('xpath=following-sibling::dd[1]')).toHaveText('7時間');
  await checkState(page, 'plan-logs');

  // Someone else saves the plan meanwhile: the page shows what differs and keeps both changes when asked.
  const planId = page.url().split('/').pop()!.split('?')[0];
  const stored = await consultant.gql<{
    trainingPlan: Record<string, unknown> & { draft: Record<string, unknown> };
  }>(
    `query ($id: ID!) { trainingPlan(id: $id) { version companyId registrantId traineeName draft {
      type period { start end specialReason } submittedOn jobCardIssuedOn newGraduateWithoutJobCard
      curriculum { kind name content minutes offJtDelivery provider unitMinutes lecturerBasis lecturerExperienceYears }
      roles { trainingLead { name regularEmployee } trainer { name regularEmployee }
              evaluationLead { name regularEmployee } evaluator { name regularEmployee } }
      roleOverrideReason postCompletionHandling hostCompanyName sendingCompanyName careerUpPlan { start end measures } } } }`,
    { id: planId },
  );
  const { version, companyId, registrantId, draft } = stored.trainingPlan;
  await consultant.gql(
    'mutation ($input: SaveTrainingPlanInput!) { saveTrainingPlan(input: $input) { version } }',
    {
      input: {
        id: planId,
        version,
        companyId,
        registrantId,
        traineeName,
        draft: { ...draft, postCompletionHandling: '有期契約を更新し、正社員登用を検討します' },
      },
    },
  );
  await typeInto(page, page.getByRole('textbox', { name: /同一の者とする理由/ }), '小規模の事業所のため');
  await press(page, '下書きとして保存');
  const conflict = page.getByRole('region', { name: '他の人がこの訓練実施計画を先に保存しました' });
  await expect(conflict.getByRole('row', { name: /同一の者とする理由/ })).toContainText('あなた');
  await expect(conflict.getByRole('row', { name: /訓練修了後の取扱い/ })).toContainText('他の人');
  await checkState(page, 'plan-conflict');
  await press(page, '自分の変更を最新の内容に重ねる');
  await expect(page.getByRole('textbox', { name: /訓練修了後の取扱い/ })).toHaveValue(
    /正社員登用を検討します/,
  );
  await expect(page.getByRole('textbox', { name: /同一の者とする理由/ })).toHaveValue('小規模の事業所のため');
  await press(page, '下書きとして保存');
  await expect(page.getByRole('status').filter({ hasText: '訓練実施計画を保存しました。' })).toBeVisible();

  // Back on the list, the plan is there, accepted.
  await press(page, '訓練実施計画の一覧へ戻る');
  const row = page.getByRole('row', { name: new RegExp(traineeName) });
  await expect(row).toContainText('作成中');
  await expect(row).toContainText('要件を満たす');
  await checkState(page, 'list');

  // The trainee's work history shows the employment kind and field the eligibility read (labels from the API).
  await press(page, new RegExp(traineeName));
  await press(page, '訓練受講者の登録情報を開く');
  const history = page.getByRole('region', { name: '職務経歴（新しい順）' });
  await expect(history.getByRole('row', { name: /山田製作所/ })).toContainText('正規雇用');
  await expect(history.getByRole('row', { name: /山田製作所/ })).toContainText('金属プレス加工');
  await press(page, '職業経歴を編集');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: /雇用形態/ })).toContainText('正規雇用');
  await expect(dialog.getByRole('textbox', { name: /分野/ })).toHaveValue('金属プレス加工');
  await checkState(page, 'career-dialog');
  await consultant.dispose();
});
