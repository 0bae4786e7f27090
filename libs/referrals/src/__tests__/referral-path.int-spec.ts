// The referral path through the use cases on the real database, for each role: a branch's draft to the outcome,
// auto-forward, the head office's own referrals, return and resubmission, withdrawal, history and notifications.
import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { ReferralEventEntity } from '../referrals/referral-event.entity';
import type { ReferralEntity } from '../referrals/referral.entity';
import { ReferralAction, ReferralNeed, ReferralOutcome, ReferralStatus } from '../referral-enums';
import { ReferralExceptionCode } from '../referral.exception';
import { AcceptReferralService } from '../referrals/services/accept-referral.service';
import { AssignReferralService } from '../referrals/services/assign-referral.service';
import { ConvertReferralService } from '../referrals/services/convert-referral.service';
import { CreateReferralService } from '../referrals/services/create-referral.service';
import { ForwardReferralService } from '../referrals/services/forward-referral.service';
import { ReferralQueryService } from '../referrals/services/referral-query.service';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { ReportReferralOutcomeService } from '../referrals/services/report-referral-outcome.service';
import { ReturnReferralService } from '../referrals/services/return-referral.service';
import { SubmitReferralService } from '../referrals/services/submit-referral.service';
import { UpdateReferralService } from '../referrals/services/update-referral.service';
import { WithdrawReferralService } from '../referrals/services/withdraw-referral.service';
import {
  aPartner,
  centerStaff,
  insertCompany,
  notificationsOf,
  officeId,
  referralInput,
  refusal,
  startReferralsKit,
  type ReferralsKit,
} from './referrals-kit';

