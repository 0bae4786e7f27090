// The referrals API over HTTP: roles, the partner's view against the Center's (Center-only fields, the Center as
// seen in a history), error mapping and batched relations. A small guard takes the caller from a header and
// enforces @Roles as the application's guard does; the full API with sign-in is test/e2e/referrals.e2e-spec.ts.
import { codeOf, QueryCounter } from '@kakehashi/testing';
import { startReferralsApi, type ReferralsApi, type ReferralVersion } from './referrals-graphql-kit';
import {
  aPartner,
  centerStaff,
  officeId,
  randomCorporateNumber,
  referralInput,
  uniqueTag,
  type ReferralsKit,
  type TestPartner,
} from './referrals-kit';

const CREATE = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version status } }`;
const SUBMIT = `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { id version status possibleDuplicate } }`;
const ACCEPT = `mutation ($input: ReferralVersionInput!) { acceptReferral(input: $input) { id version status } }`;
const ASSIGN = `mutation ($input: AssignReferralInput!) { assignReferral(input: $input) { id version status } }`;
const NOTE = `mutation ($input: AddReferralNoteInput!) { addReferralNote(input: $input) { id body authorName } }`;

interface ReferralView {
  referral: {
    history: { action: string; actorName: string; byCenter: boolean }[];
    internalNotes: { body: string; authorName: string }[] | null;
  };
}
interface ReferralChanges {
  referralChanges: {
    since: string | null;
    asOf: string;
    changes: { referral: { id: string }; event: { action: string; actorName: string } }[];
  };
}
interface ReferralPage {
  referrals: { totalCount: number; edges: { node: { id: string } }[] };
}

describe('referrals GraphQL API', () => {
  let api: ReferralsApi;
  let gql: ReferralsApi['gql'];
  let kit: ReferralsKit;
  let staff: Awaited<ReturnType<typeof centerStaff>>;
  const counter = new QueryCounter();

  beforeAll(async () => {
    api = await startReferralsApi({ logger: counter });
    gql = api.gql;
    kit = api.kit;
    staff = await centerStaff(kit.dataSource);
  });
  afterAll(async () => {
    await api?.close();
  });

  /** A referral of `partner`'s first branch, submitted (auto-forwarded), accepted, assigned to Tokyo, with a note. */
  async function workedReferral(
    partner: TestPartner,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    const input = { ...referralInput(), ...overrides };
    const created = await gql<{ createReferral: ReferralVersion }>(partner.branchUsers[0], CREATE, { input });
    expect(created.errors).toBeUndefined();
    let r = created.data!.createReferral;
    r = (
      await gql<{ submitReferral: ReferralVersion }>(partner.branchUsers[0], SUBMIT, {
        input: { id: r.id, expectedVersion: r.version },
      })
    ).data!.submitReferral;
    r = (
      await gql<{ acceptReferral: ReferralVersion }>(staff.coordinator, ACCEPT, {
        input: { id: r.id, expectedVersion: r.version },
      })
    ).data!.acceptReferral;
    const assigned = await gql<{ assignReferral: ReferralVersion }>(staff.coordinator, ASSIGN, {
      input: { id: r.id, expectedVersion: r.version, officeId: await officeId(kit.dataSource, '13') },
    });
    expect(assigned.data?.assignReferral.status).toBe('ASSIGNED');
    const note = await gql<{ addReferralNote: { body: string; authorName: string } }>(staff.tokyo, NOTE, {
      input: { referralId: r.id, body: '与信面の懸念あり(内部)' },
    });
    expect(note.data?.addReferralNote).toMatchObject({
      body: '与信面の懸念あり(内部)',
      authorName: staff.tokyo.name,
    });
    return r.id;
  }

  const VIEW = `query ($id: ID!) { referral(id: $id) {
    id status statusLabel possibleDuplicate institutionName branchName createdByName
    assignedOffice { code nameJa }
    history { action actionLabel fromStatus toStatus actorName byCenter reason }
    internalNotes { body authorName }
    duplicates { matchedBy duplicateReferralId }
    companyId
  } }`;

  it('shows the partner status, dates and history with the Center anonymous, and refuses it the Center-only fields', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const id = await workedReferral(partner);

    const partnerView = await gql<ReferralView>(partner.branchUsers[0], VIEW, { id });
    const referral = partnerView.data!.referral;
    expect(referral).toMatchObject({
      status: 'ASSIGNED',
      statusLabel: '担当事務所決定',
      institutionName: partner.name,
      branchName: '新宿支店',
      createdByName: partner.branchUsers[0].name,
      assignedOffice: { code: '13' },
      internalNotes: null,
      duplicates: null,
      companyId: null,
    });
    expect(referral.history.map((h) => [h.action, h.actorName, h.byCenter])).toEqual([
      ['CREATED', partner.branchUsers[0].name, false],
      ['SUBMITTED', partner.branchUsers[0].name, false],
      ['AUTO_FORWARDED', 'システム(自動処理)', false],
      ['ACCEPTED', '産業雇用安定センター', true],
      ['ASSIGNED', '産業雇用安定センター', true],
    ]);
    const forbidden = (partnerView.errors ?? []).map((e) => [e.path?.at(-1), e.extensions['code']]);
    expect(forbidden.sort()).toEqual(
      [
        ['companyId', 'FORBIDDEN'],
        ['duplicates', 'FORBIDDEN'],
        ['internalNotes', 'FORBIDDEN'],
      ].sort(),
    );
    const text = JSON.stringify(partnerView);
    expect(text).not.toContain('与信面の懸念');
    expect(text).not.toContain(staff.coordinator.name);

    // The Center sees its notes and its staff.
    const centerView = await gql<ReferralView>(staff.coordinator, VIEW, { id });
    expect(centerView.errors).toBeUndefined();
    expect(centerView.data?.referral.internalNotes).toEqual([
      { body: '与信面の懸念あり(内部)', authorName: staff.tokyo.name },
    ]);
    expect(centerView.data?.referral.history[3].actorName).toBe(staff.coordinator.name);
  });

  it('tells a partner what changed since its last visit, with the Center anonymous, and moves the marker on', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const id = await workedReferral(partner);
    const CHANGES = `{ referralChanges(first: 10) { since asOf totalCount
      changes { referral { id clientName statusLabel } event { action actorName byCenter toStatusLabel } } } }`;
    const first = await gql<ReferralChanges>(partner.branchUsers[0], CHANGES);
    expect(first.errors).toBeUndefined();
    const changes = first.data!.referralChanges;
    expect(changes.since).toBeNull();
    expect(changes.changes.map((c) => [c.referral.id, c.event.action, c.event.actorName])).toEqual([
      [id, 'ASSIGNED', '産業雇用安定センター'],
      [id, 'ACCEPTED', '産業雇用安定センター'],
      [id, 'AUTO_FORWARDED', 'システム(自動処理)'],
    ]);
    expect(JSON.stringify(first)).not.toContain(staff.coordinator.name);

    const marked = await gql<{ markReferralChangesSeen: string }>(
      partner.branchUsers[0],
      `mutation ($seenAt: DateTime!) { markReferralChangesSeen(seenAt: $seenAt) }`,
      { seenAt: changes.asOf },
    );
    expect(marked.data?.markReferralChangesSeen).toBe(changes.asOf);
    const again = await gql<ReferralChanges>(partner.branchUsers[0], CHANGES);
    expect(again.data?.referralChanges).toMatchObject({
      since: changes.asOf,
      totalCount: 0,
      changes: [],
    });

    const counts = await gql<{
      referralStatusCounts: { status: string; statusLabel: string; count: number }[];
    }>(partner.branchUsers[0], `{ referralStatusCounts { status statusLabel count } }`);
    expect(counts.data?.referralStatusCounts).toContainEqual({
      status: 'ASSIGNED',
      statusLabel: '担当事務所決定',
      count: 1,
    });
    // The corporate-number check is the referral form's, for partners only; its input is bounded.
    const CHECK = `query ($n: String!) { checkCorporateNumber(corporateNumber: $n) { valid message } }`;
    expect(codeOf(await gql(staff.tokyo, CHECK, { n: '1234567890123' }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(partner.hq, CHECK, { n: '1'.repeat(41) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(partner.hq, `{ referralChanges(first: 101) { totalCount } }`))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('maps refusals: roles FORBIDDEN, input BAD_USER_INPUT with fields, stale CONFLICT, order FAILED_PRECONDITION, hidden NOT_FOUND', async () => {
    const partner = await aPartner(kit.dataSource);
    const other = await aPartner(kit.dataSource);
    expect(codeOf(await gql(staff.executive, `{ referrals { totalCount } }`))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(partner.branchUsers[0], ACCEPT, {
          input: { id: partner.institutionId, expectedVersion: 1 },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await gql(staff.coordinator, CREATE, { input: referralInput() }))).toBe('FORBIDDEN');

    const bad = await gql(partner.branchUsers[0], CREATE, {
      input: { ...referralInput(), clientCorporateNumber: '1234567890123', occupations: ' ' },
    });
    expect(bad.errors?.[0]).toMatchObject({
      message: '入力内容に誤りがあります。',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' },
    });
    expect(bad.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual([
      'input.clientCorporateNumber',
      'input.occupations',
    ]);

    const created = (
      await gql<{ createReferral: ReferralVersion }>(partner.branchUsers[0], CREATE, {
        input: referralInput(),
      })
    ).data!.createReferral;
    const update = `mutation ($input: UpdateReferralInput!) { updateReferral(input: $input) { version occupations } }`;
    expect(
      (
        await gql<{ updateReferral: { version: number; occupations: string } }>(
          partner.branchUsers[0],
          update,
          {
            input: { id: created.id, expectedVersion: 1, occupations: '溶接' },
          },
        )
      ).data?.updateReferral,
    ).toEqual({ version: 2, occupations: '溶接' });
    const stale = await gql(partner.hq, update, {
      input: { id: created.id, expectedVersion: 1, occupations: '塗装' },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 2,
    });

    const early = await gql(
      partner.hq,
      `mutation ($input: ReferralVersionInput!) { forwardReferral(input: $input) { id } }`,
      {
        input: { id: created.id, expectedVersion: 2 },
      },
    );
    expect(early.errors?.[0]).toMatchObject({
      message: 'この紹介は現在「下書き」のため、センターへの送付はできません。',
      extensions: { code: 'FAILED_PRECONDITION', reason: 'INVALID_TRANSITION', currentStatus: 'DRAFT' },
    });

    for (const user of [
      other.hq,
      other.branchUsers[0],
      partner.branchUsers[1],
      staff.coordinator,
      staff.tokyo,
    ]) {
      const hidden = await gql(user, `query ($id: ID!) { referral(id: $id) { id } }`, { id: created.id });
      expect(hidden.errors?.[0]).toMatchObject({
        message: '指定された紹介が見つかりません。',
        extensions: { code: 'NOT_FOUND' },
      });
    }
    const list = await gql<ReferralPage>(
      other.hq,
      `query ($f: ReferralFilter) { referrals(filter: $f) { totalCount edges { node { id } } } }`,
      {
        f: { institutionId: partner.institutionId },
      },
    );
    expect(list.data?.referrals).toEqual({ totalCount: 0, edges: [] });
  });

  it('loads a page of referrals with their relations in one query per relation', async () => {
    const partner = await aPartner(kit.dataSource, { hasHqStep: false });
    const tag = uniqueTag();
    for (let i = 0; i < 3; i++) {
      await workedReferral(partner, {
        clientName: `株式会社一覧${tag}${i}`,
        clientCorporateNumber: randomCorporateNumber(),
      });
    }
    const page = (first: number) =>
      gql<ReferralPage>(
        staff.coordinator,
        `query ($f: ReferralFilter, $first: Int) { referrals(first: $first, filter: $f) { totalCount
           edges { cursor node { id institutionName branchName createdByName assignedOffice { nameJa }
             history { actorName } internalNotes { authorName } duplicates { matchedBy } } } } }`,
        { f: { clientName: `一覧${tag}`, statuses: ['ASSIGNED'] }, first },
      );
    counter.reset();
    const one = await page(1);
    const statementsForOne = counter.queries.length;
    counter.reset();
    const { data, errors } = await page(10);
    expect(one.errors).toBeUndefined();
    expect(errors).toBeUndefined();
    expect(data?.referrals.totalCount).toBe(3);
    expect(data?.referrals.edges).toHaveLength(3);
    expect(counter.selectsFrom('referral_events')).toBe(1);
    expect(counter.selectsFrom('referral_notes')).toBe(1);
    expect(counter.selectsFrom('referral_duplicates')).toBe(1);
    // Offices are read once per process (they never change), so a page reads them at most once.
    expect(counter.selectsFrom('offices')).toBeLessThanOrEqual(1);
    expect(counter.queries.filter((q) => q.includes('"partner_institutions"')).length).toBe(1);
    // Names are loaded once per level (creators; then history actors and note authors), not once per referral.
    expect(counter.selectsFrom('users')).toBeLessThanOrEqual(3);
    expect(counter.queries.length).toBe(statementsForOne);
  });
});
