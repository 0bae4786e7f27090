import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiAs } from './support/api';
import {
  DEMO_CONSULTANT,
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  signIn,
} from './support/app';
import { shiftDays, today } from './support/case-fixtures';
import { chooseByKeyboard, pressKey, tabTo, typeDate, typeInto } from './support/keyboard';

// A consultant builds an evaluation sheet (評価シート, 様式4) for the demo skills-development secondee, presents the
// targets, records the mid-term (one differing rating reviewed and explained) and the final evaluation, and prints it.

const tag = () => `${Date.now().toString(36).slice(-4)}`;

async function checkState(page: Page, state: string): Promise<void> {
  await expectAccessible(page, state);
  await screenshot(page, `jobcard-${state}`);
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The demo's STEP6 secondment of a chemical-plant operator, which the Job Card demo made a skills-development one. */
async function demoCaseId(baseURL: string): Promise<string> {
  const api = await apiAs(baseURL, DEMO_CONSULTANT);
  const data = await api.gql<{
    cases: { edges: { node: { id: string; sendingOffer: { jobTitle: string } } }[] };
  }>(
    `query { cases(first: 100, filter: { stages: [FOLLOW_UP], moveType: SECONDMENT }) {
       edges { node { id sendingOffer { jobTitle } } } } }`,
  );
  await api.dispose();
  const found = data.cases.edges.find(
    ({ node }) => node.sendingOffer.jobTitle === '化学プラント製造オペレーター',
  );
  expect(found, 'the demo skills-development secondment').toBeTruthy();
  return found!.node.id;
}

/** Chooses a grade in every rating group named `who` by keyboard (focus on 未記入, arrow keys round to the grade). */
async function rateAll(page: Page, who: '自己評価' | '企業評価', steps: number): Promise<void> {
  const groups = page.getByRole('radiogroup', { name: new RegExp(`の${who}$`) });
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    await groups.nth(i).getByRole('radio', { name: '未記入' }).focus();
    for (let s = 0; s < steps; s += 1) await page.keyboard.press('ArrowDown');
  }
}

/** Tab reaches the selected tab; the arrow keys move to the other one and select it. */
async function chooseTab(page: Page, name: string, key: 'ArrowRight' | 'ArrowLeft'): Promise<void> {
  await tabTo(page, page.getByRole('tab', { selected: true }));
  await page.keyboard.press(key);
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

async function advance(page: Page, to: string): Promise<void> {
  await pressKey(page, page.getByRole('button', { name: `「${to}」へ進める` }));
  await expect(page.getByRole('status').filter({ hasText: `「${to}」へ進めました。` })).toBeVisible();
}

async function record(page: Page, moment: string): Promise<void> {
  await pressKey(page, page.getByRole('button', { name: `${moment}を記録` }));
  await expect(page.getByRole('status').filter({ hasText: `${moment}を記録しました。` })).toBeVisible();
}

/** Opens a list by keyboard, goes to its first option (Home) and down to the one named, Enter. */
async function chooseFromTop(page: Page, trigger: Locator, option: string): Promise<void> {
  await tabTo(page, trigger);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 20; presses += 1) {
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused === option) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(trigger).toContainText(option);
}

async function addCriterion(page: Page, n: number, text: string, cited: boolean): Promise<void> {
  if (n > 1) await pressKey(page, page.getByRole('button', { name: '基準を追加' }));
  await typeInto(page, page.getByRole('textbox', { name: `基準(${n})の文` }), text);
  if (!cited) return;
  await chooseFromTop(
    page,
    page.getByRole('button', { name: new RegExp(`基準\\(${n}\\)の出所の種類`) }),
    'モデル評価シート',
  );
  await typeInto(page, page.getByRole('textbox', { name: `基準(${n})の評価基準の出所` }), 'モデル評価シート');
  await typeInto(page, page.getByRole('textbox', { name: `基準(${n})のコード` }), 'H340231');
}

