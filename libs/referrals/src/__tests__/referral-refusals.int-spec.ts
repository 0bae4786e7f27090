// What the referral use cases refuse on the real database: the wrong role, branch, institution or office (as not
// found: existence is never revealed), stale versions (also when two users act at once), steps out of order, bad
// input, and bad links at conversion.
import { addDays, todayInJapan } from '@kakehashi/calendar';
import { testPoolSize } from '@kakehashi/testing';
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralNeed, ReferralOutcome, ReferralStatus } from '../referral-enums';
import { ReferralExceptionCode } from '../referral.exception';
import { AcceptReferralService } from '../referrals/services/accept-referral.service';
import { AddReferralNoteService } from '../referrals/services/add-referral-note.service';
import { AssignReferralService } from '../referrals/services/assign-referral.service';
import { ConvertReferralService } from '../referrals/services/convert-referral.service';
import { CreateReferralService } from '../referrals/services/create-referral.service';
import { ForwardReferralService } from '../referrals/services/forward-referral.service';
import { ReferralQueryService } from '../referrals/services/referral-query.service';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { ReportReferralOutcomeService } from '../referrals/services/report-referral-outcome.service';
import { SubmitReferralService } from '../referrals/services/submit-referral.service';
import { UpdateReferralService } from '../referrals/services/update-referral.service';
import { WithdrawReferralService } from '../referrals/services/withdraw-referral.service';
import {
  aPartner,
  centerStaff,
  insertCompany,
  officeId,
  referralInput,
  refusal,
  startReferralsKit,
  type ReferralsKit,
  type TestPartner,
} from './referrals-kit';

