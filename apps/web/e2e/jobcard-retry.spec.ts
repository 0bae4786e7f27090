import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { chooseByKeyboard, pressKey, tabTo, tick, typeDate, typeInto } from './support/keyboard';
import { pageApi } from './support/page-api';

interface MatchItem {
  counterpart: { company: { legalName: string } };
  retryMenus: { menu: { title: string } }[];
}

/** An offer of the consultant's office whose ranking shows a match with RETRY menus for a missing skill or licence. */
async function offerWithRetryMenus(page: Page): Promise<{ path: string; title: string; company: string }> {
  const { me } = await pageApi<{ me: { office: { id: string } } }>(page, '{ me { office { id } } }');
  for (const side of ['sending', 'receiving'] as const) {
    const list = `${side}Offers`;
    const ranking = side === 'sending' ? 'matchesForSendingOffer' : 'matchesForReceivingOffer';
    const counterpart = side === 'sending' ? 'receivingOffer' : 'sendingOffer';
    const offers = await pageApi<Record<string, { edges: { node: { id: string; status: string } }[] }>>(
      page,
      `query ($office: ID) { ${list}(first: 100, filter: { owningOfficeId: $office }) { edges { node { id status } } } }`,
      { office: me.office.id },
    );
    for (const { node } of offers[list].edges.filter(({ node }) => node.status !== 'CLOSED')) {
      const matches = await pageApi<Record<string, { items: MatchItem[] }>>(
        page,
        `query ($id: ID!) { ${ranking}(id: $id, first: 5) { items {
            counterpart: ${counterpart} { company { legalName } } retryMenus { menu { title } } } } }`,
        { id: node.id },
      );
      const item = matches[ranking].items.find((each) => each.retryMenus.length > 0);
      if (item) {
        return {
          path: `/offers/${side}/${node.id}/matches`,
          title: item.retryMenus[0].menu.title,
          company: item.counterpart.company.legalName,
        };
      }
    }
  }
  throw new Error("the demo data needs a match of the consultant's office with a missing skill or licence");
}

/** A registrant of the consultant's office, registered for this test. */
async function newRegistrant(page: Page): Promise<{ id: string; name: string }> {
  const today = new Date().toISOString().slice(0, 10);
  const born = `${Number(today.slice(0, 4)) - 62}${today.slice(4, 8)}01`;
  const name = `RETRY 試験${Date.now() % 100000}`;
  const registered = await pageApi<{ registerTalentBankRegistrant: { id: string } }>(
    page,
    'mutation ($input: RegisterTalentBankRegistrantInput!) { registerTalentBankRegistrant(input: $input) { id } }',
    {
      input: {
        name,
        kana: 'リトライ シケン',
        dateOfBirth: born,
        phone: '090-0000-7654',
        prefectureCode: '13',
        eligibilityReason: 'MANDATORY_RETIREMENT',
        consent: { givenOn: today, purposeVersion: '2026-11', method: 'WRITTEN' },
      },
    },
  );
  return { id: registered.registerTalentBankRegistrant.id, name };
}