test('a consultant builds an evaluation sheet, rates the mid-term and final evaluations and prints it', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const caseId = await demoCaseId(baseURL!);
  const name = `試験 花子${tag()}`;
  await signIn(page);

  // The case page: the skills-development section, with the demo sheet and a link to create one per secondee.
  await page.goto(`/cases/${caseId}`);
  const section = page.getByRole('region', { name: '評価シート (人材育成型出向)' });
  await expect(section.getByRole('region', { name: '案件の評価シート' })).toContainText(
    '医薬品原料の製造オペレーター',
  );
  await checkState(page, 'sheets-case-section');
  await pressKey(page, section.getByRole('link', { name: /評価シートを作成/ }).first());

  // Create: the header and the duty type; the API drafts sections II and III(1) from the model sheets.
  await expect(page.getByRole('heading', { level: 1, name: '評価シートを作成' })).toBeVisible();
  await typeInto(page, page.getByRole('textbox', { name: /訓練参加者氏名/ }), name);
  await typeInto(page, page.getByRole('textbox', { name: /^訓練の職務/ }), 'プレス加工オペレーター');
  await chooseByKeyboard(page, page.getByRole('button', { name: /職務の類型/ }), /^技能系/);
  await typeDate(page, page.getByRole('group', { name: /期間の開始日/ }), today);
  await typeDate(page, page.getByRole('group', { name: /期間の終了日/ }), shiftDays(today, 10));
  await typeInto(page, page.getByRole('textbox', { name: '実習実施企業' }), '多摩バイオテック株式会社');
  await typeInto(page, page.getByRole('textbox', { name: '評価責任者氏名' }), '荒川 健一');
  await typeInto(page, page.getByRole('textbox', { name: '代表者氏名' }), '多摩 誠');
  await checkState(page, 'sheets-new');
  await pressKey(page, page.getByRole('button', { name: '作成する' }));
  await expect(page.getByRole('heading', { level: 1, name: `評価シート：${name}` })).toBeVisible();
  await expect(page.getByRole('navigation', { name: '評価の3つの時点' }).first()).toContainText('訓練開始前');

  // Content: section I, then III(2) with one cited and one own criterion: the API says more than half must be cited.
  await chooseTab(page, 'シートの内容', 'ArrowRight');
  await pressKey(page, page.getByRole('button', { name: '行を追加' }));
  await typeInto(
    page,
    page.getByRole('textbox', { name: '職務内容' }),
    'プレス機の段取りと打ち抜き加工、検査記録の作成',
  );
  await pressKey(page, page.getByRole('button', { name: 'ユニットを追加' }));
  await typeInto(page, page.getByRole('textbox', { name: 'ユニット1の名前' }), '打ち抜き加工');
  await addCriterion(page, 1, '金型を取り付け、試し打ちで寸法を確かめてから量産に入っている。', true);
  await addCriterion(page, 2, '加工条件の変更を日報に記録し、次の担当者に引き継いでいる。', false);
  await pressKey(page, page.getByRole('button', { name: 'シートを保存' }));
  const findings = page.getByRole('region', { name: 'シートへの指摘' });
  await expect(findings).toContainText('半数を超える項目を汎用性のある評価基準から引用する必要があります');
  await expect(page.getByText('引用した基準 1件 / 全2件')).toBeVisible();
  await checkState(page, 'sheets-more-than-half');
  await addCriterion(page, 3, '抜きかすの処理と金型の清掃を作業の区切りごとに行っている。', true);
  await pressKey(page, page.getByRole('button', { name: 'シートを保存' }));
  await expect(page.getByText('引用した基準 2件 / 全3件')).toBeVisible();
  await expect(findings).not.toContainText('半数を超える');

  // The targets: recorded and presented before the start.
  await chooseTab(page, '評価の記録', 'ArrowLeft');
  await record(page, '訓練開始前 (目標の提示)');
  await pressKey(page, page.getByRole('button', { name: '目標を提示（交付）する' }));
  await expect(page.getByRole('heading', { name: '中間評価の記録' })).toBeVisible();

  // The mid-term: all B, but the trainee rates the first III(2) criterion A; the lead must confirm and explain it.
  await typeInto(page, page.getByRole('textbox', { name: '評価担当者' }), '多摩 直樹');
  // Recorded at one of the case's follow-ups (the demo case has made those due so far).
  const followUp = page.getByRole('button', { name: /中間評価を行ったフォローアップ/ });
  await expect(followUp).toContainText('選ばない');
  await tabTo(page, followUp);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(followUp).toContainText(/令和\d+年）（.+）/);
  await rateAll(page, '自己評価', 2);
  await rateAll(page, '企業評価', 2);
  const differing = page.getByRole('radiogroup', { name: '打ち抜き加工(1) の自己評価' });
  await differing.getByRole('radio', { name: /^B/ }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(differing.getByRole('radio', { name: /^A/ })).toBeChecked();
  await checkState(page, 'sheets-midterm-ratings');
  await record(page, '中間評価');
  await expect(page.getByRole('region', { name: '確認と説明が必要な基準の一覧' })).toContainText(
    '打ち抜き加工',
  );
  await advance(page, '企業評価');
  await pressKey(page, page.getByRole('button', { name: '「評価責任者による確認」へ進める' }));
  const refusal = page.getByRole('alert').filter({ hasText: '手順を進められませんでした' });
  await expect(refusal).toContainText('評価責任者が理由などを詳細に確認した記録がありません');
  await checkState(page, 'sheets-midterm-review-missing');
  // The refusal's line links to the note it asks for: Enter on it puts the focus there.
  await refusal
    .getByRole('link', { name: /評価責任者が理由などを詳細に確認した記録がありません/ })
    .focus({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /評価責任者の確認$/ })).toBeFocused();
  await page.keyboard.type('寸法記録の漏れが1回あったためB。');
  await typeInto(
    page,
    page.getByRole('textbox', { name: /訓練参加者への説明$/ }),
    '毎回記録すればAと説明した。',
  );
  await record(page, '中間評価');
  await advance(page, '評価責任者による確認');
  await advance(page, '訓練受講者に対する説明・助言指導');
  await advance(page, '交付');

  // The final evaluation: all A, issued; the sheet is then read-only.
  await expect(page.getByRole('heading', { name: '修了評価の記録' })).toBeVisible();
  await typeInto(page, page.getByRole('textbox', { name: '評価担当者' }), '多摩 直樹');
  await rateAll(page, '自己評価', 1);
  await rateAll(page, '企業評価', 1);
  await record(page, '修了評価');
  await advance(page, '企業評価');
  await advance(page, '評価責任者による確認');
  await advance(page, '訓練受講者に対する説明・助言指導');
  await advance(page, '交付');
  await expect(page.getByText('修了評価まで交付済みです')).toBeVisible();
  await expect(page.getByText('修了評価を交付したため、このシートは変更できません。')).toBeVisible();
  await checkState(page, 'sheets-final-issued');

  // The print view: the official layout, 和暦 dates, the final ratings marked, no navigation when printed.
  await pressKey(page, page.getByRole('link', { name: '印刷用の表示' }));
  const printed = page.getByRole('article', { name: '評価シート（ジョブ・カード様式4）' });
  await expect(printed).toContainText(name);
  await expect(printed).toContainText(
    '上記の者の訓練期間における訓練職務内容と当社としての職業能力についての評価は',
  );
  await expect(printed).toContainText('令和');
  await expect(printed).toContainText('プレス機の段取りと打ち抜き加工');
  const special = printed.getByRole('table', { name: /専門的事項/ });
  await expect(special).toContainText('H340231');
  await expect(special.getByRole('cell', { name: '○', exact: true })).toHaveCount(6);
  await expect(
    printed.getByRole('table', { name: /基本的能力/ }).getByRole('cell', { name: '○', exact: true }),
  ).toHaveCount(70);
  await checkState(page, 'sheets-print');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷' })).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await screenshot(page, 'jobcard-sheets-print-media');
  await page.emulateMedia({ media: 'screen' });

  // The sheet list of the case shows the new sheet, issued.
  await page.goto(`/jobcard/sheets?caseId=${caseId}`);
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('修了評価まで交付済みです');
  await tabTo(page, row.getByRole('link', { name }));
  await checkState(page, 'sheets-list');
});