describe('the referral path (real PostgreSQL)', () => {
  let kit: ReferralsKit;
  let staff: Awaited<ReturnType<typeof centerStaff>>;
  let tokyoOffice: string;

  beforeAll(async () => {
    kit = await startReferralsKit();
    staff = await centerStaff(kit.dataSource);
    tokyoOffice = await officeId(kit.dataSource, '13');
  });
  afterAll(async () => {
    await kit?.close();
  });

  const v = (r: ReferralEntity) => ({ id: r.id, expectedVersion: r.version });
  const history = (user: AuthUser, id: string) =>
    kit
      .get(ReferralTransactions)
      .run(user, (tx) =>
        tx.find(ReferralEventEntity, { where: { referralId: id }, order: { occurredAt: 'ASC' } }),
      );

  it('walks a branch’s referral from draft to outcome, each step by its role, with history and notifications', async () => {
    const partner = await aPartner(kit.dataSource);
    const [branchUser] = partner.branchUsers;

    let r = await kit
      .get(CreateReferralService)
      .create(branchUser, referralInput({ clientName: '（株）山田製作所' }));
    expect(r).toMatchObject({
      status: ReferralStatus.DRAFT,
      institutionId: partner.institutionId,
      branchId: partner.branchIds[0],
      createdByUserId: branchUser.id,
      clientName: '（株）山田製作所',
      clientNameSearchKey: '山田製作所',
      version: 1,
    });

    r = await kit
      .get(UpdateReferralService)
      .update(branchUser, { ...v(r), need: ReferralNeed.BOTH, shortagePeople: 2 });
    expect(r).toMatchObject({ need: ReferralNeed.BOTH, surplusPeople: 3, shortagePeople: 2, version: 2 });

    r = await kit.get(SubmitReferralService).submit(branchUser, v(r));
    expect(r.status).toBe(ReferralStatus.SUBMITTED);
    expect(r.submittedAt).toBeInstanceOf(Date);
    // The head office must act: it is told; the submitter is not told of its own action.
    expect(await notificationsOf(kit.dataSource, partner.hq.id, r.id)).toEqual([
      expect.objectContaining({
        kind: 'REFERRAL_STATUS_CHANGED',
        title: '紹介「（株）山田製作所」: 提出済み',
      }),
    ]);
    expect(await notificationsOf(kit.dataSource, branchUser.id, r.id)).toEqual([]);
    // Not forwarded yet: the Center cannot see it.
    expect((await refusal(kit.get(ReferralQueryService).get(staff.coordinator, r.id))).code).toBe(
      ReferralExceptionCode.REFERRAL_NOT_FOUND,
    );

    r = await kit.get(ForwardReferralService).forward(partner.hq, v(r));
    expect(r.status).toBe(ReferralStatus.FORWARDED);
    expect(await notificationsOf(kit.dataSource, staff.coordinator.id, r.id)).toEqual([
      expect.objectContaining({ kind: 'REFERRAL_FORWARDED', title: '新しい紹介: （株）山田製作所' }),
    ]);
    expect((await notificationsOf(kit.dataSource, staff.coordinator.id, r.id))[0].body).toContain(
      partner.name,
    );

    r = await kit.get(AcceptReferralService).accept(staff.coordinator, v(r));
    expect(r.status).toBe(ReferralStatus.ACCEPTED);
    // The offices' list (assigned to an office) holds it only once headquarters has assigned it.
    const inOfficesList = async () =>
      (
        await kit
          .get(ReferralQueryService)
          .list(staff.coordinator, { assignedToAnOffice: true }, { first: 100 })
      ).edges.some((edge) => edge.node.id === r.id);
    expect(await inOfficesList()).toBe(false);
    r = await kit.get(AssignReferralService).assign(staff.coordinator, { ...v(r), officeId: tokyoOffice });
    expect(r).toMatchObject({ status: ReferralStatus.ASSIGNED, assignedOfficeId: tokyoOffice });
    expect(await inOfficesList()).toBe(true);
    expect(await notificationsOf(kit.dataSource, staff.tokyo.id, r.id)).toEqual([
      expect.objectContaining({ kind: 'REFERRAL_ASSIGNED', title: '紹介の担当: （株）山田製作所' }),
    ]);
    expect(await notificationsOf(kit.dataSource, staff.osaka.id, r.id)).toEqual([]);

    const company = await insertCompany(kit.dataSource, { sendingOffer: true, receivingOffer: true });
    r = await kit.get(ConvertReferralService).convert(staff.tokyo, {
      ...v(r),
      companyId: company.companyId,
      sendingOfferId: company.sendingOfferId,
      receivingOfferId: company.receivingOfferId,
    });
    expect(r).toMatchObject({
      status: ReferralStatus.CONVERTED,
      companyId: company.companyId,
      sendingOfferId: company.sendingOfferId,
      receivingOfferId: company.receivingOfferId,
    });

    const today = todayInJapan();
    r = await kit.get(ReportReferralOutcomeService).report(staff.tokyo, {
      ...v(r),
      outcome: ReferralOutcome.ESTABLISHED,
      outcomeOn: today,
      comment: '2名の出向が成立しました',
      // 成立 names its case or says why there is none (referral-outcome-case.int-spec.ts covers the case).
      noCaseReason: '企業間で直接合意し、センターの案件を経ずに成立しました',
    });
    expect(r).toMatchObject({
      status: ReferralStatus.CLOSED,
      outcome: ReferralOutcome.ESTABLISHED,
      outcomeOn: today,
    });
    for (const at of [
      'submittedAt',
      'forwardedAt',
      'acceptedAt',
      'assignedAt',
      'convertedAt',
      'closedAt',
    ] as const) {
      expect(r[at]).toBeInstanceOf(Date);
    }
    expect(r.returnedAt).toBeNull();

    // The partner sees where it stands and how it ended.
    const seen = await kit.get(ReferralQueryService).get(branchUser, r.id);
    expect(seen).toMatchObject({ status: ReferralStatus.CLOSED, outcome: ReferralOutcome.ESTABLISHED });
    const events = await history(branchUser, r.id);
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorUserId, e.actorRole])).toEqual([
      [ReferralAction.CREATED, null, 'DRAFT', branchUser.id, 'PARTNER_BRANCH'],
      [ReferralAction.UPDATED, 'DRAFT', 'DRAFT', branchUser.id, 'PARTNER_BRANCH'],
      [ReferralAction.SUBMITTED, 'DRAFT', 'SUBMITTED', branchUser.id, 'PARTNER_BRANCH'],
      [ReferralAction.FORWARDED, 'SUBMITTED', 'FORWARDED', partner.hq.id, 'PARTNER_HQ'],
      [ReferralAction.ACCEPTED, 'FORWARDED', 'ACCEPTED', staff.coordinator.id, 'HQ_COORDINATOR'],
      [ReferralAction.ASSIGNED, 'ACCEPTED', 'ASSIGNED', staff.coordinator.id, 'HQ_COORDINATOR'],
      [ReferralAction.CONVERTED, 'ASSIGNED', 'CONVERTED', staff.tokyo.id, 'CONSULTANT'],
      [ReferralAction.OUTCOME_REPORTED, 'CONVERTED', 'CLOSED', staff.tokyo.id, 'CONSULTANT'],
    ]);
    expect(events[7].reason).toBe('2名の出向が成立しました');

    // The submitter heard of every move after its own: forward, acceptance, assignment, conversion, outcome.
    const toSubmitter = await notificationsOf(kit.dataSource, branchUser.id, r.id);
    expect(toSubmitter.map((n) => n.title)).toEqual([
      '紹介「（株）山田製作所」: センターへ送付済み',
      '紹介「（株）山田製作所」: センター受付済み',
      '紹介「（株）山田製作所」: 担当事務所決定',
      '紹介「（株）山田製作所」: 対応中',
      '紹介「（株）山田製作所」: 完了',
    ]);
    expect(toSubmitter[2].body).toContain('東京');
    expect(toSubmitter[4].body).toContain('成立');
    // No Center staff member is named to the partner.
    const partnerTexts = JSON.stringify([
      ...toSubmitter,
      ...(await notificationsOf(kit.dataSource, partner.hq.id, r.id)),
    ]);
    for (const member of [staff.coordinator, staff.tokyo]) expect(partnerTexts).not.toContain(member.name);
  });

  it('forwards at once, by the system, for a partner without a head office step', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const [branchUser] = partner.branchUsers;
    const draft = await kit.get(CreateReferralService).create(branchUser, referralInput());
    const r = await kit.get(SubmitReferralService).submit(branchUser, v(draft));
    expect(r.status).toBe(ReferralStatus.FORWARDED);
    expect(r.submittedAt).toBeInstanceOf(Date);
    expect(r.forwardedAt).toBeInstanceOf(Date);
    const events = await history(branchUser, r.id);
    expect(events.slice(1).map((e) => [e.action, e.toStatus, e.actorUserId, e.actorRole])).toEqual([
      [ReferralAction.SUBMITTED, 'SUBMITTED', branchUser.id, 'PARTNER_BRANCH'],
      [ReferralAction.AUTO_FORWARDED, 'FORWARDED', null, null],
    ]);
    // The head office hears of the forward only; the Center of a new referral.
    expect((await notificationsOf(kit.dataSource, partner.hq.id, r.id)).map((n) => n.title)).toEqual([
      expect.stringContaining('センターへ送付済み'),
    ]);
    expect(await notificationsOf(kit.dataSource, staff.coordinator.id, r.id)).toHaveLength(1);
    expect((await kit.get(ReferralQueryService).get(staff.coordinator, r.id)).status).toBe(
      ReferralStatus.FORWARDED,
    );
  });

  it('lets the head office make, submit and forward referrals of its own that no branch sees', async () => {
    const partner = await aPartner(kit.dataSource);
    let r = await kit.get(CreateReferralService).create(partner.hq, referralInput());
    expect(r.branchId).toBeNull();
    for (const branchUser of partner.branchUsers) {
      expect((await refusal(kit.get(ReferralQueryService).get(branchUser, r.id))).code).toBe(
        ReferralExceptionCode.REFERRAL_NOT_FOUND,
      );
    }
    r = await kit.get(SubmitReferralService).submit(partner.hq, v(r));
    expect(r.status).toBe(ReferralStatus.SUBMITTED);
    r = await kit.get(ForwardReferralService).forward(partner.hq, v(r));
    expect(r.status).toBe(ReferralStatus.FORWARDED);
  });

  it('returns a referral with a reason the partner sees, and takes it back corrected', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const [branchUser] = partner.branchUsers;
    let r = await kit
      .get(CreateReferralService)
      .create(branchUser, referralInput({ clientEmployeeCount: null }));
    r = await kit.get(SubmitReferralService).submit(branchUser, v(r));

    const noReason = await refusal(
      kit.get(ReturnReferralService).returnToPartner(staff.coordinator, { ...v(r), reason: ' ' }),
    );
    expect(noReason.fields).toEqual([{ field: 'input.reason', message: '差戻しの理由を入力してください。' }]);

    r = await kit.get(ReturnReferralService).returnToPartner(staff.coordinator, {
      ...v(r),
      reason: '従業員数を記入してください',
    });
    expect(r).toMatchObject({ status: ReferralStatus.RETURNED, returnReason: '従業員数を記入してください' });
    const seen = await kit.get(ReferralQueryService).get(branchUser, r.id);
    expect(seen.returnReason).toBe('従業員数を記入してください');
    expect((await notificationsOf(kit.dataSource, branchUser.id, r.id)).at(-1)?.body).toContain(
      '理由: 従業員数を記入してください',
    );

    r = await kit.get(UpdateReferralService).update(branchUser, { ...v(r), clientEmployeeCount: 80 });
    expect(r.status).toBe(ReferralStatus.RETURNED);
    r = await kit.get(SubmitReferralService).submit(branchUser, v(r));
    expect(r).toMatchObject({
      status: ReferralStatus.FORWARDED,
      returnReason: null,
      clientEmployeeCount: 80,
    });
    expect(r.returnedAt).toBeInstanceOf(Date);
    // The Center hears of each forward.
    expect(await notificationsOf(kit.dataSource, staff.coordinator.id, r.id)).toHaveLength(2);
  });

  it('lets the partner withdraw with a reason before conversion, and not after', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const [branchUser] = partner.branchUsers;
    let r = await kit.get(CreateReferralService).create(branchUser, referralInput());
    r = await kit.get(SubmitReferralService).submit(branchUser, v(r));
    r = await kit.get(AcceptReferralService).accept(staff.coordinator, v(r));
    r = await kit.get(AssignReferralService).assign(staff.coordinator, { ...v(r), officeId: tokyoOffice });

    const missing = await refusal(
      kit.get(WithdrawReferralService).withdraw(branchUser, { ...v(r), reason: '' }),
    );
    expect(missing.fields).toEqual([{ field: 'input.reason', message: '取下げの理由を入力してください。' }]);

    // The head office may withdraw its branch's referral.
    const withdrawn = await kit.get(WithdrawReferralService).withdraw(partner.hq, {
      ...v(r),
      reason: '企業の方針変更のため',
    });
    expect(withdrawn).toMatchObject({
      status: ReferralStatus.CLOSED,
      outcome: ReferralOutcome.WITHDRAWN,
      outcomeOn: todayInJapan(),
    });
    expect((await notificationsOf(kit.dataSource, staff.tokyo.id, r.id)).length).toBe(1);
    expect((await notificationsOf(kit.dataSource, branchUser.id, r.id)).at(-1)?.body).toContain(
      '企業の方針変更のため',
    );

    // Converted: too late for the partner.
    let other = await kit.get(CreateReferralService).create(branchUser, referralInput());
    other = await kit.get(SubmitReferralService).submit(branchUser, v(other));
    other = await kit.get(AcceptReferralService).accept(staff.coordinator, v(other));
    other = await kit
      .get(AssignReferralService)
      .assign(staff.coordinator, { ...v(other), officeId: tokyoOffice });
    const company = await insertCompany(kit.dataSource, { sendingOffer: true });
    other = await kit.get(ConvertReferralService).convert(staff.coordinator, {
      ...v(other),
      companyId: company.companyId,
      sendingOfferId: company.sendingOfferId,
    });
    const late = await refusal(
      kit.get(WithdrawReferralService).withdraw(branchUser, { ...v(other), reason: '中止' }),
    );
    expect(late.code).toBe(ReferralExceptionCode.INVALID_TRANSITION);
    expect(late.message).toBe('この紹介は現在「対応中」のため、取下げはできません。');
  });

  it('re-assigns to another office until conversion; the new office is told and the old one loses sight', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    let r = await kit.get(CreateReferralService).create(partner.branchUsers[1], referralInput());
    r = await kit.get(SubmitReferralService).submit(partner.branchUsers[1], v(r));
    r = await kit.get(AcceptReferralService).accept(staff.coordinator, v(r));
    r = await kit.get(AssignReferralService).assign(staff.coordinator, { ...v(r), officeId: tokyoOffice });
    const osakaOffice = await officeId(kit.dataSource, '27');
    const firstAssignedAt = r.assignedAt as Date;
    r = await kit.get(AssignReferralService).assign(staff.coordinator, { ...v(r), officeId: osakaOffice });
    expect(r.assignedOfficeId).toBe(osakaOffice);
    expect((r.assignedAt as Date).getTime()).toBeGreaterThanOrEqual(firstAssignedAt.getTime());
    expect(await notificationsOf(kit.dataSource, staff.osaka.id, r.id)).toHaveLength(1);
    expect((await refusal(kit.get(ReferralQueryService).get(staff.tokyo, r.id))).code).toBe(
      ReferralExceptionCode.REFERRAL_NOT_FOUND,
    );
    expect((await kit.get(ReferralQueryService).get(staff.osaka, r.id)).id).toBe(r.id);
  });
});
