// Duplicate detection at submission on the real database: by corporate number, by normalised name and prefecture,
// against other institutions' open referrals (which the submitting partner cannot read) and open offers. The
// referral is flagged, never refused; the details are the Center's alone.
import type { AuthUser } from '@kakehashi/authz';
import { ReferralDuplicateEntity } from '../duplicates/referral-duplicate.entity';
import type { ReferralEntity } from '../referrals/referral.entity';
import { DuplicateMatch, ReferralStatus } from '../referral-enums';
import { AcceptReferralService } from '../referrals/services/accept-referral.service';
import { CreateReferralService } from '../referrals/services/create-referral.service';
import { ForwardReferralService } from '../referrals/services/forward-referral.service';
import { ReferralQueryService } from '../referrals/services/referral-query.service';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { ReturnReferralService } from '../referrals/services/return-referral.service';
import { SubmitReferralService } from '../referrals/services/submit-referral.service';
import { WithdrawReferralService } from '../referrals/services/withdraw-referral.service';
import {
  aPartner,
  centerStaff,
  insertCompany,
  notificationsOf,
  randomCorporateNumber,
  referralInput,
  startReferralsKit,
  uniqueTag,
  type ReferralsKit,
} from './referrals-kit';

describe('duplicate detection at submission (real PostgreSQL)', () => {
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

  async function submitted(user: AuthUser, overrides: Parameters<typeof referralInput>[0] = {}) {
    const draft = await kit.get(CreateReferralService).create(user, referralInput(overrides));
    return kit.get(SubmitReferralService).submit(user, v(draft));
  }

  const duplicatesOf = (id: string) =>
    kit
      .get(ReferralTransactions)
      .runAsSystem((tx) =>
        tx.find(ReferralDuplicateEntity, { where: { referralId: id }, order: { foundAt: 'ASC' } }),
      );

  it('flags a referral for the same corporate number as another institution’s open referral, telling both sides', async () => {
    const bank = await aPartner(kit.dataSource, { hasHqStep: false });
    const union = await aPartner(kit.dataSource, { hasHqStep: false });
    const corporateNumber = randomCorporateNumber();
    const first = await submitted(bank.branchUsers[0], { clientCorporateNumber: corporateNumber });
    expect(first.possibleDuplicate).toBe(false);

    const second = await submitted(union.branchUsers[1], {
      clientName: `全く別の表記${uniqueTag()}`,
      clientCorporateNumber: corporateNumber,
    });
    // Accepted as usual, only flagged.
    expect(second).toMatchObject({ status: ReferralStatus.FORWARDED, possibleDuplicate: true });
    expect(await duplicatesOf(second.id)).toEqual([
      expect.objectContaining({
        matchedBy: DuplicateMatch.CORPORATE_NUMBER,
        duplicateReferralId: first.id,
        institutionId: union.institutionId,
      }),
    ]);

    // The partner (submitter and head office) hears of the flag, never of whose referral it resembles.
    for (const user of [union.branchUsers[1], union.hq]) {
      const notes = await notificationsOf(kit.dataSource, user.id, second.id);
      const flag = notes.find((n) => n.kind === 'REFERRAL_POSSIBLE_DUPLICATE');
      expect(flag?.title).toContain('重複の可能性');
      expect(JSON.stringify(notes)).not.toContain(bank.name);
    }
    // Center headquarters hears of it as the referral reaches it.
    const toCenter = await notificationsOf(kit.dataSource, staff.coordinator.id, second.id);
    expect(toCenter.map((n) => n.kind).sort()).toEqual(['REFERRAL_FORWARDED', 'REFERRAL_POSSIBLE_DUPLICATE']);
    expect(toCenter.find((n) => n.kind === 'REFERRAL_POSSIBLE_DUPLICATE')?.body).toContain(union.name);
  });

  it('matches by normalised name and prefecture when the names are written differently', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const tag = uniqueTag();
    const first = await submitted(partner.branchUsers[0], {
      clientName: `株式会社カケハシ工業${tag}`,
      clientCorporateNumber: null,
    });
    const sameName = await submitted(partner.branchUsers[1], {
      clientName: `（株）ｶｹﾊｼ工業${tag}`,
      clientCorporateNumber: null,
    });
    expect(sameName.possibleDuplicate).toBe(true);
    expect(await duplicatesOf(sameName.id)).toEqual([
      expect.objectContaining({ matchedBy: DuplicateMatch.NAME_PREFECTURE, duplicateReferralId: first.id }),
    ]);
    // Same name in another prefecture: another company.
    const elsewhere = await submitted(partner.branchUsers[1], {
      clientName: `カケハシ工業${tag}`,
      clientCorporateNumber: null,
      clientPrefectureCode: '27',
    });
    expect(elsewhere.possibleDuplicate).toBe(false);
  });

  it('stores the texts as the partner typed them (① stays ①), trimmed only; only the name’s key is normalised', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const tag = uniqueTag();
    const typed = {
      clientName: `（株）ｶｹﾊｼ第①工場${tag}`,
      occupations: 'ＣＡＤオペレーター①、検査（品質）',
      description: '①受注減少\n②　全角スペースと改行はそのまま',
      consentObtainedBy: '新宿支店　ﾀﾅｶ',
    };
    const draft = await kit.get(CreateReferralService).create(
      partner.branchUsers[0],
      referralInput({
        ...typed,
        clientName: `  ${typed.clientName}\u3000`,
        clientCorporateNumber: null,
      }),
    );
    expect(draft).toMatchObject(typed);
    expect(draft.clientNameSearchKey).toBe(`カケハシ第1工場${tag}`);
    const submittedDraft = await kit.get(SubmitReferralService).submit(partner.branchUsers[0], v(draft));
    const returned = await kit
      .get(ReturnReferralService)
      .returnToPartner(staff.coordinator, { ...v(submittedDraft), reason: ' ①の人数を確認してください ' });
    expect(returned.returnReason).toBe('①の人数を確認してください');

    // The same company written the normalised way is still found as a duplicate by its key.
    const again = await submitted(partner.branchUsers[1], {
      clientName: `株式会社カケハシ第1工場${tag}`,
      clientCorporateNumber: null,
    });
    expect(again.possibleDuplicate).toBe(false);
    const resubmitted = await kit.get(SubmitReferralService).submit(partner.branchUsers[0], v(returned));
    expect(resubmitted.possibleDuplicate).toBe(true);
    expect(await duplicatesOf(resubmitted.id)).toEqual([
      expect.objectContaining({ matchedBy: DuplicateMatch.NAME_PREFECTURE, duplicateReferralId: again.id }),
    ]);
  });

  it('ignores drafts, returned, withdrawn and closed referrals, and a referral’s own earlier submission', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const corporateNumber = randomCorporateNumber();
    // A draft and a withdrawn referral of the same company are not open.
    await kit
      .get(CreateReferralService)
      .create(partner.hq, referralInput({ clientCorporateNumber: corporateNumber }));
    const withdrawn = await submitted(partner.branchUsers[0], { clientCorporateNumber: corporateNumber });
    await kit.get(WithdrawReferralService).withdraw(partner.hq, { ...v(withdrawn), reason: '取下げ' });
    const fresh = await submitted(partner.branchUsers[1], { clientCorporateNumber: corporateNumber });
    expect(fresh.possibleDuplicate).toBe(false);
    expect(await duplicatesOf(fresh.id)).toEqual([]);
    // Returned and submitted again: it does not resemble itself.
    const returned = await kit
      .get(ReturnReferralService)
      .returnToPartner(staff.coordinator, { ...v(fresh), reason: '確認のため' });
    const again = await kit.get(SubmitReferralService).submit(partner.branchUsers[1], v(returned));
    expect(again).toMatchObject({ status: ReferralStatus.FORWARDED, possibleDuplicate: false });
  });

  it('flags a referral for a company with open sending or receiving offers, not with closed ones', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const open = await insertCompany(kit.dataSource, { sendingOffer: true, receivingOffer: true });
    const [{ corporate_number: openNumber }] = await kit.dataSource.query<{ corporate_number: string }[]>(
      `SELECT "corporate_number" FROM "companies" WHERE "id" = $1`,
      [open.companyId],
    );
    const r = await submitted(partner.branchUsers[0], { clientCorporateNumber: openNumber });
    expect(r.possibleDuplicate).toBe(true);
    const rows = await duplicatesOf(r.id);
    expect(
      rows.map((d) => [d.matchedBy, d.duplicateSendingOfferId, d.duplicateReceivingOfferId]).sort(),
    ).toEqual(
      [
        [DuplicateMatch.CORPORATE_NUMBER, open.sendingOfferId, null],
        [DuplicateMatch.CORPORATE_NUMBER, null, open.receivingOfferId],
      ].sort(),
    );

    const name = `株式会社求人試験${uniqueTag()}`;
    await insertCompany(kit.dataSource, { name, corporateNumber: null, receivingOffer: true });
    const byName = await submitted(partner.branchUsers[1], { clientName: name, clientCorporateNumber: null });
    expect((await duplicatesOf(byName.id)).map((d) => d.matchedBy)).toEqual([DuplicateMatch.NAME_PREFECTURE]);

    const closed = await insertCompany(kit.dataSource, { sendingOffer: true, offerStatus: 'CLOSED' });
    const [{ corporate_number: closedNumber }] = await kit.dataSource.query<{ corporate_number: string }[]>(
      `SELECT "corporate_number" FROM "companies" WHERE "id" = $1`,
      [closed.companyId],
    );
    expect(
      (await submitted(partner.branchUsers[1], { clientCorporateNumber: closedNumber })).possibleDuplicate,
    ).toBe(false);
  });

  it('tells Center headquarters only once the head office forwards, and shows the partner only the flag', async () => {
    const partner = await aPartner(kit.dataSource);
    const other = await aPartner(kit.dataSource, { hasHqStep: false });
    const corporateNumber = randomCorporateNumber();
    await submitted(other.branchUsers[0], { clientCorporateNumber: corporateNumber });
    let r = await submitted(partner.branchUsers[0], { clientCorporateNumber: corporateNumber });
    expect(r).toMatchObject({ status: ReferralStatus.SUBMITTED, possibleDuplicate: true });
    expect(await notificationsOf(kit.dataSource, staff.coordinator.id, r.id)).toEqual([]);
    expect((await notificationsOf(kit.dataSource, partner.hq.id, r.id)).map((n) => n.kind)).toContain(
      'REFERRAL_POSSIBLE_DUPLICATE',
    );

    // In the partner's own scope the duplicates table shows nothing, even read directly.
    const seenByPartner = await kit
      .get(ReferralTransactions)
      .run(partner.hq, (tx) => tx.find(ReferralDuplicateEntity, { where: { referralId: r.id } }));
    expect(seenByPartner).toEqual([]);
    expect((await kit.get(ReferralQueryService).get(partner.hq, r.id)).possibleDuplicate).toBe(true);

    r = await kit.get(ForwardReferralService).forward(partner.hq, v(r));
    expect(
      (await notificationsOf(kit.dataSource, staff.coordinator.id, r.id)).map((n) => n.kind).sort(),
    ).toEqual(['REFERRAL_FORWARDED', 'REFERRAL_POSSIBLE_DUPLICATE']);
    r = await kit.get(AcceptReferralService).accept(staff.coordinator, v(r));
    expect(r.possibleDuplicate).toBe(true);
  });
});
