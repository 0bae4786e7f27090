// The administrator's console: an account created, a matching weight changed after its preview, a skill synonym added
// and the ranking it changes seen. By keyboard alone, with axe on every state reached.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiAs, type Api } from './support/api';
import { expectAccessible, expectNoHorizontalScroll, screenshot, signIn } from './support/app';
import { chooseByKeyboard, pressKey, tabTo, typeInto } from './support/keyboard';

const ADMIN = 'admin@kakehashi.example';
const HQ = 'hq@kakehashi.example';

const dialog = (page: Page) => page.getByRole('dialog');
const notice = (page: Page) => page.getByRole('status').filter({ hasText: /しました/ });

/** A tag no other test (nor a rerun) uses, in letters (so it stays itself through the API's normalisation). */
const newTag = () =>
  Array.from({ length: 6 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
/** The same letters as katakana, for a reading of its own. */
const kana = (tag: string) =>
  [...tag]
    .map((c) => 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマ'[c.charCodeAt(0) - 97])
    .join('');

async function openMenu(page: Page, name: string): Promise<void> {
  await pressKey(page, page.getByRole('link', { name, exact: true }));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function checkNarrow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 640, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

interface MatchingWeights {
  matchingSettings: { weights: { factor: string; weight: number }[] };
}

interface Sample {
  office: string;
  /** The sending offer's option in the preview's list. */
  offer: RegExp;
  licence: string;
  /** What the sender typed for it, not (yet) a spelling the dictionary knows. */
  typed: string;
  /** A receiver requiring the licence, and one requiring nothing a prefecture away. */
  requiring: string;
  plain: string;
}

/**
 * In 鳥取 (which no other browser test uses): a new dictionary licence, a sender who typed it in words of their own,
 * and two receivers for the same work, one requiring the licence, the other in 島根. Made through the API, as
 * headquarters.
 */
async function sample(hq: Api, admin: Api, tag: string): Promise<Sample> {
  const { offices } = await hq.gql<{ offices: { id: string; code: string; nameJa: string }[] }>(
    '{ offices { id code nameJa } }',
  );
  const office = offices.find((o: { code: string }) => o.code === '31')!;
  const company = async (name: string) =>
    (
      await hq.gql<{ createCompany: { id: string } }>(
        'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }',
        {
          input: {
            legalName: name,
            jsicMajorCode: 'E',
            prefectureCode: '31',
            size: 'SME',
            owningOfficeId: office.id,
          },
        },
      )
    ).createCompany.id;
  const licence = `試験検査技能士${tag}`;
  await admin.gql('mutation ($input: CreateSkillInput!) { createSkill(input: $input) { id } }', {
    input: { name: licence, reading: `シケンケンサ${kana(tag)}`, category: 'LICENCE' },
  });
  const typed = `非破壊検査${tag}`;
  const jobTitle = `部品の非破壊検査員${tag}`;
  await hq.gql('mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id } }', {
    input: {
      companyId: await company(`試験送出精工${tag}`),
      moveType: 'SECONDMENT',
      peopleCount: 1,
      reason: 'EMPLOYMENT_ADJUSTMENT',
      occupationCode: 'H',
      jobTitle,
      skills: [typed],
    },
  });
  const receiving = async (
    companyName: string,
    title: string,
    requiredSkills: string[],
    prefecture: string,
  ) => {
    await hq.gql(
      'mutation ($input: CreateReceivingOfferInput!) { createReceivingOffer(input: $input) { id } }',
      {
        input: {
          companyId: await company(companyName),
          moveTypes: ['SECONDMENT'],
          peopleWanted: 1,
          occupationCode: 'H',
          jobTitle: title,
          requiredSkills,
          workplacePrefectureCode: prefecture,
        },
      },
    );
  };
  const requiring = `試験受入検査${tag}`;
  const plain = `試験受入機工${tag}`;
  await receiving(requiring, jobTitle, [licence], '31');
  // In 島根, the same region: once the licence counts, the receiver in the sender's own prefecture is strictly ahead.
  await receiving(plain, jobTitle, [], '32');
  return { office: office.nameJa, offer: new RegExp(`試験送出精工${tag}`), licence, typed, requiring, plain };
}

/** Where each receiver stands in a preview table (its row's first cell reads 「3位」). */
async function rankIn(table: Locator, company: string): Promise<number> {
  const cell = table
    .getByRole('row', { name: new RegExp(company) })
    .getByRole('cell')
    .first();
  return Number((await cell.textContent())?.replace(/\D/g, ''));
}

async function choosePreviewOffer(page: Page, s: Sample): Promise<void> {
  await chooseByKeyboard(
    page,
    page.getByRole('button', { name: /送出情報の事務所/ }),
    new RegExp(`^${s.office}$`),
  );
  await chooseByKeyboard(page, page.getByRole('button', { name: /試算する送出情報/ }), s.offer);
  await pressKey(page, page.getByRole('button', { name: '試算する', exact: true }));
  await expect(page.getByRole('heading', { name: '入力中の設定での上位10件' })).toBeVisible();
}

test('an administrator creates a consultant, changes a weight after its preview and sees a synonym change a ranking, by keyboard alone', async ({
  page,
  baseURL,
}) => {
  const tag = newTag();
  const hq = await apiAs(baseURL!, HQ);
  const admin = await apiAs(baseURL!, ADMIN);
  const before = (await admin.gql<MatchingWeights>('{ matchingSettings { weights { factor weight } } }'))
    .matchingSettings.weights;
  const s = await sample(hq, admin, tag);
  try {
    await signIn(page, ADMIN);

    // A consultant's account, with the office; the list finds it.
    await openMenu(page, 'ユーザー管理');
    await expect(page.getByRole('status').filter({ hasText: '該当' })).toContainText('件目');
    await expectAccessible(page, 'users list');
    await screenshot(page, 'admin-users');
    await checkNarrow(page);
    await pressKey(page, page.getByRole('button', { name: 'ユーザーを作成' }));
    await expect(dialog(page)).toBeVisible();
    const email = `shiken.${tag}@kakehashi.example`;
    await typeInto(page, dialog(page).getByRole('textbox', { name: /氏名/ }), `試験 太郎${tag}`);
    await typeInto(page, dialog(page).getByRole('textbox', { name: /メールアドレス/ }), email);
    await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /ロール/ }), /^コンサルタント$/);
    await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /所属事務所/ }), /^鳥取事務所$/);
    await expectAccessible(page, 'create user dialog');
    await typeInto(page, dialog(page).getByLabel(/初期パスワード/), 'Momiji-Sakura-7391-Tsuki');
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeHidden();
    await expect(notice(page)).toContainText(`試験 太郎${tag}さんのアカウントを作成しました`);
    await typeInto(page, page.getByRole('searchbox', { name: '氏名・メールアドレス' }), email);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=/);
    const row = page.getByRole('row', { name: new RegExp(`試験 太郎${tag}`) });
    await expect(row).toContainText('コンサルタント');
    await expect(row).toContainText('鳥取事務所');
    await expectAccessible(page, 'users list, the new consultant');

    // A weight tried on the sample's top ten, then saved.
    await openMenu(page, 'マッチング設定');
    await expectAccessible(page, 'matching settings');
    await choosePreviewOffer(page, s);
    const current = page.getByRole('region', { name: '現在の設定での上位10件' });
    const proposed = page.getByRole('region', { name: '入力中の設定での上位10件' });
    // Missing the required licence, the receiver that requires it stands below the one requiring nothing.
    expect(await rankIn(current, s.requiring)).toBeGreaterThan(await rankIn(current, s.plain));
    await typeInto(page, page.getByRole('textbox', { name: '職務内容の類似度' }), '0.3');
    await pressKey(page, page.getByRole('button', { name: '試算する', exact: true }));
    await expect(proposed.getByRole('row', { name: new RegExp(s.plain) })).toBeVisible();
    await expectAccessible(page, 'matching settings, preview');
    await screenshot(page, 'admin-matching-preview');
    await checkNarrow(page);
    await pressKey(page, page.getByRole('button', { name: '設定を保存' }));
    await expect(notice(page)).toContainText('設定を保存しました');
    const saved = (await admin.gql<MatchingWeights>('{ matchingSettings { weights { factor weight } } }'))
      .matchingSettings.weights;
    expect(saved.find((w: { factor: string }) => w.factor === 'TEXT')!.weight).toBe(0.3);

    // The sender's own words become a synonym of the licence.
    await openMenu(page, 'スキル辞書');
    await typeInto(page, page.getByRole('searchbox', { name: '名称・読み・別名' }), s.licence);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('row', { name: new RegExp(s.licence) })).toBeVisible();
    await expectAccessible(page, 'skills dictionary');
    await screenshot(page, 'admin-skills');
    await pressKey(page, page.getByRole('button', { name: `${s.licence}を編集` }));
    await expect(dialog(page)).toBeVisible();
    await typeInto(page, dialog(page).getByRole('textbox', { name: /別名・略称/ }), s.typed);
    await expectAccessible(page, 'skill dialog');
    await pressKey(page, dialog(page).getByRole('button', { name: '保存する' }));
    await expect(dialog(page)).toBeHidden();
    await expect(notice(page)).toContainText(`「${s.licence}」を保存しました`);
    await expect(page.getByRole('row', { name: new RegExp(s.licence) })).toContainText(s.typed);

    // The ranking consultants see has changed: the receiver requiring the licence now comes first of the two.
    await openMenu(page, 'マッチング設定');
    await choosePreviewOffer(page, s);
    expect(await rankIn(current, s.requiring)).toBeLessThan(await rankIn(current, s.plain));
    await expectAccessible(page, 'matching settings, ranking after the synonym');
  } finally {
    const now = (
      await admin.gql<{ matchingSettings: { version: number } }>('{ matchingSettings { version } }')
    ).matchingSettings.version;
    await admin.gql(
      'mutation ($input: UpdateMatchingSettingsInput!) { updateMatchingSettings(input: $input) { version } }',
      {
        input: { expectedVersion: now, weights: before },
      },
    );
    await hq.dispose();
    await admin.dispose();
  }
});

