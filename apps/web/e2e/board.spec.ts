import { addTypenameToDocument } from '@apollo/client/utilities';
import { expect, test, type Page } from '@playwright/test';
import { print, type DocumentNode } from 'graphql';
import { MORE_PAGE_SIZE, PER_STAGE } from '../src/features/cases/board-sizes';
import {
  BoardColumnCasesDocument,
  CaseBoardDocument,
  type BoardColumnCasesQuery,
  type CaseBoardQuery,
} from '../src/gql/graphql';
import { advance, apiAs, boardCounts, openCases, stageOf, type Api, type OpenedCase } from './support/api';
import {
  DEMO_CONSULTANT,
  expectAccessible,
  expectNoHorizontalScroll,
  screenshot,
  signIn,
} from './support/app';

let api: Api;
let forKeyboard: OpenedCase;
let refused: OpenedCase;
let forMouse: OpenedCase;

test.beforeAll(async ({ baseURL }) => {
  api = await apiAs(baseURL!, DEMO_CONSULTANT);
  [forKeyboard, refused, forMouse] = await openCases(api, 3);
  // At STEP2 with no meeting recorded: moving on to the internal procedure is refused.
  await advance(api, refused);
});
test.afterAll(() => api?.dispose());

/** Each column's heading as the page shows it: stage label → count. */
async function shownCounts(page: Page): Promise<Record<string, number>> {
  const headings = await page.locator('section[data-stage] h2').allTextContents();
  return Object.fromEntries(
    headings.map((text) => {
      const [, label, count] = /^(.*?)\s*(\d+)件$/.exec(text.trim()) ?? [];
      return [label, Number(count)];
    }),
  );
}

const column = (page: Page, label: RegExp) => page.getByRole('list', { name: label });
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '';
    return element.getAttribute('aria-label') ?? element.textContent ?? '';
  });