describe('referral refusals (real PostgreSQL)', () => {
  let kit: ReferralsKit;
  let staff: Awaited<ReturnType<typeof centerStaff>>;
  let tokyoOffice: string;
  let partner: TestPartner;

  beforeAll(async () => {
    kit = await startReferralsKit();
    staff = await centerStaff(kit.dataSource);
    tokyoOffice = await officeId(kit.dataSource, '13');
    partner = await aPartner(kit.dataSource, { hasHqStep: false });
  });
  afterAll(async () => {
    await kit?.close();
  });

  const v = (r: ReferralEntity) => ({ id: r.id, expectedVersion: r.version });
  const svc = <T>(type: new (...args: never[]) => T): T => kit.get(type);

  async function assigned(): Promise<ReferralEntity> {
    let r = await svc(CreateReferralService).create(partner.branchUsers[0], referralInput());
    r = await svc(SubmitReferralService).submit(partner.branchUsers[0], v(r));
    r = await svc(AcceptReferralService).accept(staff.coordinator, v(r));
    return svc(AssignReferralService).assign(staff.coordinator, { ...v(r), officeId: tokyoOffice });
  }

  it('reports every content problem at once with Japanese messages, and writes nothing', async () => {
    const tag = `不正入力${Date.now()}`;
    const error = await refusal(
      svc(CreateReferralService).create(
        partner.branchUsers[0],
        referralInput({
          clientName: tag,
          clientCorporateNumber: '1234567890123',
          clientPrefectureCode: '48',
          need: ReferralNeed.SHORTAGE,
          surplusPeople: 3,
          shortagePeople: null,
          consentObtainedOn: addDays(todayInJapan(), 1),
        }),
      ),
    );
    expect(error.code).toBe(ReferralExceptionCode.INVALID_INPUT);
    expect(error.fields.map((f) => f.field).sort()).toEqual(
      [
        'input.clientCorporateNumber',
        'input.clientPrefectureCode',
        'input.consentObtainedOn',
        'input.shortagePeople',
        'input.surplusPeople',
      ].sort(),
    );
    expect(error.fields.find((f) => f.field === 'input.consentObtainedOn')?.message).toBe(
      '同意取得日に未来の日付は指定できません。',
    );
    const stored = await svc(ReferralTransactions).runAsSystem((tx) =>
      tx.count(ReferralEntity, { where: { clientName: tag } }),
    );
    expect(stored).toBe(0);
  });

  it('keeps a branch user to its own branch and a partner to its institution, answering NOT_FOUND', async () => {
    const [own, sibling] = partner.branchUsers;
    const r = await svc(CreateReferralService).create(own, referralInput());
    const stranger = await aPartner(kit.dataSource);
    for (const user of [sibling, stranger.hq, ...stranger.branchUsers]) {
      expect((await refusal(svc(ReferralQueryService).get(user, r.id))).code).toBe(
        ReferralExceptionCode.REFERRAL_NOT_FOUND,
      );
      expect(
        (await refusal(svc(UpdateReferralService).update(user, { ...v(r), occupations: '乗っ取り' }))).code,
      ).toBe(ReferralExceptionCode.REFERRAL_NOT_FOUND);
      expect((await refusal(svc(SubmitReferralService).submit(user, v(r)))).code).toBe(
        ReferralExceptionCode.REFERRAL_NOT_FOUND,
      );
      expect(
        (await refusal(svc(WithdrawReferralService).withdraw(user, { ...v(r), reason: '取下げ' }))).code,
      ).toBe(ReferralExceptionCode.REFERRAL_NOT_FOUND);
    }
    // The same answer as for an id that does not exist at all.
    const missing = await refusal(svc(ReferralQueryService).get(own, '00000000-0000-4000-8000-00000000dead'));
    const hidden = await refusal(svc(ReferralQueryService).get(stranger.hq, r.id));
    expect(hidden.message).toBe(missing.message);
    expect((await svc(ReferralQueryService).get(own, r.id)).occupations).toBe(r.occupations);
  });

  it('refuses partner accounts without their institution or branch, and Center staff partner actions', async () => {
    const noInstitution = { ...partner.hq, partnerInstitutionId: null };
    expect((await refusal(svc(CreateReferralService).create(noInstitution, referralInput()))).code).toBe(
      ReferralExceptionCode.NO_PARTNER_SCOPE,
    );
    const noBranch = { ...partner.branchUsers[0], partnerBranchId: null };
    expect((await refusal(svc(ReferralQueryService).list(noBranch, {}, { first: 5 }))).code).toBe(
      ReferralExceptionCode.NO_PARTNER_SCOPE,
    );
    expect((await refusal(svc(CreateReferralService).create(staff.coordinator, referralInput()))).code).toBe(
      ReferralExceptionCode.FORBIDDEN_ACTION,
    );
  });

  it('refuses each action to the roles it does not belong to, even when called past the resolver', async () => {
    const r = await assigned();
    // A branch user may not forward; a partner may not accept; a consultant may not assign.
    const branchDraft = await svc(CreateReferralService).create(partner.branchUsers[0], referralInput());
    expect(
      (await refusal(svc(ForwardReferralService).forward(partner.branchUsers[0], v(branchDraft)))).code,
    ).toBe(ReferralExceptionCode.FORBIDDEN_ACTION);
    expect(
      (await refusal(svc(AssignReferralService).assign(staff.tokyo, { ...v(r), officeId: tokyoOffice })))
        .code,
    ).toBe(ReferralExceptionCode.FORBIDDEN_ACTION);
    expect((await refusal(svc(AcceptReferralService).accept(partner.hq, v(r)))).code).toBe(
      ReferralExceptionCode.FORBIDDEN_ACTION,
    );
    expect(
      (await refusal(svc(AddReferralNoteService).add(staff.admin, { referralId: r.id, body: 'メモ' }))).code,
    ).toBe(ReferralExceptionCode.FORBIDDEN_ACTION);
    // An executive sees no referral at all.
    expect((await refusal(svc(ReferralQueryService).get(staff.executive, r.id))).code).toBe(
      ReferralExceptionCode.REFERRAL_NOT_FOUND,
    );
  });

  it('hides a referral from consultants of other offices: NOT_FOUND for reading, converting and notes', async () => {
    const r = await assigned();
    const company = await insertCompany(kit.dataSource, { sendingOffer: true });
    const convert = { ...v(r), companyId: company.companyId, sendingOfferId: company.sendingOfferId };
    expect((await refusal(svc(ConvertReferralService).convert(staff.osaka, convert))).code).toBe(
      ReferralExceptionCode.REFERRAL_NOT_FOUND,
    );
    expect(
      (await refusal(svc(AddReferralNoteService).add(staff.osaka, { referralId: r.id, body: '大阪から' })))
        .code,
    ).toBe(ReferralExceptionCode.REFERRAL_NOT_FOUND);
    expect(
      (await svc(ReferralQueryService).list(staff.osaka, {}, { first: 100 })).edges.map((e) => e.node.id),
    ).not.toContain(r.id);
    const converted = await svc(ConvertReferralService).convert(staff.tokyo, convert);
    expect(converted.status).toBe(ReferralStatus.CONVERTED);
  });

  it('answers a stale version with CONFLICT and the current version; of two at once exactly one wins', async () => {
    let r = await svc(CreateReferralService).create(partner.branchUsers[0], referralInput());
    r = await svc(UpdateReferralService).update(partner.branchUsers[0], { ...v(r), occupations: '溶接工' });
    const stale = await refusal(
      svc(UpdateReferralService).update(partner.hq, { id: r.id, expectedVersion: 1, occupations: '塗装工' }),
    );
    expect(stale.code).toBe(ReferralExceptionCode.STALE_VERSION);
    expect(stale.details).toMatchObject({ currentVersion: 2, currentStatus: 'DRAFT' });

    // Two connections, so the actions really overlap: the row lock keeps them apart, not the turns of one connection.
    const parallel = await startReferralsKit({ poolSize: testPoolSize(2) });
    const results = await Promise.allSettled([
      parallel.get(SubmitReferralService).submit(partner.branchUsers[0], v(r)),
      parallel.get(WithdrawReferralService).withdraw(partner.hq, { ...v(r), reason: '重複登録のため' }),
    ]).finally(() => parallel.close());
    const won = results.filter((x) => x.status === 'fulfilled');
    const lost = results.filter((x): x is PromiseRejectedResult => x.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: ReferralExceptionCode.STALE_VERSION });
  });

  it('refuses steps out of order with FAILED_PRECONDITION naming the current status', async () => {
    const draft = await svc(CreateReferralService).create(partner.hq, referralInput());
    const early = await refusal(svc(ForwardReferralService).forward(partner.hq, v(draft)));
    expect(early.code).toBe(ReferralExceptionCode.INVALID_TRANSITION);
    expect(early.message).toBe('この紹介は現在「下書き」のため、センターへの送付はできません。');

    const r = await assigned();
    expect(
      (
        await refusal(
          svc(UpdateReferralService).update(partner.branchUsers[0], { ...v(r), occupations: 'x' }),
        )
      ).message,
    ).toBe('この紹介は現在「担当事務所決定」のため、内容の修正はできません。');
    expect((await refusal(svc(AcceptReferralService).accept(staff.coordinator, v(r)))).code).toBe(
      ReferralExceptionCode.INVALID_TRANSITION,
    );
    expect(
      (
        await refusal(
          svc(ReportReferralOutcomeService).report(staff.tokyo, {
            ...v(r),
            outcome: ReferralOutcome.ESTABLISHED,
            outcomeOn: todayInJapan(),
          }),
        )
      ).message,
    ).toBe('この紹介は現在「担当事務所決定」のため、結果の報告はできません。');
  });

  it('assigns only to a regional office', async () => {
    let r = await svc(CreateReferralService).create(partner.branchUsers[0], referralInput());
    r = await svc(SubmitReferralService).submit(partner.branchUsers[0], v(r));
    r = await svc(AcceptReferralService).accept(staff.coordinator, v(r));
    const hq = await refusal(
      svc(AssignReferralService).assign(staff.coordinator, {
        ...v(r),
        officeId: await officeId(kit.dataSource, 'HQ'),
      }),
    );
    expect(hq.fields).toEqual([
      { field: 'input.officeId', message: '担当には地方事務所を指定してください(本部は指定できません)。' },
    ]);
    expect(
      (await refusal(svc(AssignReferralService).assign(staff.coordinator, { ...v(r), officeId: 'nope' })))
        .fields[0].message,
    ).toBe('指定された事務所が見つかりません。');
  });

  it('links only the offers the need requires, each of the given company', async () => {
    const surplus = await assigned();
    const mine = await insertCompany(kit.dataSource, { sendingOffer: true, receivingOffer: true });
    const other = await insertCompany(kit.dataSource, { sendingOffer: true });
    const wrongCompany = await refusal(
      svc(ConvertReferralService).convert(staff.tokyo, {
        ...v(surplus),
        companyId: mine.companyId,
        sendingOfferId: other.sendingOfferId,
      }),
    );
    expect(wrongCompany.fields).toEqual([
      { field: 'input.sendingOfferId', message: '送出情報は指定した企業のものを選んでください。' },
    ]);
    const extra = await refusal(
      svc(ConvertReferralService).convert(staff.tokyo, {
        ...v(surplus),
        companyId: mine.companyId,
        sendingOfferId: mine.sendingOfferId,
        receivingOfferId: mine.receivingOfferId,
      }),
    );
    expect(extra.fields).toEqual([
      { field: 'input.receivingOfferId', message: 'この紹介の相談内容には受入情報を紐付けません。' },
    ]);
    const none = await refusal(
      svc(ConvertReferralService).convert(staff.tokyo, { ...v(surplus), companyId: mine.companyId }),
    );
    expect(none.fields[0]).toMatchObject({ field: 'input.sendingOfferId' });
    const stored = await svc(ReferralQueryService).get(staff.tokyo, surplus.id);
    expect(stored).toMatchObject({
      status: ReferralStatus.ASSIGNED,
      companyId: null,
      version: surplus.version,
    });
  });

  it('refuses an outcome dated in the future', async () => {
    let r = await assigned();
    const company = await insertCompany(kit.dataSource, { sendingOffer: true });
    r = await svc(ConvertReferralService).convert(staff.tokyo, {
      ...v(r),
      companyId: company.companyId,
      sendingOfferId: company.sendingOfferId,
    });
    const future = await refusal(
      svc(ReportReferralOutcomeService).report(staff.tokyo, {
        ...v(r),
        outcome: ReferralOutcome.NOT_ESTABLISHED,
        outcomeOn: addDays(todayInJapan(), 1),
      }),
    );
    expect(future.fields).toEqual([
      { field: 'input.outcomeOn', message: '結果の日付に未来の日付は指定できません。' },
    ]);
  });

  it('sees nothing before forwarding from the Center, including in lists', async () => {
    const partnerWithHq = await aPartner(kit.dataSource);
    let r = await svc(CreateReferralService).create(partnerWithHq.branchUsers[0], referralInput());
    r = await svc(SubmitReferralService).submit(partnerWithHq.branchUsers[0], v(r));
    for (const user of [staff.coordinator, staff.admin]) {
      expect((await refusal(svc(ReferralQueryService).get(user, r.id))).code).toBe(
        ReferralExceptionCode.REFERRAL_NOT_FOUND,
      );
      const page = await svc(ReferralQueryService).list(
        user,
        { institutionId: partnerWithHq.institutionId },
        { first: 10 },
      );
      expect(page.totalCount).toBe(0);
    }
  });
});