test('an administrator reads the follow-up defaults, the nightly schedules and a filtered access log, by keyboard alone', async ({
  page,
}) => {
  await signIn(page, ADMIN);
  // An administrator sees no registrant: the refused attempt is itself an entry of the log.
  const refused = await page.request.post('/graphql', {
    data: { query: '{ talentBankRegistrants(first: 1) { totalCount } }' },
    headers: { 'x-kakehashi-csrf': '1' },
  });
  expect((await refused.json()).errors[0].extensions.code).toBe('FORBIDDEN');

  await openMenu(page, 'フォローアップ・夜間処理');
  await expect(page.getByRole('textbox', { name: /その後のフォローアップの間隔/ })).not.toHaveValue('');
  const schedules = page.getByRole('region', { name: '夜間・定期処理の予定の一覧' });
  await expect(schedules.getByRole('row', { name: /MATCHING_NIGHTLY_CRON/ })).toContainText('一括マッチング');
  await expectAccessible(page, 'follow-up defaults and schedules');
  await screenshot(page, 'admin-settings');
  await checkNarrow(page);

  await openMenu(page, 'アクセス記録');
  await chooseByKeyboard(page, page.getByRole('button', { name: /結果$/ }), /^拒否$/);
  await pressKey(page, page.getByRole('button', { name: '検索', exact: true }));
  await expect(page).toHaveURL(/outcome=DENIED/);
  const entries = page.getByRole('region', { name: 'アクセス記録の一覧（横にスクロールできます）' });
  await expect(entries.getByRole('row', { name: /Query\.talentBankRegistrants/ }).first()).toContainText(
    '拒否',
  );
  await expect(page.getByRole('link', { name: 'この条件でCSVを出力' })).toHaveAttribute(
    'href',
    '/talent-bank/access-log/export?outcome=DENIED',
  );
  await expectAccessible(page, 'access log, refused entries');
  await screenshot(page, 'admin-access-log');
  await checkNarrow(page);
});

