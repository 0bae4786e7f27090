// The demo partners a first-time visitor finds when they sign in as a partner (M銀行: partner.hq@, partner.branch@;
// K信用金庫: partner2.hq@, partner2.branch@) or as Center headquarters (hq@): referrals of both institutions in every
// status, one flagged as a possible duplicate of the other's, the converted ones with their outcome, a bulk upload
// refused for its bad rows, and a finished national assignment run with proposals; loaded as `npm start` loads them,
// read over GraphQL as the web app reads them, and loading them again adds nothing.
import { withDataSource } from '@kakehashi/database';
import { DEMO_PASSWORD, seedDemo } from '@kakehashi/platform';
import type { DataSource } from 'typeorm';
import { graphql, login } from '../support/graphql-client';
import { startIsolatedTestApi, type IsolatedApi } from '../support/test-api';

type Connection<Node> = { edges: { node: Node }[] };
/** The fields of REFERRAL_FIELDS below. */
interface Referral {
  id: string;
  institutionId: string;
  institutionName: string;
  branchName: string | null;
  status: string;
  statusLabel: string;
  clientName: string;
  clientCorporateNumber: string | null;
  possibleDuplicate: boolean;
  returnReason: string | null;
  outcome: string | null;
  outcomeLabel: string | null;
  outcomeOn: string | null;
  assignedOffice: { code: string } | null;
  history: { action: string; toStatus: string; reason: string | null; occurredAt: string }[];
}
interface Notice {
  kind: string;
  title: string;
  body: string;
  read: boolean;
  subjectType: string | null;
}

const ACCOUNTS = {
  mHq: 'partner.hq@kakehashi.example',
  mBranch: 'partner.branch@kakehashi.example',
  kHq: 'partner2.hq@kakehashi.example',
  kBranch: 'partner2.branch@kakehashi.example',
  hq: 'hq@kakehashi.example',
  consultant: 'consultant@kakehashi.example',
} as const;
type Account = keyof typeof ACCOUNTS;

const EVERY_STATUS = [
  'DRAFT',
  'SUBMITTED',
  'FORWARDED',
  'ACCEPTED',
  'RETURNED',
  'ASSIGNED',
  'CONVERTED',
  'CLOSED',
] as const;

const REFERRAL_FIELDS = `id institutionId institutionName branchName status statusLabel clientName
  clientCorporateNumber possibleDuplicate returnReason outcome outcomeLabel outcomeOn
  assignedOffice { code } history { action toStatus reason occurredAt }`;