test('the RETRY catalogue, its menus on a match with a missing licence, and a programme noted for a registrant', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/jobcard');
  await pressKey(page, page.getByRole('link', { name: 'RETRY 訓練プログラム' }));
  await expect(page.getByRole('heading', { level: 1, name: 'RETRY 訓練プログラム' })).toBeVisible();
  await expect(page.getByText('8件のメニュー')).toBeVisible();
  await expectAccessible(page, 'retry-catalogue');

  await typeInto(page, page.getByLabel('キーワード'), 'IT');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=IT/);
  await expect(page.getByText('8件中3件のメニュー')).toBeVisible();
  await chooseByKeyboard(page, page.getByRole('button', { name: /分野/ }), /^中高年関係$/);
  await pressKey(page, page.getByRole('button', { name: '絞り込む' }));
  await expect(page.getByText('条件に合うメニューはありません')).toBeVisible();
  await expectAccessible(page, 'retry-catalogue-empty');
  await pressKey(page, page.getByRole('link', { name: '条件をクリア' }));
  await expect(page.getByText('8件のメニュー')).toBeVisible();
  await screenshot(page, 'jobcard-retry-catalogue');
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  const offer = await offerWithRetryMenus(page);
  await page.goto(offer.path);
  const card = page.getByRole('article').filter({ hasText: offer.company }).first();
  await expect(card.getByRole('heading', { name: '不足を補える RETRY のメニュー' })).toBeVisible();
  await expect(card).toContainText(offer.title);
  await expectAccessible(page, 'retry-on-match');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'jobcard-retry-match');

  const registrant = await newRegistrant(page);
  await page.goto(`/talent-bank/${registrant.id}`);
  const section = page.getByRole('region', { name: 'RETRY プログラムの紹介・受講' });
  await expect(section).toContainText('記録はまだありません。');
  await pressKey(page, section.getByRole('button', { name: 'プログラムを記録する' }));
  const dialog = page.getByRole('dialog');
  await chooseByKeyboard(page, dialog.getByRole('button', { name: /メニュー/ }), /技術系型/);
  await typeInto(page, dialog.getByLabel('メモ'), '面談で案内');
  await expectAccessible(page, 'retry-note-dialog');
  await pressKey(page, dialog.getByRole('button', { name: '記録する' }));
  await expect(section.getByRole('status').first()).toContainText('「紹介した」として記録しました');
  const row = section.getByRole('row').filter({ hasText: '技術系型' });
  await expect(row).toContainText('紹介した');
  await expect(row).toContainText('面談で案内');

  // Another consultant marks it taken while this one edits: the stale save shows both versions side by side.
  await pressKey(page, row.getByRole('button', { name: /変更/ }));
  const notes = await pageApi<{
    talentBankRegistrant: { retryNotes: { menuId: string; version: number }[] };
  }>(page, 'query ($id: ID!) { talentBankRegistrant(id: $id) { retryNotes { menuId version } } }', {
    id: registrant.id,
  });
  const stored = notes.talentBankRegistrant.retryNotes[0];
  await pageApi(
    page,
    'mutation ($input: NoteRetryProgrammeInput!) { noteRetryProgramme(input: $input) { id } }',
    {
      input: {
        registrantId: registrant.id,
        menuId: stored.menuId,
        status: 'TAKEN',
        note: '受講開始',
        version: stored.version,
      },
    },
  );
  await typeInto(page, dialog.getByLabel('メモ'), '受講を確認');
  await pressKey(page, dialog.getByRole('button', { name: '記録する' }));
  await expect(
    dialog.getByRole('heading', { name: 'ほかの利用者が先にこの記録を更新しました' }),
  ).toBeVisible();
  await expect(dialog).toContainText('受講開始');
  await expectAccessible(page, 'retry-note-conflict');
  await screenshot(page, 'jobcard-retry-note-conflict');
  await pressKey(page, dialog.getByRole('button', { name: '変更を重ねて見直す' }));
  await expect(dialog.getByRole('radio', { name: '受講した' })).toBeChecked();
  await pressKey(page, dialog.getByRole('button', { name: '記録する' }));
  await expect(row).toContainText('受講した');
  await expect(row).toContainText('受講を確認');
  await expectAccessible(page, 'retry-noted');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'jobcard-retry-noted');

  // A case's secondee has the same section on the case page.
  const { me } = await pageApi<{ me: { office: { id: string } } }>(page, '{ me { office { id } } }');
  const cases = await pageApi<{ cases: { edges: { node: { id: string } }[] } }>(
    page,
    'query ($office: ID) { cases(first: 1, filter: { officeId: $office }) { edges { node { id } } } }',
    { office: me.office.id },
  );
  await page.goto(`/cases/${cases.cases.edges[0].node.id}`);
  const caseSection = page.getByRole('region', { name: 'RETRY プログラムの紹介・受講' });
  await expect(caseSection.getByRole('button', { name: 'プログラムを記録する' })).toBeVisible();
  await expectAccessible(page, 'retry-on-case');
});

/** Types a number into a field found by its label, by keyboard. */
async function typeNumber(page: Page, scope: Page | Locator, label: RegExp, value: string) {
  await typeInto(page, scope.getByLabel(label), value);
}

/** One session: its day, hours and the roster's workers who attended. */
async function fillSession(
  page: Page,
  course: Locator,
  n: number,
  day: string,
  hours: string,
  who: string[],
) {
  await typeDate(page, course.getByRole('group', { name: `${n}回目の実施日` }), day);
  await typeNumber(page, course, new RegExp(`^${n}回目の時間`), hours);
  const attendees = course.getByRole('group', { name: `${n}回目の受講者` });
  for (const worker of who) await tick(page, attendees.getByRole('checkbox', { name: worker }));
}

