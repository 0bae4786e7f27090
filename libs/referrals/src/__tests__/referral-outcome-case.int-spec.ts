// 成立 points to the case that established it (opened from the referral's own offers, one the caller may act on) or
// says why there is none, over HTTP: the field errors with their stable reason, nothing written when refused, the
// cases offered to choose from, and the duplicates' counterparts shown to the Center only.
import { ReferralEntity } from '../referrals/referral.entity';
import { ReferralTransactions } from '../referrals/services/referral-transactions';
import { codeOf } from '@kakehashi/testing';
import { startReferralsApi, type ReferralsApi } from './referrals-graphql-kit';
import {
  aPartner,
  centerStaff,
  insertCase,
  insertCompany,
  officeId,
  randomCorporateNumber,
  referralInput,
  type TestPartner,
} from './referrals-kit';
import { todayInJapan } from '@kakehashi/calendar';

const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version } }`;
const SUBMIT = `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { id version } }`;
const ACCEPT = `mutation ($input: ReferralVersionInput!) { acceptReferral(input: $input) { id version } }`;
const ASSIGN = `mutation ($input: AssignReferralInput!) { assignReferral(input: $input) { id version } }`;
const CONVERT = `mutation ($input: ConvertReferralInput!) { convertReferral(input: $input) { id version status } }`;
const REPORT = `mutation ($input: ReportReferralOutcomeInput!) { reportReferralOutcome(input: $input) {
  id status outcome outcomeCaseId outcomeNoCaseReason } }`;

describe('the outcome 成立 and its case', () => {
  let api: ReferralsApi;
  let staff: Awaited<ReturnType<typeof centerStaff>>;
  let partner: TestPartner;

  beforeAll(async () => {
    api = await startReferralsApi();
    staff = await centerStaff(api.kit.dataSource);
    partner = await aPartner(api.kit.dataSource, { hasHqStep: false });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function step(user: typeof staff.coordinator, query: string, input: object) {
    // Each step's mutation selects its referral's id and version, under its own name.
    const response = await api.gql<Record<string, { id: string; version: number }>>(user, query, { input });
    expect(response.errors).toBeUndefined();
    return Object.values(response.data ?? {})[0];
  }

  /** A referral converted by the Tokyo consultant into a company with both offers (need BOTH). */
  async function converted() {
    const branch = partner.branchUsers[0];
    let r = await step(branch, CREATE, referralInput({ need: 'BOTH' as never, shortagePeople: 2 }));
    r = await step(branch, SUBMIT, { id: r.id, expectedVersion: r.version });
    r = await step(staff.coordinator, ACCEPT, { id: r.id, expectedVersion: r.version });
    r = await step(staff.coordinator, ASSIGN, {
      id: r.id,
      expectedVersion: r.version,
      officeId: await officeId(api.kit.dataSource, '13'),
    });
    const company = await insertCompany(api.kit.dataSource, { sendingOffer: true, receivingOffer: true });
    r = await step(staff.tokyo, CONVERT, {
      id: r.id,
      expectedVersion: r.version,
      companyId: company.companyId,
      sendingOfferId: company.sendingOfferId,
      receivingOfferId: company.receivingOfferId,
    });
    return { ...r, sendingOfferId: company.sendingOfferId!, receivingOfferId: company.receivingOfferId! };
  }
  const stored = (id: string) =>
    api.kit.get(ReferralTransactions).runAsSystem((tx) => tx.findOneByOrFail(ReferralEntity, { id }));

  it('refuses 成立 without its case or a reason, with both, and either on another outcome; nothing is written', async () => {
    const r = await converted();
    const base = { id: r.id, expectedVersion: r.version, outcomeOn: todayInJapan() };
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { outcome: 'ESTABLISHED' },
        'input.caseId',
        '成立の場合は、成立した案件(この紹介の送出情報・受入情報から作られた案件)を選ぶか、案件がない理由を入力してください。',
      ],
      [
        { outcome: 'ESTABLISHED', noCaseReason: '   ' },
        'input.caseId',
        '成立の場合は、成立した案件(この紹介の送出情報・受入情報から作られた案件)を選ぶか、案件がない理由を入力してください。',
      ],
      [
        { outcome: 'NOT_ESTABLISHED', noCaseReason: '先方都合' },
        'input.noCaseReason',
        '案件と案件がない理由は、結果が成立の場合だけ指定できます。',
      ],
    ];
    for (const [input, field, message] of cases) {
      const refused = await api.gql(staff.tokyo, REPORT, { input: { ...base, ...input } });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'OUTCOME_CASE_INVALID',
        fields: [{ field, message }],
      });
    }
    expect(await stored(r.id)).toMatchObject({ status: 'CONVERTED', version: r.version, outcome: null });
  });

  it('takes only a case opened from the referral’s offers that the caller may act on', async () => {
    const r = await converted();
    const other = await insertCompany(api.kit.dataSource, { sendingOffer: true, receivingOffer: true });
    const unrelated = await insertCase(
      api.kit.dataSource,
      {
        sendingOfferId: other.sendingOfferId!,
        receivingOfferId: other.receivingOfferId!,
        sendingOfficeCode: '13',
        receivingOfficeCode: '13',
      },
      staff.tokyo,
    );
    // The referral's own sending offer, but both sides handled by Osaka: Tokyo may not act on it.
    const osakaOnly = await insertCase(
      api.kit.dataSource,
      {
        sendingOfferId: r.sendingOfferId,
        receivingOfferId: other.receivingOfferId!,
        sendingOfficeCode: '27',
        receivingOfficeCode: '27',
      },
      staff.osaka,
    );
    const own = await insertCase(
      api.kit.dataSource,
      {
        sendingOfferId: other.sendingOfferId!,
        receivingOfferId: r.receivingOfferId,
        sendingOfficeCode: '27',
        receivingOfficeCode: '13',
      },
      staff.tokyo,
    );

    const options = await api.gql<{
      referral: { outcomeCaseOptions: { id: string; number: number; stage: string }[] };
    }>(staff.tokyo, `query ($id: ID!) { referral(id: $id) { outcomeCaseOptions { id number stage } } }`, {
      id: r.id,
    });
    expect(options.data?.referral.outcomeCaseOptions).toEqual([
      expect.objectContaining({ id: own, stage: 'INFORMATION_COLLECTION' }),
    ]);

    const base = { id: r.id, expectedVersion: r.version, outcomeOn: todayInJapan(), outcome: 'ESTABLISHED' };
    for (const caseId of [unrelated, osakaOnly, 'not-a-uuid']) {
      const refused = await api.gql(staff.tokyo, REPORT, { input: { ...base, caseId } });
      expect(refused.errors?.[0].extensions).toMatchObject({
        reason: 'OUTCOME_CASE_INVALID',
        fields: [
          {
            field: 'input.caseId',
            message:
              '指定された案件は、この紹介の送出情報・受入情報から作られた、操作できる案件ではありません。',
          },
        ],
      });
    }
    const both = await api.gql(staff.tokyo, REPORT, {
      input: { ...base, caseId: own, noCaseReason: '念のため' },
    });
    expect(both.errors?.[0].extensions['fields']).toEqual([
      {
        field: 'input.noCaseReason',
        message: '成立した案件を選んだ場合は、案件がない理由は入力できません。',
      },
    ]);

    const reported = await api.gql(staff.tokyo, REPORT, { input: { ...base, caseId: own } });
    expect(reported.data?.['reportReferralOutcome']).toEqual({
      id: r.id,
      status: 'CLOSED',
      outcome: 'ESTABLISHED',
      outcomeCaseId: own,
      outcomeNoCaseReason: null,
    });
    // The partner sees how it ended, not the Center's case.
    const seen = await api.gql(
      partner.branchUsers[0],
      `query ($id: ID!) { referral(id: $id) { outcome outcomeCaseId } }`,
      { id: r.id },
    );
    expect(seen.data?.['referral']).toEqual({ outcome: 'ESTABLISHED', outcomeCaseId: null });
    expect(seen.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CENTER_ONLY' });
  });

  it('keeps the reason when 成立 has no case', async () => {
    const r = await converted();
    const reported = await api.gql(staff.coordinator, REPORT, {
      input: {
        id: r.id,
        expectedVersion: r.version,
        outcome: 'ESTABLISHED',
        outcomeOn: todayInJapan(),
        noCaseReason: '企業間で直接合意しました',
      },
    });
    expect(reported.data?.['reportReferralOutcome']).toMatchObject({
      outcome: 'ESTABLISHED',
      outcomeCaseId: null,
      outcomeNoCaseReason: '企業間で直接合意しました',
    });
  });

  it('shows headquarters what a duplicate matched, side by side, and the partner nothing of it', async () => {
    const corporateNumber = randomCorporateNumber();
    const first = await step(
      partner.branchUsers[0],
      CREATE,
      referralInput({ clientCorporateNumber: corporateNumber, clientName: '株式会社先行' }),
    );
    await step(partner.branchUsers[0], SUBMIT, { id: first.id, expectedVersion: first.version });
    const other = await aPartner(api.kit.dataSource, { hasHqStep: false });
    const second = await step(
      other.branchUsers[0],
      CREATE,
      referralInput({ clientCorporateNumber: corporateNumber }),
    );
    await step(other.branchUsers[0], SUBMIT, { id: second.id, expectedVersion: second.version });

    const VIEW = `query ($id: ID!) { referral(id: $id) { possibleDuplicate duplicates { matchedBy counterpart {
      kind id viewable companyName corporateNumber institutionName statusLabel detail } } } }`;
    const center = await api.gql(staff.coordinator, VIEW, { id: second.id });
    expect(center.data?.['referral']).toEqual({
      possibleDuplicate: true,
      duplicates: [
        {
          matchedBy: 'CORPORATE_NUMBER',
          counterpart: {
            kind: 'REFERRAL',
            id: first.id,
            viewable: true,
            companyName: '株式会社先行',
            corporateNumber,
            institutionName: partner.name,
            statusLabel: 'センターへ送付済み',
            detail: '製造ライン作業員',
          },
        },
      ],
    });
    const partnerView = await api.gql(other.branchUsers[0], VIEW, { id: second.id });
    expect(partnerView.data?.['referral']).toEqual({ possibleDuplicate: true, duplicates: null });
    expect(codeOf(partnerView)).toBe('FORBIDDEN');
  });
});
