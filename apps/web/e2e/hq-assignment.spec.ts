// Headquarters' console: a national batch assignment watched, cancelled, run to the end, reported on and its proposals
// acted on; and the months of the statistics closed. By keyboard alone, with axe on every state.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { CaseApi, DEMO_HQ } from './support/case-fixtures';
import { chooseByKeyboard, pressKey, tabTo } from './support/keyboard';

interface Work {
  occupationCode: string;
  jobTitle: string;
  duties: string;
  skill: string;
}

const INSPECTORS: Work = {
  occupationCode: 'H',
  jobTitle: '精密部品の検査員',
  duties: '精密部品の寸法検査と品質管理',
  skill: '品質管理',
};
const FORKLIFT: Work = {
  occupationCode: 'J',
  jobTitle: '倉庫内のフォークリフト作業員',
  duties: '倉庫内での荷役とフォークリフト運転',
  skill: 'フォークリフト',
};

/** A sending and a receiving offer in Tokyo made for each other (same work, titles sharing the tag), via the API. */
async function fittingPair(
  api: CaseApi,
  tag: string,
  work: Work,
): Promise<{ sender: string; receiver: string }> {
  const sender = `試験一括送出工業${tag}`;
  const receiver = `試験一括受入精機${tag}`;
  const senderId = await api.company(sender);
  const receiverId = await api.company(receiver);
  await api.run('mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id } }', {
    input: {
      companyId: senderId,
      moveType: 'SECONDMENT',
      peopleCount: 2,
      reason: 'EMPLOYMENT_ADJUSTMENT',
      occupationCode: work.occupationCode,
      jobTitle: `${work.jobTitle}${tag}`,
      skills: [work.skill],
      monthlyWage: 300000,
      desiredPeriodMonths: 12,
      acceptablePrefectureCodes: ['13'],
    },
  });
  await api.run(
    'mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }',
    {
      input: {
        companyId: receiverId,
        moveTypes: ['SECONDMENT'],
        peopleWanted: 2,
        occupationCode: work.occupationCode,
        jobTitle: `${work.jobTitle}${tag}`,
        duties: work.duties,
        requiredSkills: [work.skill],
        monthlyWage: 320000,
        periodMonths: 12,
        workplacePrefectureCode: '13',
      },
    },
  );
  return { sender, receiver };
}

/** Every check of a state: no axe violation, a screenshot, and no sideways scroll at 640 px. */
async function checkState(page: Page, state: string): Promise<void> {
  await expectAccessible(page, state);
  await screenshot(page, `hq-assignment-${state}`);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, `${state} at 640 px`);
  if (size) await page.setViewportSize(size);
}

const PAGE = 20;

/** The proposals' rows shown (the header row left out). */
async function proposalRows(page: Page): Promise<number> {
  return (await page.getByRole('region', { name: '一括マッチングの提案' }).getByRole('row').count()) - 1;
}

/**
 * Pages through the proposals as a user would: each 「さらに表示」 adds the next twenty below the ones shown, until
 * every proposal the count announces is on screen (a long list once failed here: more at once cost too much).
 */
async function pageThrough(page: Page, presses: number): Promise<number> {
  const count = await page.getByText(/^条件に合う提案 [\d,]+件$/).textContent();
  const total = Number((count ?? '').replace(/[^\d]/g, ''));
  for (let pages = 1; pages <= presses && total > pages * PAGE; pages++) {
    await pressKey(page, page.getByRole('button', { name: 'さらに表示' }));
    await expect.poll(() => proposalRows(page)).toBe(Math.min(total, (pages + 1) * PAGE));
  }
  await expect(page.getByText('表示できませんでした')).toHaveCount(0);
  if (total <= (presses + 1) * PAGE) {
    await expect(page.getByRole('button', { name: 'さらに表示' })).toHaveCount(0);
  }
  return total;
}