test('the dispatch career-up report: filled by keyboard, refused per field, computed as the API does, and exported as CSV', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/jobcard/dispatch');
  await expect(page.getByRole('heading', { level: 1, name: /様式第11号/ })).toBeVisible();
  await expectAccessible(page, 'dispatch-empty');

  await typeNumber(page, page, /^キャリアコンサルティングの窓口担当者/, '2');
  await typeNumber(page, page, /^うち派遣元責任者との兼任/, '3');
  await typeNumber(page, page, /^キャリアコンサルタント/, '1');
  await typeNumber(page, page, /^職務経験あり/, '1');
  await typeNumber(page, page, /^知見あり/, '0');
  await typeNumber(page, page, /^キャリアコンサルティングを実施した者の人数/, '12');
  await typeNumber(page, page, /^教育訓練時に支払った賃金の総額/, '60000');
  await typeNumber(page, page, /^教育訓練の延べ時間/, '46');

  // The roster: two hired in April 2024 (year 1 until March 2025), one a year earlier (year 2 from April 2024).
  const roster: [string, string][] = [
    ['P001', '2024-04-01'],
    ['P002', '2024-04-01'],
    ['P003', '2023-04-01'],
  ];
  for (const [index, [id, hired]] of roster.entries()) {
    if (index > 0) {
      await pressKey(page, page.getByRole('button', { name: '派遣労働者を追加' }));
      await expect(page.getByLabel(`${index + 1}人目の社員番号`)).toBeFocused();
      await page.keyboard.type(id);
    } else {
      await typeInto(page, page.getByLabel('1人目の社員番号'), id);
    }
    await typeDate(page, page.getByRole('group', { name: `${index + 1}人目の雇入れ日` }), hired);
  }

  const courseA = page.getByRole('group', { name: /^別葉1・訓練1/ });
  await typeInto(page, courseA.getByLabel('訓練の内容等'), '新任リーダー研修');
  await typeNumber(page, courseA, /種別 \(1つ目\)/, '1');
  await typeNumber(page, courseA, /^対象となる派遣労働者数/, '3');
  await chooseByKeyboard(page, courseA.getByRole('button', { name: /訓練の方法の別/ }), /^2 OFF-JT$/);
  await chooseByKeyboard(page, courseA.getByRole('button', { name: /訓練費負担の別/ }), /実費負担なし/);
  await chooseByKeyboard(page, courseA.getByRole('button', { name: /賃金支給の別/ }), /無給部分なし/);
  await fillSession(page, courseA, 1, '2024-06-03', '8', ['P001', 'P002', 'P003']);
  await pressKey(page, courseA.getByRole('button', { name: /実施回を追加/ }));
  await fillSession(page, courseA, 2, '2024-07-01', '2', ['P001']);

  // A paid course (有償) is reported but does not count towards the averages.
  await pressKey(page, page.getByRole('button', { name: /訓練を追加/ }));
  const courseB = page.getByRole('group', { name: /^別葉1・訓練2/ });
  await expect(courseB.getByLabel('訓練の内容等')).toBeFocused();
  await page.keyboard.type('資格取得講座');
  await typeNumber(page, courseB, /種別 \(1つ目\)/, '1');
  await typeNumber(page, courseB, /^対象となる派遣労働者数/, '1');
  await chooseByKeyboard(page, courseB.getByRole('button', { name: /訓練の方法の別/ }), /^2 OFF-JT$/);
  await chooseByKeyboard(page, courseB.getByRole('button', { name: /訓練費負担の別/ }), /有償/);
  await chooseByKeyboard(page, courseB.getByRole('button', { name: /賃金支給の別/ }), /無給部分なし/);
  await fillSession(page, courseB, 1, '2024-08-01', '20', ['P002']);

  // 兼任 3 of 2 contacts: the API refuses the figure at its field.
  await pressKey(page, page.getByRole('button', { name: '計算する' }));
  const alert = page.getByRole('alert').filter({ hasText: '計算できませんでした' });
  await expect(alert).toBeVisible();
  const concurrent = page.getByLabel(/^うち派遣元責任者との兼任/);
  await expect(concurrent).toBeFocused();
  await expect(concurrent).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'dispatch-refused');
  await screenshot(page, 'jobcard-dispatch-refused');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1');
  await pressKey(page, page.getByRole('button', { name: '計算する' }));

  // Year 1: P001, P002 → (16 + 2) h ÷ 2 = 9.0; year 2: P003 → 8 ÷ 1 = 8.0; c ÷ d = 26 ÷ 3 = 8.7 (course B left out).
  const results = page.getByRole('region', { name: '計算結果' });
  await expect(page.getByText('計算しました。')).toBeVisible();
  const averages = results.getByRole('region', { name: /年目ごとの平均/ });
  await expect(averages.getByRole('row', { name: /^1年目/ })).toContainText('9.0時間');
  await expect(averages.getByRole('row', { name: /^1年目/ })).toContainText('2人');
  await expect(averages.getByRole('row', { name: /^2年目/ })).toContainText('8.0時間');
  await expect(averages.getByRole('row', { name: /^3年目/ })).toContainText('—');
  await expect(averages.getByRole('row', { name: /c ÷ d/ })).toContainText('8.7時間');
  await expect(results).toContainText('資格取得講座');
  await expect(results).toContainText('満たさない');
  await expectAccessible(page, 'dispatch-computed');
  await screenshot(page, 'jobcard-dispatch-computed');
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  const download = page.waitForEvent('download');
  await pressKey(page, page.getByRole('button', { name: 'CSV で出力' }));
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await file.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('新任リーダー研修');
  await expect(page.getByText('CSV ファイルをダウンロードしました。')).toBeVisible();
});

// The keyboard can also remove what it added: a session and a worker go, and focus lands on the add button.
test('rows added by mistake are removed by keyboard', async ({ page }) => {
  await signIn(page);
  await page.goto('/jobcard/dispatch');
  await pressKey(page, page.getByRole('button', { name: '派遣労働者を追加' }));
  await expect(page.getByLabel('2人目の社員番号')).toBeFocused();
  await pressKey(page, page.getByRole('button', { name: /削除\s*（2人目）/ }));
  await expect(page.getByLabel('2人目の社員番号')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '派遣労働者を追加' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: /実施回を追加/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: '2回目の実施日' })).toBeVisible();
  await pressKey(page, page.getByRole('button', { name: /削除\s*（別葉1・訓練1の2回目）/ }));
  await expect(page.getByRole('group', { name: '2回目の実施日' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /実施回を追加/ })).toBeFocused();
});
