// A referral over HTTP with the demo accounts, once along the whole path: M銀行 新宿支店 drafts and submits, its head
// office forwards, Center headquarters accepts and assigns Tokyo, the Tokyo consultant registers the company and its
// sending offer, converts and reports the outcome; the branch follows every step and sees how it ended, without the
// Center's notes or staff names. Also: another demo account's view of it.
import { todayInJapan } from '@kakehashi/calendar';
import { DEMO_PASSWORD } from '@kakehashi/platform';
import { randomCorporateNumber, uniqueTag } from '@kakehashi/testing';
import { errorCode, graphql, login, type GraphqlResponse } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

/** The fields of REFERRAL below. */
interface Referral {
  id: string;
  version: number;
  status: string;
  statusLabel: string;
  outcome: string | null;
  outcomeLabel: string | null;
  outcomeOn: string | null;
  possibleDuplicate: boolean;
  returnReason: string | null;
  submittedAt: string | null;
  forwardedAt: string | null;
  acceptedAt: string | null;
  assignedAt: string | null;
  convertedAt: string | null;
  closedAt: string | null;
  institutionName: string;
  branchName: string | null;
  assignedOffice: { code: string; nameJa: string } | null;
  history: {
    action: string;
    toStatus: string;
    actorName: string;
    byCenter: boolean;
    reason: string | null;
  }[];
}
interface SeenReferral extends Referral {
  internalNotes: { body: string }[] | null;
  companyId: string | null;
}

const REFERRAL = `id version status statusLabel outcome outcomeLabel outcomeOn possibleDuplicate returnReason
  submittedAt forwardedAt acceptedAt assignedAt convertedAt closedAt institutionName branchName
  assignedOffice { code nameJa } history { action toStatus actorName byCenter reason }`;