/** Tab (the keyboard only) until the control named `name` has the focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach 「${name}」 by keyboard`);
}

test('the board’s queries stay within the API’s cost limit at the sizes the page asks for', async () => {
  // As Apollo sends them: with __typename in every selection.
  const asSent = (document: unknown) => print(addTypenameToDocument(document as DocumentNode));
  const board = await api.gql<CaseBoardQuery>(asSent(CaseBoardDocument), { perStage: PER_STAGE });
  expect(board.caseBoard.columns.length).toBeGreaterThan(0);
  const more = await api.gql<BoardColumnCasesQuery>(asSent(BoardColumnCasesDocument), {
    filter: { stages: ['INFORMATION_COLLECTION'] },
    first: MORE_PAGE_SIZE,
  });
  expect(more.cases.edges.length).toBeLessThanOrEqual(MORE_PAGE_SIZE);
});

test('the board shows every stage with the API’s exact count, and is accessible', async ({ page }) => {
  await signIn(page);
  await page.getByRole('link', { name: '案件ボード' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '案件ボード' })).toBeVisible();
  await expect(column(page, /^STEP1 情報収集/)).toBeVisible();
  await expect.poll(() => shownCounts(page)).toEqual(await boardCounts(api));
  await expectAccessible(page, 'board');
  await screenshot(page, 'board');
});

test('a filter lives in the URL and survives a reload', async ({ page }) => {
  await signIn(page);
  await page.goto('/cases/board');
  await expect(column(page, /^STEP1/)).toBeVisible();
  // By keyboard: the company of the first case from its list, then days typed in full width.
  const companies = await api.gql<{ caseBoard: { companies: { id: string; legalName: string }[] } }>(
    '{ caseBoard(perStage: 0) { companies { id legalName } } }',
  );
  const company = companies.caseBoard.companies.find(
    (c: { id: string }) => c.id === forKeyboard.sendingCompanyId,
  )!;
  await page.getByRole('button', { name: /企業（送出・受入）/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  for (let i = 0; i < 200; i += 1) {
    if ((await page.locator(':focus').textContent()) === company.legalName) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`company=${forKeyboard.sendingCompanyId}`));
  await page.getByLabel('滞留日数').focus();
  await page.keyboard.insertText('０');
  await expect(page).toHaveURL(/stuck=0/);

  await page.reload();
  await expect(page.getByRole('button', { name: /企業（送出・受入）/ })).toContainText(company.legalName);
  await expect(page.getByLabel('滞留日数')).toHaveValue('0');
  const expected = await boardCounts(api, {
    companyId: forKeyboard.sendingCompanyId,
    stuckForMoreThanDays: 0,
  });
  await expect.poll(() => shownCounts(page)).toEqual(expected);
  await expectAccessible(page, 'board, filtered');
  await screenshot(page, 'board-filtered');

  await page.getByLabel('滞留日数').fill('');
  await expect(page).not.toHaveURL(/stuck=/);
  await expect
    .poll(() => shownCounts(page))
    .toEqual(await boardCounts(api, { companyId: forKeyboard.sendingCompanyId }));
  await expect(
    column(page, /^STEP1/).getByRole('link', { name: `案件 No.${forKeyboard.number}` }),
  ).toBeVisible();
});

test('a case moves to its next stage by keyboard alone, through the API', async ({ page }) => {
  await signIn(page);
  await page.goto(`/cases/board?company=${forKeyboard.sendingCompanyId}`);
  await expect(
    column(page, /^STEP1/).getByRole('link', { name: `案件 No.${forKeyboard.number}` }),
  ).toBeVisible();
  // The card's drag handle; Enter picks it up and the one column it may go to (STEP2) takes the focus.
  await tabTo(page, `案件 No.${forKeyboard.number} をドラッグして移す`);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')))
    .toBe('board-column-INTER_COMPANY_MEETING');
  await page.keyboard.press('Enter');

  const step2 = column(page, /^STEP2/);
  await expect(step2.getByRole('link', { name: `案件 No.${forKeyboard.number}` })).toBeVisible();
  await expect(
    column(page, /^STEP1/).getByRole('link', { name: `案件 No.${forKeyboard.number}` }),
  ).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '移しました' })).toHaveText(
    `案件 No.${forKeyboard.number} を「STEP2 企業間面談」へ移しました。`,
  );
  // The keyboard stays with the card in its new column.
  await expect.poll(() => focusedName(page)).toBe(`案件 No.${forKeyboard.number} をドラッグして移す`);
  expect(await stageOf(api, forKeyboard.id)).toBe('INTER_COMPANY_MEETING');
});

test('a refused move says what is missing in Japanese and leaves the card where it was', async ({ page }) => {
  await signIn(page);
  await page.goto(`/cases/board?company=${refused.sendingCompanyId}`);
  const step2 = column(page, /^STEP2/);
  await expect(step2.getByRole('link', { name: `案件 No.${refused.number}` })).toBeVisible();
  await tabTo(page, `案件 No.${refused.number} の段階を移す`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: '「出向元の社内手続」へ進める' })).toBeFocused();
  await page.keyboard.press('Enter');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`案件 No.${refused.number} を「出向元の社内手続」へ移せませんでした`);
  await expect(alert).toContainText('企業間面談の実施日');
  await expect(alert).toContainText('諸条件(期間・賃金・労働時間)の提示');
  await expect(alert.getByRole('link', { name: '案件ページで入力する' })).toHaveAttribute(
    'href',
    `/cases/${refused.id}`,
  );
  await expect(step2.getByRole('link', { name: `案件 No.${refused.number}` })).toBeVisible();
  await expect(
    column(page, /^出向元の社内手続/).getByRole('link', { name: `案件 No.${refused.number}` }),
  ).toHaveCount(0);
  expect(await stageOf(api, refused.id)).toBe('INTER_COMPANY_MEETING');
  await expectAccessible(page, 'board, refusal alert');
  await screenshot(page, 'board-refused');
});

test('a case moves by mouse drag to its next stage', async ({ page }) => {
  await signIn(page);
  await page.goto(`/cases/board?company=${forMouse.sendingCompanyId}`);
  const card = column(page, /^STEP1/)
    .getByRole('listitem')
    .filter({ hasText: `案件 No.${forMouse.number}` });
  const step2 = column(page, /^STEP2/);
  // Press on the card, move to STEP2 (twice: the browser sends dragover from the second move on), release.
  await card.hover();
  await page.mouse.down();
  await step2.hover();
  await step2.hover({ position: { x: 24, y: 12 } });
  await page.mouse.up();
  await expect(
    column(page, /^STEP2/).getByRole('link', { name: `案件 No.${forMouse.number}` }),
  ).toBeVisible();
  expect(await stageOf(api, forMouse.id)).toBe('INTER_COMPANY_MEETING');
});

test('a headquarters coordinator chooses whose board to see, and the choice is kept in the URL', async ({
  page,
  baseURL,
}) => {
  const hq = await apiAs(baseURL!, 'hq@kakehashi.example');
  const offices = await hq.gql<{ offices: { id: string; code: string; nameJa: string }[] }>(
    '{ offices { id code nameJa } }',
  );
  const tokyo = offices.offices.find((office: { code: string }) => office.code === '13')!;
  await signIn(page, 'hq@kakehashi.example');
  await page.goto('/cases/board');
  await page.getByRole('button', { name: / 事務所$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toBeVisible();
  for (let i = 0; i < 60; i += 1) {
    if ((await page.locator(':focus').textContent()) === tokyo.nameJa) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`office=${tokyo.id}`));
  await expect(page.getByText(`${tokyo.nameJa}の案件`)).toBeVisible();
  const tokyoCounts = await hq.gql<{ caseBoard: { columns: { stageLabel: string; count: number }[] } }>(
    `query ($office: ID) { caseBoard(officeId: $office, perStage: 0) { columns { stageLabel count } } }`,
    { office: tokyo.id },
  );
  await expect
    .poll(() => shownCounts(page))
    .toEqual(
      Object.fromEntries(
        tokyoCounts.caseBoard.columns.map((c: { stageLabel: string; count: number }) => [
          c.stageLabel,
          c.count,
        ]),
      ),
    );
  await page.reload();
  await expect(page.getByRole('button', { name: / 事務所$/ })).toContainText(tokyo.nameJa);
  await expectAccessible(page, 'board, headquarters');
  await hq.dispose();
});

test('the board scrolls sideways only inside its own region, and stacks its columns at 200 % zoom', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/cases/board');
  await expect(column(page, /^STEP1/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 640, height: 400 });
  await expectNoHorizontalScroll(page);
  await screenshot(page, 'board-zoom-200');
});
