// Headquarters' bulk actions over HTTP (reviewReferrals): a selection at the versions read or every match of a filter,
// each item in its own transaction, the result item by item with the refusal's code and Japanese reason; the action's
// one reason or office checked before anything is touched.
import { randomUUID } from 'node:crypto';
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { codeOf } from '@kakehashi/testing';
import { startReferralsApi, type ReferralsApi, type ReferralVersion } from './referrals-graphql-kit';
import { aPartner, centerStaff, officeId, referralInput, uniqueTag, type TestPartner } from './referrals-kit';

const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version } }`;
const SUBMIT = `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { id version status } }`;
const REVIEW = `mutation ($input: ReviewReferralsInput!) { reviewReferrals(input: $input) {
  action succeededCount refusedCount
  items { referralId clientName succeeded code message referral { id status version returnReason assignedOffice { code } } }
} }`;

interface ReviewResult {
  reviewReferrals: { items: { referralId: string; referral: { version: number } | null }[] };
}

describe('reviewReferrals: headquarters’ bulk accept, return and assign', () => {
  let api: ReferralsApi;
  let staff: Awaited<ReturnType<typeof centerStaff>>;
  let partner: TestPartner;

  beforeAll(async () => {
    api = await startReferralsApi();
    staff = await centerStaff(api.kit.dataSource);
    // Without an HQ step a submission reaches the Center at once.
    partner = await aPartner(api.kit.dataSource, { hasHqStep: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function forwarded(clientName: string): Promise<{ id: string; version: number }> {
    const user = partner.branchUsers[0];
    const created = await api.gql<{ createReferral: ReferralVersion }>(user, CREATE, {
      input: referralInput({ clientName }),
    });
    const r = created.data!.createReferral;
    const submitted = await api.gql<{ submitReferral: ReferralVersion }>(user, SUBMIT, {
      input: { id: r.id, expectedVersion: r.version },
    });
    expect(submitted.data?.submitReferral.status).toBe('FORWARDED');
    return { id: r.id, version: submitted.data!.submitReferral.version };
  }
  // Row-level security: the test reads in the Center's scope.
  const stored = (id: string) =>
    api.kit.get(ReferralTransactions).runAsSystem((tx) => tx.findOneByOrFail(ReferralEntity, { id }));

  it('accepts a selection and reports, item by item, what was refused and why', async () => {
    const tag = uniqueTag();
    const a = await forwarded(`株式会社一括A${tag}`);
    const b = await forwarded(`株式会社一括B${tag}`);
    const c = await forwarded(`株式会社一括C${tag}`);
    // c is accepted by someone else first: the selection's version of it is stale.
    await api.gql(staff.coordinator, REVIEW, {
      input: { action: 'ACCEPT', items: [{ id: c.id, expectedVersion: c.version }] },
    });
    const hidden = randomUUID();

    const result = await api.gql<ReviewResult>(staff.coordinator, REVIEW, {
      input: {
        action: 'ACCEPT',
        items: [a, b, c, { id: hidden, version: 1 }].map((r) => ({ id: r.id, expectedVersion: r.version })),
      },
    });
    expect(result.errors).toBeUndefined();
    const review = result.data!.reviewReferrals;
    expect(review).toMatchObject({ action: 'ACCEPT', succeededCount: 2, refusedCount: 2 });
    expect(review.items).toEqual([
      expect.objectContaining({
        referralId: a.id,
        succeeded: true,
        code: null,
        referral: expect.objectContaining({ status: 'ACCEPTED' }),
      }),
      expect.objectContaining({ referralId: b.id, succeeded: true, clientName: `株式会社一括B${tag}` }),
      expect.objectContaining({
        referralId: c.id,
        succeeded: false,
        code: 'STALE_VERSION',
        clientName: `株式会社一括C${tag}`,
        message: expect.stringContaining('他のユーザーが先にこの紹介を更新しました'),
        referral: null,
      }),
      // What the caller cannot see is not found, and named by nothing but the id it sent.
      expect.objectContaining({
        referralId: hidden,
        succeeded: false,
        code: 'REFERRAL_NOT_FOUND',
        clientName: null,
      }),
    ]);
    expect((await stored(a.id)).status).toBe('ACCEPTED');
    expect((await stored(b.id)).status).toBe('ACCEPTED');
  });

  it('returns every match of a filter with one reason; one in another status is refused, the rest done', async () => {
    const tag = uniqueTag();
    const a = await forwarded(`株式会社差戻${tag}甲`);
    const b = await forwarded(`株式会社差戻${tag}乙`);
    await api.gql(staff.coordinator, REVIEW, {
      input: { action: 'ACCEPT', items: [{ id: b.id, expectedVersion: b.version }] },
    });

    const result = await api.gql<ReviewResult>(staff.coordinator, REVIEW, {
      input: {
        action: 'RETURN',
        filter: { clientName: `差戻${tag}` },
        reason: '従業員数の記載が不足しています',
      },
    });
    const review = result.data!.reviewReferrals;
    expect(review).toMatchObject({ action: 'RETURN', succeededCount: 1, refusedCount: 1 });
    const byId = new Map(review.items.map((item) => [item.referralId, item]));
    expect(byId.get(a.id)).toMatchObject({
      succeeded: true,
      referral: { status: 'RETURNED', returnReason: '従業員数の記載が不足しています' },
    });
    expect(byId.get(b.id)).toMatchObject({
      succeeded: false,
      code: 'INVALID_TRANSITION',
      message: 'この紹介は現在「センター受付済み」のため、差戻しはできません。',
    });
    expect((await stored(b.id)).status).toBe('ACCEPTED');
  });

  it('assigns a selection to a regional office', async () => {
    const a = await forwarded(`株式会社担当${uniqueTag()}`);
    const accepted = await api.gql<ReviewResult>(staff.coordinator, REVIEW, {
      input: { action: 'ACCEPT', items: [{ id: a.id, expectedVersion: a.version }] },
    });
    const version = accepted.data?.reviewReferrals.items[0].referral!.version;
    const result = await api.gql<ReviewResult>(staff.coordinator, REVIEW, {
      input: {
        action: 'ASSIGN',
        items: [{ id: a.id, expectedVersion: version }],
        officeId: await officeId(api.kit.dataSource, '13'),
      },
    });
    expect(result.data?.reviewReferrals.items[0]).toMatchObject({
      succeeded: true,
      referral: { status: 'ASSIGNED', assignedOffice: { code: '13' } },
    });
  });

  it('checks the reason, the office and the aim before touching anything', async () => {
    const a = await forwarded(`株式会社検査${uniqueTag()}`);
    const items = [{ id: a.id, expectedVersion: a.version }];
    const cases: [Record<string, unknown>, string, string][] = [
      [{ action: 'RETURN', items, reason: '  ' }, 'input.reason', '差戻しの理由を入力してください。'],
      [{ action: 'ASSIGN', items }, 'input.officeId', '担当の地方事務所を選んでください。'],
      [
        { action: 'ASSIGN', items, officeId: await officeId(api.kit.dataSource, 'HQ') },
        'input.officeId',
        '担当には地方事務所を指定してください(本部は指定できません)。',
      ],
      [
        { action: 'ACCEPT', items, filter: { clientName: 'x' } },
        'input.items',
        '対象の紹介を選ぶか、絞り込み条件のどちらか一方を指定してください。',
      ],
      [{ action: 'ACCEPT', items: [] }, 'input.items', '対象の紹介を1件以上選んでください。'],
    ];
    for (const [input, field, message] of cases) {
      const refused = await api.gql(staff.coordinator, REVIEW, { input });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field, message }],
      });
    }
    expect(await stored(a.id)).toMatchObject({ status: 'FORWARDED', version: a.version });
  });

  it('is headquarters’ alone', async () => {
    const a = await forwarded(`株式会社権限${uniqueTag()}`);
    for (const user of [staff.tokyo, staff.admin, partner.hq]) {
      const refused = await api.gql(user, REVIEW, {
        input: { action: 'ACCEPT', items: [{ id: a.id, expectedVersion: a.version }] },
      });
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    expect((await stored(a.id)).status).toBe('FORWARDED');
  });
});