test('an administrator creates a partner branch officer’s account, the institution found by typing its name, by keyboard alone', async ({
  page,
  baseURL,
}) => {
  const tag = newTag();
  const hq = await apiAs(baseURL!, HQ);
  const institution = `試験信用組合${tag}`;
  const { createPartnerInstitution } = await hq.gql<{ createPartnerInstitution: { id: string } }>(
    'mutation ($input: CreatePartnerInstitutionInput!) { createPartnerInstitution(input: $input) { id } }',
    { input: { type: 'FINANCIAL_INSTITUTION', name: institution } },
  );
  await hq.gql('mutation ($input: AddPartnerBranchInput!) { addPartnerBranch(input: $input) { id } }', {
    input: { institutionId: createPartnerInstitution.id, name: '駅前支店', prefectureCode: '31' },
  });
  await hq.dispose();

  await signIn(page, ADMIN);
  await openMenu(page, 'ユーザー管理');
  await pressKey(page, page.getByRole('button', { name: 'ユーザーを作成' }));
  await typeInto(page, dialog(page).getByRole('textbox', { name: /氏名/ }), `支店 花子${tag}`);
  await typeInto(
    page,
    dialog(page).getByRole('textbox', { name: /メールアドレス/ }),
    `branch.${tag}@example.jp`,
  );
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /ロール/ }), /^提携機関\(支部\)$/);
  await tabTo(page, dialog(page).getByRole('combobox', { name: /提携機関/ }));
  await page.keyboard.type(institution);
  await expect(page.getByRole('option', { name: new RegExp(institution) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('combobox', { name: /提携機関/ })).toHaveValue(institution);
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /所属支店/ }), /^駅前支店$/);
  await expectAccessible(page, 'create partner user dialog');
  await typeInto(page, dialog(page).getByLabel(/初期パスワード/), 'Momiji-Sakura-7391-Tsuki');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(notice(page)).toContainText(`支店 花子${tag}さんのアカウントを作成しました`);
  await typeInto(page, page.getByRole('searchbox', { name: '氏名・メールアドレス' }), tag);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: new RegExp(`支店 花子${tag}`) })).toContainText(
    '提携機関(支部)',
  );
});

