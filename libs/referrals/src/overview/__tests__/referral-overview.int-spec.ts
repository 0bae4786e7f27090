// The partner home's overview on the real database: counts by status and the status changes since the user last
// looked, each within what the caller may read; and the 法人番号 check the referral form asks as the partner types.
import type { AuthUser } from '@kakehashi/authz';
import type { ReferralEntity } from '../../referrals/referral.entity';
import { ReferralAction, ReferralStatus } from '../../referral-enums';
import { CreateReferralService } from '../../referrals/services/create-referral.service';
import { ForwardReferralService } from '../../referrals/services/forward-referral.service';
import { ReturnReferralService } from '../../referrals/services/return-referral.service';
import { SubmitReferralService } from '../../referrals/services/submit-referral.service';
import { UpdateReferralService } from '../../referrals/services/update-referral.service';
import {
  aPartner,
  centerStaff,
  randomCorporateNumber,
  referralInput,
  refusal,
  startReferralsKit,
  type ReferralsKit,
} from '../../__tests__/referrals-kit';
import { ReferralOverviewResolver } from '../referral-overview.resolver';
import { ReferralOverviewService } from '../services/referral-overview.service';

describe('referral overview (real PostgreSQL)', () => {
  let kit: ReferralsKit;
  let staff: Awaited<ReturnType<typeof centerStaff>>;

  beforeAll(async () => {
    kit = await startReferralsKit();
    staff = await centerStaff(kit.dataSource);
  });
  afterAll(async () => {
    await kit?.close();
  });

  const v = (r: ReferralEntity) => ({ id: r.id, expectedVersion: r.version });
  const create = (user: AuthUser) => kit.get(CreateReferralService).create(user, referralInput());
  const submit = (user: AuthUser, r: ReferralEntity) => kit.get(SubmitReferralService).submit(user, v(r));
  const counts = async (user: AuthUser) =>
    Object.fromEntries(
      (await kit.get(ReferralOverviewService).statusCounts(user)).map((each) => [each.status, each.count]),
    );

  it('counts by status only what the caller may read: a branch its own, the head office every branch', async () => {
    const partner = await aPartner(kit.dataSource);
    const other = await aPartner(kit.dataSource);
    const [first, second] = partner.branchUsers;
    await create(first);
    await submit(first, await create(first));
    await create(second);
    await create(other.branchUsers[0]);

    const mine = await kit.get(ReferralOverviewService).statusCounts(first);
    expect(mine.map((each) => each.status)).toEqual(Object.values(ReferralStatus));
    expect(await counts(first)).toMatchObject({ DRAFT: 1, SUBMITTED: 1, FORWARDED: 0, CLOSED: 0 });
    expect(await counts(second)).toMatchObject({ DRAFT: 1, SUBMITTED: 0 });
    expect(await counts(partner.hq)).toMatchObject({ DRAFT: 2, SUBMITTED: 1 });
    expect(await counts(other.hq)).toMatchObject({ DRAFT: 1, SUBMITTED: 0 });
  });

  it('lists the status changes made by others since the marker, newest first, and moves the marker on', async () => {
    const partner = await aPartner(kit.dataSource);
    const other = await aPartner(kit.dataSource);
    const [branchUser, otherBranchUser] = partner.branchUsers;
    const overview = kit.get(ReferralOverviewService);
    // Another branch's referral, moved on by the head office: never this branch user's news.
    await kit
      .get(ForwardReferralService)
      .forward(partner.hq, v(await submit(otherBranchUser, await create(otherBranchUser))));

    let r = await submit(branchUser, await create(branchUser));
    r = await kit.get(ForwardReferralService).forward(partner.hq, v(r));
    r = await kit
      .get(ReturnReferralService)
      .returnToPartner(staff.coordinator, { ...v(r), reason: '従業員数を確認してください。' });

    const firstVisit = await overview.changes(branchUser, 20);
    expect(firstVisit.since).toBeNull();
    // Created and submitted by the branch user itself: not news; forwarded and returned by others: news.
    expect(firstVisit.changes.map((c) => [c.referral.id, c.event.action])).toEqual([
      [r.id, ReferralAction.RETURNED],
      [r.id, ReferralAction.FORWARDED],
    ]);
    expect(firstVisit.totalCount).toBe(2);
    expect(firstVisit.changes[0].event.reason).toBe('従業員数を確認してください。');
    expect(await overview.changes(branchUser, 1)).toMatchObject({
      totalCount: 2,
      changes: [expect.anything()],
    });
    // Nothing of this institution reaches another.
    expect((await overview.changes(other.hq, 100)).changes).toEqual([]);

    const marker = await overview.markSeen(branchUser, firstVisit.asOf);
    expect(marker.getTime()).toBe(firstVisit.asOf.getTime());
    expect(await overview.changes(branchUser, 20)).toMatchObject({
      since: marker,
      totalCount: 0,
      changes: [],
    });

    // Corrected and resubmitted by the branch (its own steps), forwarded again by the head office (news).
    r = await kit.get(UpdateReferralService).update(branchUser, { ...v(r), occupations: '検品' });
    r = await submit(branchUser, r);
    r = await kit.get(ForwardReferralService).forward(partner.hq, v(r));
    const secondVisit = await overview.changes(branchUser, 20);
    expect(secondVisit.changes.map((c) => c.event.action)).toEqual([ReferralAction.FORWARDED]);
    expect(secondVisit.changes[0].referral.status).toBe(ReferralStatus.FORWARDED);
    // The head office sees the branch's own steps (not its own).
    const hqActions = (await overview.changes(partner.hq, 100)).changes
      .filter((c) => c.referral.id === r.id)
      .map((c) => c.event.action);
    expect(hqActions).toEqual([
      ReferralAction.SUBMITTED,
      ReferralAction.RETURNED,
      ReferralAction.SUBMITTED,
      ReferralAction.CREATED,
    ]);
  });

  it('never moves the marker back, nor past now', async () => {
    const partner = await aPartner(kit.dataSource);
    const user = partner.branchUsers[0];
    const overview = kit.get(ReferralOverviewService);
    const before = Date.now();
    const future = await overview.markSeen(user, new Date(Date.now() + 86_400_000));
    expect(future.getTime()).toBeLessThanOrEqual(Date.now());
    expect(future.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const back = await overview.markSeen(user, new Date('2020-01-01T00:00:00Z'));
    expect(back.getTime()).toBe(future.getTime());
  });

  it('refuses a partner account without its institution, as every referral read does', async () => {
    const partner = await aPartner(kit.dataSource);
    const broken = { ...partner.hq, partnerInstitutionId: null };
    expect((await refusal(kit.get(ReferralOverviewService).statusCounts(broken))).code).toBe(
      'NO_PARTNER_SCOPE',
    );
  });

  it('checks a 法人番号 as typed with the words createReferral uses at the field', async () => {
    const resolver = kit.get(ReferralOverviewResolver);
    const valid = randomCorporateNumber();
    const typed = `${valid.slice(0, 4)}-${valid.slice(4)}`.replace(/[0-9]/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    expect(resolver.checkCorporateNumber({ corporateNumber: typed })).toEqual({
      valid: true,
      normalized: valid,
      message: null,
    });
    const wrongDigit = `${(Number(valid[0]) % 9) + 1}${valid.slice(1)}`;
    const checked = resolver.checkCorporateNumber({ corporateNumber: wrongDigit });
    expect(checked).toMatchObject({ valid: false, normalized: null });
    const partner = await aPartner(kit.dataSource);
    const refused = await refusal(
      kit.get(CreateReferralService).create(partner.hq, referralInput({ clientCorporateNumber: wrongDigit })),
    );
    expect(refused.fields).toEqual([{ field: 'input.clientCorporateNumber', message: checked.message }]);
    expect(resolver.checkCorporateNumber({ corporateNumber: '12345' }).message).toBe(
      '法人番号は13桁の数字で入力してください。',
    );
  });
});