/** Presses 「さらに表示」 until the row is on screen, as a user would look for a proposal further down the list. */
async function showUntilVisible(page: Page, row: Locator): Promise<void> {
  for (let pages = 0; pages < 20 && !(await row.isVisible()); pages++) {
    const more = page.getByRole('button', { name: 'さらに表示' });
    if (!(await more.isVisible())) break;
    const rows = await page.getByRole('region', { name: '一括マッチングの提案' }).getByRole('row').count();
    await pressKey(page, more);
    await expect
      .poll(() => page.getByRole('region', { name: '一括マッチングの提案' }).getByRole('row').count())
      .toBeGreaterThan(rows);
  }
  await expect(row).toBeVisible();
}

/** The aria-valuenow of the newest run's progress bar at each poll until the run leaves it; all values seen. */
async function watchProgress(bar: Locator, until: () => Promise<boolean>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < 120 && !(await until()); i++) {
    const value = await bar.getAttribute('aria-valuenow', { timeout: 200 }).catch(() => null);
    if (value !== null) seen.push(Number(value));
    await bar.page().waitForTimeout(150);
  }
  return seen;
}

test('HQ runs a national assignment: watches, cancels, completes, reads the report, filters and takes up', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const tag = `${Date.now().toString(36)}`;
  // A pair of its own also makes the input new, so the run is computed now, whatever ran before.
  const api = await CaseApi.signIn(request);
  const { sender, receiver } = await fittingPair(api, `A${tag}`, INSPECTORS);
  const toDismiss = await fittingPair(api, `B${tag}`, FORKLIFT);

  await signIn(page, DEMO_HQ);
  await pressKey(
    page,
    page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '一括マッチング' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: '一括マッチング' })).toBeVisible();
  await checkState(page, 'runs');

  // 全国 is chosen at first: start, see the bar move, cancel.
  await expect(page.getByRole('radio', { name: '全国' })).toBeChecked();
  await pressKey(page, page.getByRole('button', { name: '実行を開始' }));
  const table = page.getByRole('region', { name: '一括マッチングの実行' });
  const newest = table.getByRole('row').nth(1);
  const bar = newest.getByRole('progressbar');
  const status = newest.getByRole('cell').nth(1);
  await expect(bar).toBeVisible();
  await expect(page.getByText('実行を開始しました。')).toBeVisible();
  await checkState(page, 'run-in-progress');
  const before = Number(await bar.getAttribute('aria-valuenow'));
  await pressKey(page, newest.getByRole('button', { name: /の実行を中止$/ }));
  await expect(status).toHaveText('中止', { timeout: 20_000 });
  await expect(page.getByText('実行を中止しました。提案は保存されません。')).toBeVisible();
  expect(before).toBeGreaterThanOrEqual(0);

  // Again: the same input queues the cancelled run anew; its bar moves up to the end.
  await pressKey(page, page.getByRole('button', { name: '実行を開始' }));
  await expect(bar).toBeVisible();
  const seen = await watchProgress(bar, async () => (await status.textContent()) === '完了');
  await expect(status).toHaveText('完了', { timeout: 30_000 });
  expect(new Set(seen).size, `progress seen: ${seen.join(', ')}`).toBeGreaterThan(1);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  await checkState(page, 'runs-completed');

  // The report, in words.
  await pressKey(page, newest.getByRole('link', { name: /の実行を開く$/ }));
  await expect(page.getByRole('heading', { level: 1, name: '一括マッチングの結果' })).toBeVisible();
  await expect(page.getByText(/^提案の合計スコアは \d+\.\d\d です。/)).toBeVisible();
  await expect(page.getByText(/対象範囲: 全国 ／ 状態: 完了/)).toBeVisible();
  const proposals = page.getByRole('region', { name: '一括マッチングの提案' });
  const ours = proposals.getByRole('row').filter({ hasText: sender });
  const total = await pageThrough(page, 2);
  expect(total, 'the run proposes more than a page').toBeGreaterThan(PAGE);
  await showUntilVisible(page, ours);
  await expect(ours).toContainText(receiver);
  await expect(ours).toContainText(/必須(資格|スキル)「品質管理」を保有/);
  await checkState(page, 'report');

  // Worst first (the list box comes first in the form), then a least score: a bad one is refused at its field,
  // which takes the focus; corrected, the list follows, and the URL keeps both.
  const scoreCells = proposals.locator('tbody tr td:nth-of-type(3)');
  const points = (text: string | null) => Number((text ?? '').replace('点', ''));
  const leastPoints = 60;
  await chooseByKeyboard(page, page.getByRole('button', { name: /並び順/ }), /スコアの低い順/);
  const minScore = page.getByRole('textbox', { name: '最低スコア（点）' });
  await tabTo(page, minScore);
  await page.keyboard.type('百');
  await pressKey(page, page.getByRole('button', { name: '表示する' }));
  await expect(minScore).toHaveAttribute('aria-invalid', 'true');
  await expect(minScore).toBeFocused();
  await expect(page.getByText('最低スコアは0〜100の整数で入力してください。')).toBeVisible();
  await checkState(page, 'filters-error');
  await minScore.press('ControlOrMeta+a');
  await page.keyboard.type(String(leastPoints));
  await pressKey(page, page.getByRole('button', { name: '表示する' }));
  await expect(page).toHaveURL(/order=SCORE_ASC/);
  await expect(page).toHaveURL(new RegExp(`minPoints=${leastPoints}`));
  const scoresShown = async () => (await scoreCells.allTextContents()).map(points);
  // The new page replaces the previous one when it arrives: wait for it, then check every score.
  await expect
    .poll(async () => {
      const scores = await scoresShown();
      return scores.length > 0 && scores.every((s, i) => i === 0 || s >= scores[i - 1]);
    })
    .toBe(true);
  expect((await scoresShown()).every((s) => s >= leastPoints)).toBe(true);
  await page.reload();
  await expect(page.getByRole('textbox', { name: '最低スコア（点）' })).toHaveValue(String(leastPoints));
  // Back to the best first, where ours (a pair made for each other) stays on the first page however many
  // proposals the other tests' offers add to the run.
  await pressKey(page, page.getByRole('button', { name: '条件をクリア' }));
  await expect(page).not.toHaveURL(/minPoints=/);
  await showUntilVisible(page, ours);

  // Take ours up from the table: the rows shown stay shown, ours among them, now taken up.
  const rowsBefore = await proposalRows(page);
  await pressKey(page, ours.getByRole('button', { name: /を採用$/ }));
  const dialog = page.getByRole('dialog', { name: '提案を採用' });
  await expect(dialog).toBeVisible();
  await checkState(page, 'take-up-dialog');
  await pressKey(page, dialog.getByRole('button', { name: '採用する' }));
  await expect(dialog).toBeHidden();
  await expect(page.getByText('採用しました。')).toBeVisible();
  await expect(ours.getByText('採用', { exact: true })).toBeVisible();
  await expect(ours.getByRole('button', { name: /を採用$/ })).toHaveCount(0);
  expect(await proposalRows(page)).toBe(rowsBefore);

  // Only what was taken up: ours is there.
  await chooseByKeyboard(page, page.getByRole('button', { name: /判断の状況/ }), /採用済み/);
  await pressKey(page, page.getByRole('button', { name: '表示する' }));
  await expect(page).toHaveURL(/state=TAKEN_UP/);
  await expect(ours).toBeVisible();

  // Dismiss the other pair of ours, with a reason; first without one, which is refused at the field.
  await pressKey(page, page.getByRole('button', { name: '条件をクリア' }));
  await expect(page).not.toHaveURL(/state=/);
  const theirs = proposals.getByRole('row').filter({ hasText: toDismiss.sender });
  await showUntilVisible(page, theirs);
  await expect(theirs).toContainText(toDismiss.receiver);
  await pressKey(page, theirs.getByRole('button', { name: /を除外$/ }));
  const dismiss = page.getByRole('dialog', { name: '提案を除外' });
  await pressKey(page, dismiss.getByRole('button', { name: '除外する' }));
  await expect(dismiss.getByText('除外の理由を選択してください。').first()).toBeVisible();
  await checkState(page, 'dismiss-dialog-error');
  await chooseByKeyboard(page, page.locator('#dismiss-reason'), /企業が辞退/);
  await pressKey(page, dismiss.getByRole('button', { name: '除外する' }));
  await expect(dismiss).toBeHidden();
  await expect(page.getByText('除外しました。以後この組み合わせは提案されません。')).toBeVisible();
  await expect(theirs.getByText('除外', { exact: true })).toBeVisible();
  await expect(theirs.getByRole('button', { name: /を除外$/ })).toHaveCount(0);
});