test('an administrator moves an account to another office, deactivates and reactivates it, and meets each refusal and empty list, by keyboard alone', async ({
  page,
  baseURL,
}) => {
  const tag = newTag();
  const admin = await apiAs(baseURL!, ADMIN);
  const { offices } = await admin.gql<{ offices: { id: string; code: string }[] }>('{ offices { id code } }');
  const email = `move.${tag}@kakehashi.example`;
  await admin.gql('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: {
      email,
      name: `異動 次郎${tag}`,
      role: 'CONSULTANT',
      officeId: offices.find((o: { code: string }) => o.code === '31')!.id,
      password: 'Momiji-Sakura-7391-Tsuki',
    },
  });
  await admin.dispose();
  const name = `異動 次郎${tag}`;

  await signIn(page, ADMIN);
  await openMenu(page, 'ユーザー管理');
  await typeInto(page, page.getByRole('searchbox', { name: '氏名・メールアドレス' }), email);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('鳥取事務所');

  // A change of office: the dialog says first that it signs the user out everywhere, the page says it did.
  await pressKey(page, page.getByRole('button', { name: `${name}さんを変更` }));
  await expect(dialog(page)).toContainText('すべての端末でログアウト');
  await chooseByKeyboard(page, dialog(page).getByRole('button', { name: /所属事務所/ }), /^島根事務所$/);
  await expectAccessible(page, 'edit user dialog');
  await pressKey(page, dialog(page).getByRole('button', { name: '保存する' }));
  await expect(dialog(page)).toBeHidden();
  await expect(notice(page)).toContainText('すべての端末でログアウトされ');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('島根事務所');

  await pressKey(page, page.getByRole('button', { name: `${name}さんを無効にする` }));
  await expect(page.getByRole('alertdialog')).toContainText('直ちにログアウト');
  await expectAccessible(page, 'deactivate dialog');
  await pressKey(page, page.getByRole('button', { name: '無効にする', exact: true }));
  await expect(notice(page)).toContainText('無効にしました');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('無効');
  await pressKey(page, page.getByRole('button', { name: `${name}さんを有効に戻す` }));
  await pressKey(page, page.getByRole('button', { name: '有効に戻す', exact: true }));
  await expect(notice(page)).toContainText('有効に戻しました');
  await expectAccessible(page, 'users list, after reactivation');

  // Nothing found says so.
  await typeInto(page, page.getByRole('searchbox', { name: '氏名・メールアドレス' }), `存在しない${tag}`);
  await page.keyboard.press('Enter');
  await expect(page.getByText('条件に合うユーザーは見つかりませんでした')).toBeVisible();
  await expectAccessible(page, 'users list, empty');

  // A weight the API refuses is named at its field, with the focus there; nothing is saved.
  await openMenu(page, 'マッチング設定');
  await typeInto(page, page.getByRole('textbox', { name: '勤務地' }), '500');
  await pressKey(page, page.getByRole('button', { name: '設定を保存' }));
  const summary = page.getByRole('alert').filter({ hasText: '保存できませんでした' });
  await expect(summary).toContainText('重みは100以下で入力してください。');
  await expect(page.getByRole('textbox', { name: '勤務地' })).toBeFocused();
  await expectAccessible(page, 'matching settings, refused weight');
  await screenshot(page, 'admin-matching-refused');

  // A dictionary search with no entry.
  await openMenu(page, 'スキル辞書');
  await typeInto(page, page.getByRole('searchbox', { name: '名称・読み・別名' }), `存在しない資格${tag}`);
  await page.keyboard.press('Enter');
  await expect(page.getByText('条件に合う項目は見つかりませんでした')).toBeVisible();
  await expectAccessible(page, 'skills dictionary, empty');
});