describe('the demo partners’ referrals a first-time visitor finds', () => {
  let api: IsolatedApi;
  const tokens = {} as Record<Account, string>;

  beforeAll(async () => {
    api = await startIsolatedTestApi();
    for (const [account, email] of Object.entries(ACCOUNTS)) {
      tokens[account as Account] = await login(api.url, email, DEMO_PASSWORD);
    }
  }, 120_000);
  afterAll(() => api?.stop());

  const ok = async <T>(who: Account, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await graphql<T>(api.url, query, variables, tokens[who]);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };

  const referralsOf = async (who: Account, filter: Record<string, unknown> = {}): Promise<Referral[]> =>
    (
      await ok<{ referrals: Connection<Referral> }>(
        who,
        `query ($filter: ReferralFilter) { referrals(first: 40, filter: $filter) {
           edges { node { ${REFERRAL_FIELDS} } } } }`,
        { filter },
      )
    ).referrals.edges.map((e) => e.node);

  it.each([
    ['mHq', 'M銀行'],
    ['kHq', 'K信用金庫'],
  ] as const)(
    'shows %s a referral of its institution in every status, with its history',
    async (who, name) => {
      const referrals = await referralsOf(who);
      expect(new Set(referrals.map((r) => r.institutionName))).toEqual(new Set([name]));
      for (const status of EVERY_STATUS) {
        expect({ status, found: referrals.some((r) => r.status === status) }).toEqual({
          status,
          found: true,
        });
      }
      for (const r of referrals) {
        // Created first, then every step in order, the last one leading to where it stands.
        expect(r.history[0]).toMatchObject({ action: 'CREATED', toStatus: 'DRAFT' });
        expect(r.history.at(-1)!.toStatus).toBe(r.status);
        const moments = r.history.map((e) => e.occurredAt);
        expect(moments).toEqual([...moments].sort());
      }
      const returned = referrals.find((r) => r.status === 'RETURNED')!;
      expect(returned.returnReason).toEqual(expect.stringContaining('もう一度提出してください'));
      const closed = referrals.find((r) => r.status === 'CLOSED')!;
      expect(closed).toMatchObject({ outcome: 'ESTABLISHED', outcomeLabel: '成立' });
      expect(closed.history.at(-1)!.reason).toMatch(/案件番号 \d+/);
    },
  );

  it('shows a branch officer only its branch’s referrals, and K信用金庫 none of M銀行’s', async () => {
    const mAll = await referralsOf('mHq');
    const mBranch = await referralsOf('mBranch');
    expect(mBranch.length).toBeGreaterThan(0);
    expect(mBranch.length).toBeLessThan(mAll.length);
    for (const r of mBranch) {
      expect(r.branchName).toBe('新宿支店');
      // The history's rows carry the referral's branch, or the branch's own policy would hide them.
      expect(r.history.map((e) => e.toStatus).slice(0, 1)).toEqual(['DRAFT']);
      expect(r.history.at(-1)!.toStatus).toBe(r.status);
    }

    const mIds = new Set(mAll.map((r) => r.id));
    for (const who of ['kHq', 'kBranch'] as const) {
      const theirs = await referralsOf(who);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.filter((r) => mIds.has(r.id))).toEqual([]);
      // Even asked by id, M銀行's referrals do not exist for K信用金庫.
      const asked = await graphql<{ referral: { id: string } | null }>(
        api.url,
        `
          query ($id: ID!) {
            referral(id: $id) {
              id
            }
          }
        `,
        { id: mAll[0].id },
        tokens[who],
      );
      expect(asked.data?.referral ?? null).toBeNull();
    }
  });

  it('flags K信用金庫’s forwarded referral as a possible duplicate of M銀行’s, which headquarters sees', async () => {
    const flagged = await referralsOf('hq', { possibleDuplicate: true });
    expect(flagged).toHaveLength(1);
    const [duplicate] = flagged;
    expect(duplicate).toMatchObject({ institutionName: 'K信用金庫', status: 'FORWARDED' });
    const { referral } = await ok<{
      referral: { duplicates: { matchedBy: string; duplicateReferralId: string }[] };
    }>('hq', `query ($id: ID!) { referral(id: $id) { duplicates { matchedBy duplicateReferralId } } }`, {
      id: duplicate.id,
    });
    const [original] = referral.duplicates;
    expect(original.matchedBy).toBe('CORPORATE_NUMBER');
    const { referral: other } = await ok<{ referral: Referral }>(
      'hq',
      `query ($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`,
      {
        id: original.duplicateReferralId,
      },
    );
    expect(other).toMatchObject({
      institutionName: 'M銀行',
      clientCorporateNumber: duplicate.clientCorporateNumber,
      possibleDuplicate: false,
    });
    // The partner sees the flag, never what it duplicates.
    const [seen] = (await referralsOf('kHq')).filter((r) => r.id === duplicate.id);
    expect(seen.possibleDuplicate).toBe(true);
  });

  it('has the converted referrals linked to the Tokyo office’s offers, which the consultant sees', async () => {
    const referrals = await referralsOf('consultant', { statuses: ['CONVERTED', 'CLOSED'] });
    expect(new Set(referrals.map((r) => r.institutionName))).toEqual(new Set(['M銀行', 'K信用金庫']));
    for (const r of referrals) {
      expect(r.assignedOffice!.code).toBe('13');
      const { referral } = await ok<{ referral: { sendingOfferId: string } }>(
        'consultant',
        `query ($id: ID!) { referral(id: $id) { sendingOfferId } }`,
        {
          id: r.id,
        },
      );
      const { sendingOffer } = await ok<{ sendingOffer: { company: { legalName: string } } }>(
        'consultant',
        `query ($id: ID!) { sendingOffer(id: $id) { company { legalName } } }`,
        { id: referral.sendingOfferId },
      );
      expect(sendingOffer.company.legalName).toBe(r.clientName);
    }
  });

  it('tells each side of the moves that concern it: the partner of the return, headquarters of the duplicate', async () => {
    const notices = async (who: Account) =>
      (
        await ok<{ notifications: Connection<Notice> }>(
          who,
          `{ notifications(first: 100) { edges { node { kind title body read subjectType } } } }`,
        )
      ).notifications.edges
        .map((e) => e.node)
        .filter((n) => n.subjectType === 'REFERRAL');
    const branch = await notices('mBranch');
    // The return three days ago is still unread; the moves of months ago were read long since.
    expect(branch).toContainEqual(
      expect.objectContaining({
        kind: 'REFERRAL_STATUS_CHANGED',
        title: '紹介「有限会社落合印刷」: 差戻し',
        body: expect.stringContaining('もう一度提出してください'),
        read: false,
      }),
    );
    expect(branch.filter((n) => n.read).length).toBeGreaterThan(0);
    // Center staff are never named to the partner.
    for (const n of branch) expect(`${n.title}${n.body}`).not.toContain('本田');
    const hq = await notices('hq');
    expect(hq.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['REFERRAL_FORWARDED', 'REFERRAL_POSSIBLE_DUPLICATE']),
    );
    expect(hq).toContainEqual(
      expect.objectContaining({
        kind: 'REFERRAL_POSSIBLE_DUPLICATE',
        title: '重複の可能性: 株式会社 大田精工',
      }),
    );
    const consultant = await notices('consultant');
    expect(consultant.map((n) => n.kind)).toContain('REFERRAL_ASSIGNED');
    // K信用金庫 hears nothing of M銀行's referrals.
    for (const n of await notices('kHq')) expect(`${n.title}${n.body}`).not.toContain('落合印刷');
  });

  it('shows M銀行’s head office a bulk upload refused for its bad rows, each named, with nothing imported', async () => {
    const { referralImports } = await ok<{
      referralImports: Connection<{
        id: string;
        fileName: string;
        status: string;
        importedCount: number;
        rowCount: number;
        failureMessage: string | null;
      }>;
    }>(
      'mHq',
      `{ referralImports(first: 20) { edges { node { id fileName status importedCount rowCount failureMessage } } } }`,
    );
    const failed = referralImports.edges.map((e) => e.node).filter((i) => i.status === 'FAILED');
    expect(failed).toHaveLength(1);
    const [upload] = failed;
    expect(upload).toMatchObject({ fileName: '紹介一括登録_城南エリア.csv', importedCount: 0, rowCount: 6 });
    // The job's own reason: how many mistakes, the first ones by Excel row number and column, nothing registered.
    expect(upload.failureMessage).toContain('紹介は1件も登録されていません');
    expect(upload.failureMessage).toMatch(/誤りが見つかった/);
    expect(upload.failureMessage).toMatch(/3行目 法人番号/);
    expect(upload.failureMessage).toMatch(/4行目 都道府県/);
    const { notifications } = await ok<{
      notifications: Connection<{ kind: string; subjectId: string | null }>;
    }>('mHq', `{ notifications(first: 50) { edges { node { kind subjectId } } } }`);
    expect(notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'REFERRAL_IMPORT_FAILED',
      subjectId: upload.id,
    });
    // The other bank's head office does not see it.
    const theirs = await graphql<{ referralImport: { id: string } | null }>(
      api.url,
      `
        query ($id: ID!) {
          referralImport(id: $id) {
            id
          }
        }
      `,
      { id: upload.id },
      tokens.kHq,
    );
    expect(theirs.data?.referralImport ?? null).toBeNull();
  });

  it('shows headquarters a finished national assignment run with its report and proposals', async () => {
    const { assignmentRuns } = await ok<{
      assignmentRuns: Connection<{
        id: string;
        scope: string;
        status: string;
        phase: string;
        progress: number;
        trigger: string;
        peopleOffered: number;
        peopleAssigned: number;
        totalScore: number;
        upperBound: number;
        optimalityGap: number;
        finishedAt: string | null;
      }>;
    }>(
      'hq',
      `{ assignmentRuns(first: 20) { edges { node { id scope status phase progress trigger
          peopleOffered peopleAssigned totalScore upperBound optimalityGap finishedAt } } } }`,
    );
    const national = assignmentRuns.edges
      .map((e) => e.node)
      .filter((r) => r.scope === 'COUNTRY' && r.status === 'COMPLETED');
    expect(national).toHaveLength(1);
    const [run] = national;
    expect(run).toMatchObject({ phase: 'DONE', progress: 100, trigger: 'MANUAL' });
    expect(run.peopleAssigned).toBeGreaterThan(0);
    expect(run.peopleAssigned).toBeLessThanOrEqual(run.peopleOffered);
    expect(run.totalScore).toBeLessThanOrEqual(run.upperBound);
    expect(run.optimalityGap).toBeGreaterThanOrEqual(0);

    const { assignmentRun } = await ok<{
      assignmentRun: {
        proposals: {
          totalCount: number;
          edges: {
            node: {
              people: number;
              score: number;
              sendingOffer: { jobTitle: string };
              receivingOffer: { jobTitle: string };
            };
          }[];
        };
      };
    }>(
      'hq',
      `query ($id: ID!) { assignmentRun(id: $id) { proposals(first: 50) { totalCount
          edges { node { people score sendingOffer { jobTitle } receivingOffer { jobTitle } } } } } }`,
      { id: run.id },
    );
    const proposals = assignmentRun.proposals.edges.map((e) => e.node);
    expect(proposals.length).toBeGreaterThan(0);
    expect(assignmentRun.proposals.totalCount).toBe(proposals.length);
    expect(proposals.reduce((sum: number, p) => sum + p.people, 0)).toBe(run.peopleAssigned);
    for (const p of proposals) {
      expect(p.sendingOffer.jobTitle).toEqual(expect.any(String));
      expect(p.receivingOffer.jobTitle).toEqual(expect.any(String));
      expect(p.score).toBeGreaterThan(0);
    }
    // Partners have no part in it.
    const partner = await graphql<{ assignmentRuns: { totalCount: number } }>(
      api.url,
      `
        {
          assignmentRuns(first: 1) {
            totalCount
          }
        }
      `,
      {},
      tokens.mHq,
    );
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds and changes nothing when loaded again, on the next start or days later', async () => {
    await withDataSource(api.ownerUrl, async (ds) => {
      const before = await snapshot(ds);
      const inserted = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n !== 0);
      expect(inserted(await seedDemo(ds))).toEqual([]);
      expect(await snapshot(ds)).toEqual(before);
      const threeDaysLater = new Date(Date.now() + 3 * 24 * 3600 * 1000);
      expect(inserted(await seedDemo(ds, threeDaysLater))).toEqual([]);
      expect(await snapshot(ds)).toEqual(before);
    });
  });
});

/** Every row of the tables the demo partners' data writes, as text: equal snapshots mean nothing changed. */
async function snapshot(ds: DataSource): Promise<Record<string, string>> {
  const tables = [
    'partner_institutions',
    'partner_branches',
    'users',
    'referrals',
    'referral_events',
    'referral_duplicates',
    'referral_imports',
    'assignment_runs',
    'assignment_proposals',
    'notifications',
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row]: { n: number; digest: string | null }[] = await ds.query(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
    );
    result[table] = `${row.n}:${row.digest}`;
  }
  return result;
}