test('HQ closes a month for the statistics and sees which months are preliminary', async ({ page }) => {
  await signIn(page, DEMO_HQ);
  await pressKey(
    page,
    page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '月の締め' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: '月の締め' })).toBeVisible();
  await expect(page.getByText(/月を締めると、その月の数値が確定し、速報値ではなくなります/)).toBeVisible();
  const table = page.getByRole('region', { name: /の月別の状態$/ });
  await expect(table.getByText('速報値').first()).toBeVisible();
  await checkState(page, 'months');

  const close = table.getByRole('button', { name: /を締める$/ }).first();
  const name = (await close.getAttribute('aria-label')) ?? '';
  const month = name.replace(/を締める$/, '');
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: month }) });
  await expect(row.getByText('速報値')).toBeVisible();
  await pressKey(page, close);
  const dialog = page.getByRole('dialog', { name: `${month}を締める` });
  await expect(dialog).toContainText('締めは取り消せません');
  await checkState(page, 'close-month-dialog');
  await pressKey(page, dialog.getByRole('button', { name: '締める' }));
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${month}を締めました。数値は確定しました。`)).toBeVisible();
  await expect(row.getByText('確定（締め済み）')).toBeVisible();
  await expect(row.getByRole('button')).toHaveCount(0);
  await checkState(page, 'month-closed');
});

test('a consultant sees no months menu; the API says who closes months', async ({ page }) => {
  await signIn(page);
  await expect(
    page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '月の締め' }),
  ).toHaveCount(0);
});

test('HQ runs a region by keyboard alone; a run that does not exist says so in Japanese', async ({
  page,
}) => {
  await signIn(page, DEMO_HQ);
  await page.goto('/assignment');
  await expect(page.getByRole('heading', { level: 1, name: '一括マッチング' })).toBeVisible();
  await tabTo(page, page.getByRole('radio', { name: '全国' }));
  const region = page.getByRole('radio', { name: '地域' });
  for (let i = 0; i < 3 && !(await region.isChecked()); i++) await page.keyboard.press('ArrowRight');
  await expect(region).toBeChecked();

  // Without a region the API says what is missing, at the field.
  await pressKey(page, page.getByRole('button', { name: '実行を開始' }));
  await expect(page.getByRole('alert').getByText('地域を指定してください。').first()).toBeVisible();
  await checkState(page, 'start-region-error');

  // The select's button, by the id the error summary links to.
  await chooseByKeyboard(page, page.locator('#run-region'), /関東/);
  await pressKey(page, page.getByRole('button', { name: '実行を開始' }));
  const newest = page.getByRole('region', { name: '一括マッチングの実行' }).getByRole('row').nth(1);
  await expect(newest.getByRole('cell').first()).toHaveText('関東');
  await expect(newest.getByRole('cell').nth(1)).toHaveText('完了', { timeout: 30_000 });

  await page.goto('/assignment/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: '指定された実行が見つかりません' })).toBeVisible();
  await checkState(page, 'run-not-found');
});