describe('a referral from a bank branch to its outcome, over HTTP', () => {
  let api: RunningApi;
  const token: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    for (const who of ['partner.branch', 'partner.hq', 'hq', 'consultant', 'consultant.osaka', 'executive']) {
      token[who] = await login(api.url, `${who}@kakehashi.example`, DEMO_PASSWORD);
    }
  });
  afterAll(async () => {
    await api?.stop();
  });

  async function call<T = unknown>(
    who: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    return graphql<T>(api.url, query, variables, token[who]);
  }
  async function act(who: string, mutation: string, input: Record<string, unknown>): Promise<Referral> {
    const result = await call<Record<string, Referral>>(
      who,
      `mutation ($input: ${inputTypeOf(mutation)}!) { ${mutation}(input: $input) { ${REFERRAL} } }`,
      {
        input,
      },
    );
    expect(result.errors).toBeUndefined();
    return result.data![mutation];
  }
  function inputTypeOf(mutation: string): string {
    switch (mutation) {
      case 'returnReferral':
      case 'withdrawReferral':
        return 'ReferralReasonInput';
      case 'assignReferral':
        return 'AssignReferralInput';
      case 'convertReferral':
        return 'ConvertReferralInput';
      case 'reportReferralOutcome':
        return 'ReportReferralOutcomeInput';
      default:
        return 'ReferralVersionInput';
    }
  }
  const v = (r: Referral) => ({ id: r.id, expectedVersion: r.version });

  it('walks draft → submitted → forwarded → accepted → assigned → converted → closed, each by its demo user', async () => {
    const tag = uniqueTag();
    const clientName = `株式会社かけはし精工${tag}`;
    const corporateNumber = randomCorporateNumber();
    const created = await call<{ createReferral: Referral }>(
      'partner.branch',
      `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL} } }`,
      {
        input: {
          clientName,
          clientCorporateNumber: corporateNumber,
          clientJsicMajorCode: 'E',
          clientPrefectureCode: '13',
          clientSize: 'SME',
          clientEmployeeCount: 85,
          need: 'SURPLUS',
          surplusPeople: 2,
          occupations: '機械組立',
          desiredStartOn: '2027-04-01',
          description: '受注減少により一時的に人員が過剰。',
          consentObtainedOn: '2026-11-01',
          consentObtainedBy: '新宿支店 法人営業 森田',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    let r = created.data!.createReferral;
    expect(r).toMatchObject({ status: 'DRAFT', institutionName: 'M銀行', branchName: '新宿支店' });

    r = await act('partner.branch', 'submitReferral', v(r));
    expect(r.status).toBe('SUBMITTED');
    // The Center does not see it before the head office forwards it.
    expect(errorCode(await call('hq', `query ($id: ID!) { referral(id: $id) { id } }`, { id: r.id }))).toBe(
      'NOT_FOUND',
    );

    r = await act('partner.hq', 'forwardReferral', v(r));
    expect(r.status).toBe('FORWARDED');
    r = await act('hq', 'acceptReferral', v(r));
    const tokyo = await call<{ offices: { id: string; code: string }[] }>('hq', `{ offices { id code } }`);
    const tokyoOfficeId = tokyo.data!.offices.find((o) => o.code === '13')!.id;
    r = await act('hq', 'assignReferral', { ...v(r), officeId: tokyoOfficeId });
    expect(r).toMatchObject({ status: 'ASSIGNED', assignedOffice: { code: '13' } });
    expect(
      (
        await call(
          'hq',
          `mutation { addReferralNote(input: { referralId: "${r.id}", body: "与信情報は別途確認(内部)" }) { id } }`,
        )
      ).errors,
    ).toBeUndefined();

    // Another office's consultant sees nothing of it.
    expect(
      errorCode(
        await call('consultant.osaka', `query ($id: ID!) { referral(id: $id) { id } }`, { id: r.id }),
      ),
    ).toBe('NOT_FOUND');

    // The Tokyo consultant registers the company and its sending offer, then links them.
    const company = await call<{ createCompany: { id: string } }>(
      'consultant',
      `mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`,
      {
        input: {
          legalName: clientName,
          corporateNumber,
          jsicMajorCode: 'E',
          prefectureCode: '13',
          size: 'SME',
          employeeCount: 85,
        },
      },
    );
    expect(company.errors).toBeUndefined();
    const companyId = company.data?.createCompany.id;
    const offer = await call<{ createSendingOffer: { id: string } }>(
      'consultant',
      `mutation ($input: CreateSendingOfferInput!) { createSendingOffer(input: $input) { id } }`,
      {
        input: {
          companyId,
          receivedOn: todayInJapan(),
          moveType: 'SECONDMENT',
          peopleCount: 2,
          reason: 'EMPLOYMENT_ADJUSTMENT',
          occupationCode: 'H',
          jobTitle: `機械組立${tag}`,
        },
      },
    );
    expect(offer.errors).toBeUndefined();
    r = await act('consultant', 'convertReferral', {
      ...v(r),
      companyId,
      sendingOfferId: offer.data?.createSendingOffer.id,
    });
    expect(r.status).toBe('CONVERTED');
    const center = await call<{ referral: Record<string, unknown> }>(
      'consultant',
      `query ($id: ID!) { referral(id: $id) { companyId sendingOfferId internalNotes { body } } }`,
      {
        id: r.id,
      },
    );
    expect(center.data?.referral).toMatchObject({
      companyId,
      sendingOfferId: offer.data?.createSendingOffer.id,
      internalNotes: [{ body: '与信情報は別途確認(内部)' }],
    });

    r = await act('consultant', 'reportReferralOutcome', {
      ...v(r),
      outcome: 'ESTABLISHED',
      outcomeOn: todayInJapan(),
      comment: '2名の在籍型出向が成立',
      // 成立 names its case or why there is none (libs/referrals referral-outcome-case.int-spec.ts).
      noCaseReason: '企業間で直接合意し、案件を経ずに成立',
    });
    expect(r).toMatchObject({ status: 'CLOSED', outcome: 'ESTABLISHED', outcomeLabel: '成立' });

    // The branch sees where it stands and how it ended, the Center anonymous, and nothing Center-only.
    const seen = await call<{ referral: SeenReferral }>(
      'partner.branch',
      `query ($id: ID!) { referral(id: $id) { ${REFERRAL} internalNotes { body } companyId } }`,
      { id: r.id },
    );
    const referral = seen.data!.referral;
    expect(referral).toMatchObject({ status: 'CLOSED', outcome: 'ESTABLISHED', outcomeOn: todayInJapan() });
    for (const at of [
      'submittedAt',
      'forwardedAt',
      'acceptedAt',
      'assignedAt',
      'convertedAt',
      'closedAt',
    ] as const) {
      expect(referral[at]).toEqual(expect.any(String));
    }
    expect(referral.history.map((h) => [h.action, h.actorName])).toEqual([
      ['CREATED', '森田 次郎'],
      ['SUBMITTED', '森田 次郎'],
      ['FORWARDED', '金子 聡'],
      ['ACCEPTED', '産業雇用安定センター'],
      ['ASSIGNED', '産業雇用安定センター'],
      ['CONVERTED', '産業雇用安定センター'],
      ['OUTCOME_REPORTED', '産業雇用安定センター'],
    ]);
    expect(referral.history.at(-1)!.reason).toBe('2名の在籍型出向が成立');
    expect(referral.internalNotes).toBeNull();
    expect(referral.companyId).toBeNull();
    // Refused in field resolvers, mapped by the module's own mapping like any query's refusal.
    expect(seen.errors?.map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual([
      ['FORBIDDEN', 'CENTER_ONLY'],
      ['FORBIDDEN', 'CENTER_ONLY'],
    ]);
    const text = JSON.stringify(seen);
    for (const staffName of ['本田 花子', '鈴木 一郎', '与信情報']) expect(text).not.toContain(staffName);

    // The branch was told of every move it did not make itself.
    const notifications = await call<{
      notifications: { edges: { node: { title: string; subjectId: string } }[] };
    }>('partner.branch', `{ notifications(first: 50) { edges { node { title subjectId } } } }`);
    const titles = notifications.data?.notifications.edges
      .map((e) => e.node)
      .filter((n) => n.subjectId === r.id)
      .map((n) => n.title);
    expect(titles).toHaveLength(5);
    expect(titles).toContain(`紹介「${clientName}」: 完了`);

    // The head office lists it among its institution's referrals; an executive may not list referrals at all.
    const list = await call<{ referrals: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'partner.hq',
      `query ($f: ReferralFilter) { referrals(filter: $f) { totalCount edges { node { id } } } }`,
      {
        f: { clientName: `かけはし精工${tag}` },
      },
    );
    expect(list.data?.referrals.edges.map((e) => e.node.id)).toEqual([r.id]);
    expect(errorCode(await call('executive', `{ referrals { totalCount } }`))).toBe('FORBIDDEN');
  });
  it('takes a bulk upload of megabytes over HTTP and refuses one over 5 MB with one Japanese message', async () => {
    const headings =
      '企業名,法人番号(任意),産業分類(大分類),都道府県,企業規模,従業員数(任意),相談内容(過剰/不足/両方),送出人数,受入人数,職種,希望時期(任意),詳細(任意),同意取得日,同意取得者,支店名(任意)\r\n';
    const detail = '受注減少のため一時的に人員が過剰。'.repeat(60);
    const rows = Array.from(
      { length: 1_000 },
      (_, i) => `株式会社大容量${i},,E,東京都,中小企業,,人員過剰,1,,製造,,${detail},2026-11-01,担当者,\r\n`,
    );
    const query = `mutation ($file: ReferralImportFileInput!) { validateReferralImport(file: $file) { rowCount valid } }`;
    // About 3 MB of CSV, 4 MB as base64: above Express's default body limit, below the upload limit.
    const padded = Buffer.from(headings + rows.join(''), 'utf8');
    const accepted = await call<{ validateReferralImport: { rowCount: number; valid: boolean } }>(
      'partner.hq',
      query,
      {
        file: { fileName: 'referrals.csv', contentBase64: padded.toString('base64') },
      },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.validateReferralImport).toEqual({ rowCount: 1_000, valid: true });
    const tooLarge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    const refused = await call('partner.hq', query, {
      file: { fileName: 'referrals.csv', contentBase64: tooLarge.toString('base64') },
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/5\s?MB/);
  });
});
