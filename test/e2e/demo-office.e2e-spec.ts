// The demo office a first-time visitor finds when they sign in as consultant@kakehashi.example (東京事務所): the
// demo data loaded into a database of its own as `npm start` loads it, read over GraphQL as the web app will. Cases in
// every stage of both paths, one stuck in STEP2, a follow-up due today and one overdue, notifications, decisions on
// suggestions, strong and poor matches, offers received in the last days, the Career Talent Bank's registrants with
// their matches, outcomes and access log; the executive's living statistics; and loading it again adds nothing.
import { addDays, todayInJapan } from '@kakehashi/calendar';
import { CASE_FLOWS, CaseStage, isEstablishedStage } from '@kakehashi/cases';
import { withDataSource } from '@kakehashi/database';
import { MoveType } from '@kakehashi/offers';
import { DEMO_PASSWORD, seedDemo } from '@kakehashi/platform';
import { fiscalYearOf } from '@kakehashi/talent-bank';
import type { DataSource } from 'typeorm';
import { graphql, login } from '../support/graphql-client';
import { startIsolatedTestApi, type IsolatedApi } from '../support/test-api';

type Connection<Node> = { edges: { node: Node }[] };
interface CaseSummary {
  id: string;
  number: number;
  stage: string;
  daysInStage: number;
  peoplePlanned: number;
  sendingCompany: { legalName: string };
  receivingCompany: { legalName: string };
  sendingConsultant: { email: string } | null;
  receivingConsultant: { email: string } | null;
}
interface MonthFigures {
  yearMonth: string;
  source: string;
  receiving: number;
  sending: number;
  establishedSecondment: number;
  establishedTransfer: number;
}

const DEMO_CONSULTANT = 'consultant@kakehashi.example';
/** 株式会社城南精密製作所 (demo/companies.csv), whose machinists the demo office is placing. */
const JONAN_SEIMITSU = '3991301105617';

describe('the demo office (東京事務所) a first-time visitor finds', () => {
  let api: IsolatedApi;
  let token: string;
  const today = todayInJapan();

  beforeAll(async () => {
    api = await startIsolatedTestApi();
    token = await login(api.url, DEMO_CONSULTANT, DEMO_PASSWORD);
  }, 120_000);
  afterAll(() => api?.stop());

  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await graphql<T>(api.url, query, variables, token);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };

  const board = async (filter: Record<string, unknown>) =>
    (
      await ok<{ caseBoard: { columns: { stage: CaseStage; count: number; cases: CaseSummary[] }[] } }>(
        `query ($filter: CaseBoardFilter) {
           caseBoard(filter: $filter, perStage: 50) {
             columns { stage count cases { id number stage daysInStage peoplePlanned
               sendingCompany { legalName } receivingCompany { legalName }
               sendingConsultant { email } receivingConsultant { email } } }
           }
         }`,
        { filter },
      )
    ).caseBoard.columns;

  it.each([MoveType.SECONDMENT, MoveType.TRANSFER])(
    'has a %s case in every stage of the path, each between two named companies with people and the consultant',
    async (moveType) => {
      const columns = await board({ moveType, includeClosed: true });
      for (const stage of CASE_FLOWS[moveType]) {
        const cases = columns.find((column) => column.stage === stage)?.cases ?? [];
        expect({ stage, cases: cases.length > 0 }).toEqual({ stage, cases: true });
        for (const summary of cases) {
          expect(summary.sendingCompany.legalName).not.toBe('');
          expect(summary.receivingCompany.legalName).not.toBe('');
          expect(summary.peoplePlanned).toBeGreaterThanOrEqual(1);
          expect([summary.sendingConsultant?.email, summary.receivingConsultant?.email]).toContain(
            DEMO_CONSULTANT,
          );
        }
      }
    },
  );

  it('has one case stuck in STEP2 for more than 30 days', async () => {
    const columns = await board({ stuckForMoreThanDays: 30 });
    const stuck = columns.flatMap((column) => column.cases);
    expect(stuck.map((c) => c.stage)).toContain(CaseStage.INTER_COMPANY_MEETING);
    for (const summary of stuck) expect(summary.daysInStage).toBeGreaterThan(30);
  });

  it('shows every case not yet established its current stage part done, part missing', async () => {
    const columns = await board({});
    const inProgress = columns
      .flatMap((column) => column.cases)
      .filter((c) => c.stage !== CaseStage.INFORMATION_COLLECTION && !isEstablished(c.stage as CaseStage));
    expect(inProgress.length).toBeGreaterThanOrEqual(6);
    for (const summary of inProgress) {
      const { case: detail } = await ok<{
        case: {
          number: number;
          stage: string;
          stages: { stage: string; checklist: { key: string; done: boolean }[] }[];
        };
      }>(`query ($id: ID!) { case(id: $id) { number stage stages { stage checklist { key done } } } }`, {
        id: summary.id,
      });
      const current = detail.stages.find((s) => s.stage === detail.stage)!.checklist;
      const mix = { done: current.some((i) => i.done), missing: current.some((i) => !i.done) };
      expect({ number: detail.number, stage: detail.stage, ...mix }).toEqual({
        number: detail.number,
        stage: detail.stage,
        done: true,
        missing: true,
      });
    }
  });

  it('has a follow-up of an established case due today and one overdue', async () => {
    const tasks = async (filter: string) =>
      (
        await ok<{ myTasks: Connection<{ kind: string; dueOn: string; stage: string; status: string }> }>(
          `{ myTasks(filter: ${filter}, first: 100) { edges { node { kind dueOn stage status } } } }`,
        )
      ).myTasks.edges.map((e) => e.node);
    const due = await tasks('DUE');
    expect(due).toContainEqual(
      expect.objectContaining({ kind: 'FOLLOW_UP', dueOn: today, stage: CaseStage.FOLLOW_UP }),
    );
    const overdue = (await tasks('OVERDUE')).filter((t) => t.kind === 'FOLLOW_UP');
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    for (const task of overdue) {
      expect(task.dueOn < today).toBe(true);
      expect(isEstablished(task.stage as CaseStage)).toBe(true);
    }
  });

  it('has unread notifications of the consultant’s cases, and a few read ones', async () => {
    const data = await ok<{
      unreadNotificationCount: number;
      notifications: Connection<{ kind: string; title: string; read: boolean; subjectType: string | null }>;
    }>(
      `{ unreadNotificationCount notifications(first: 100) { edges { node { kind title read subjectType } } } }`,
    );
    // The consultant's cases' notifications (the office also hears of the partners' referrals assigned to it).
    const notifications = data.notifications.edges.map((e) => e.node).filter((n) => n.subjectType === 'CASE');
    expect(data.unreadNotificationCount).toBeGreaterThanOrEqual(2);
    expect(notifications.filter((n) => !n.read).length).toBeGreaterThanOrEqual(2);
    expect(notifications.filter((n) => n.read).length).toBeGreaterThanOrEqual(3);
    expect(notifications.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['CASE_FOLLOW_UP_DUE', 'CASE_END_DATE_PASSED']),
    );
    for (const n of notifications) expect(n.title).toEqual(expect.any(String));
  });

  it('has suggestions dismissed with a reason and taken up, a case opened from one', async () => {
    interface Decision {
      id: string;
      reasonCode: string | null;
      reasonLabel: string | null;
      reason: string | null;
      people: number;
      explanation: { score: number };
    }
    const decisions = async (decision: string) =>
      (
        await ok<{
          matchDecisions: Connection<Decision>;
        }>(`{ matchDecisions(filter: { decision: ${decision} }, first: 100) {
          edges { node { id reasonCode reasonLabel reason people explanation { score } } } } }`)
      ).matchDecisions.edges.map((e) => e.node);
    const dismissed = await decisions('DISMISSED');
    expect(dismissed.length).toBeGreaterThanOrEqual(3);
    for (const d of dismissed) expect(d.reasonLabel).toEqual(expect.any(String));
    expect(dismissed.some((d) => d.reason)).toBe(true);
    const takenUp = await decisions('TAKEN_UP');
    expect(takenUp.length).toBeGreaterThanOrEqual(2);
    for (const d of takenUp) expect(d.people).toBeGreaterThanOrEqual(1);
    // As a consultant decides: the strong suggestions taken up, the weaker ones dismissed.
    const scores = (list: Decision[]) => list.map((d) => d.explanation.score);
    expect(Math.min(...scores(takenUp))).toBeGreaterThan(Math.max(...scores(dismissed)));

    const [step1] = (await board({ stages: [CaseStage.INFORMATION_COLLECTION] })).map((c) => c.cases);
    const fromDecisions = await Promise.all(
      step1.map(
        async (c) =>
          (
            await ok<{ case: { matchDecisionId: string | null } }>(
              `{ case(id: "${c.id}") { matchDecisionId } }`,
            )
          ).case.matchDecisionId,
      ),
    );
    expect(takenUp.map((d) => d.id)).toEqual(expect.arrayContaining(fromDecisions.filter(Boolean)));
    expect(fromDecisions.filter(Boolean).length).toBeGreaterThanOrEqual(1);
  });

  it('ranks the counterparts of a demo sending offer from a strong match down to poor ones', async () => {
    const company = (
      await ok<{ companies: Connection<{ id: string }> }>(
        `{ companies(filter: { corporateNumber: "${JONAN_SEIMITSU}" }) { edges { node { id } } } }`,
      )
    ).companies.edges[0].node.id;
    const offers = (
      await ok<{ sendingOffers: Connection<{ id: string; jobTitle: string }> }>(
        `query ($id: ID) { sendingOffers(filter: { companyId: $id }) { edges { node { id jobTitle } } } }`,
        {
          id: company,
        },
      )
    ).sendingOffers.edges.map((e) => e.node);
    const machinists = offers.find((o) => o.jobTitle === 'NC旋盤・マシニングセンタ技能者')!;
    const ranked = (
      await ok<{ matchesForSendingOffer: { items: { score: number }[] } }>(
        `query ($id: ID!) { matchesForSendingOffer(id: $id, first: 30) { items { score } } }`,
        {
          id: machinists.id,
        },
      )
    ).matchesForSendingOffer.items.map((i) => i.score);
    expect(Math.max(...ranked)).toBeGreaterThanOrEqual(0.9);
    expect(Math.min(...ranked)).toBeLessThan(0.5);
  });

  it('has sending and receiving offers received in the last two days, for the home page', async () => {
    const { office } = await ok<{ office: { id: string } }>(`{ office(code: "13") { id } }`);
    for (const list of ['sendingOffers', 'receivingOffers']) {
      const data = await ok<Record<string, { totalCount: number }>>(
        `query ($filter: OfferFilterInput) { ${list}(filter: $filter) { totalCount } }`,
        {
          filter: { owningOfficeId: office.id, receivedFrom: addDays(today, -2), status: 'OPEN' },
        },
      );
      expect({ list, recent: data[list].totalCount > 0 }).toEqual({ list, recent: true });
    }
  });

  it('has talent bank registrants in every status, openings matched with reasons, outcomes and an access log', async () => {
    const { talentBankRegistrants } = await ok<{
      talentBankRegistrants: Connection<{ id: string; name: string; status: string; phone: string | null }>;
    }>(`{ talentBankRegistrants(first: 20) { edges { node { id name status phone } } } }`);
    const nodes: { id: string; name: string; status: string; phone: string | null }[] =
      talentBankRegistrants.edges.map((edge) => edge.node);
    const statuses = new Set(nodes.map((node) => node.status));
    expect([...statuses].sort()).toEqual(['ACTIVE', 'EXPIRED', 'RE_EMPLOYED', 'WITHDRAWN']);
    expect(nodes.every((node) => node.phone === null)).toBe(true);
    const yamamoto = nodes.find((node) => node.name === '山本 和夫');
    const { talentBankOpeningsForRegistrant: ranked } = await ok<{
      talentBankOpeningsForRegistrant: {
        items: { reasons: string[]; opening: { receivingOffer: { jobTitle: string } } }[];
      };
    }>(
      `query ($id: ID!) { talentBankOpeningsForRegistrant(registrantId: $id) { items { reasons opening { receivingOffer { jobTitle } } } } }`,
      { id: yamamoto?.id },
    );
    expect(ranked.items[0].opening.receivingOffer.jobTitle).toBe('人事・労務スタッフ');
    expect(ranked.items[0].reasons.length).toBeGreaterThan(0);

    const hq = await login(api.url, 'hq@kakehashi.example', DEMO_PASSWORD);
    // The two re-employments (8 and 25 days ago) count in their fiscal years.
    let outcomes = 0;
    for (const fy of new Set([addDays(today, -8), addDays(today, -25)].map(fiscalYearOf))) {
      const figures = await graphql<{ talentBankOutcomes: { total: number } }>(
        api.url,
        'query ($fy: Int!) { talentBankOutcomes(fiscalYear: $fy) { total } }',
        { fy },
        hq,
      );
      outcomes += figures.data!.talentBankOutcomes.total;
    }
    expect(outcomes).toBe(2);

    const admin = await login(api.url, 'admin@kakehashi.example', DEMO_PASSWORD);
    const log = await graphql<{ talentBankAccessLog: Connection<{ operation: string; outcome: string }> }>(
      api.url,
      'query ($id: ID!) { talentBankAccessLog(filter: { registrantId: $id }) { edges { node { operation outcome } } } }',
      { id: yamamoto?.id },
      admin,
    );
    expect(log.data!.talentBankAccessLog.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { operation: 'Mutation.revealTalentBankContact', outcome: 'ALLOWED' },
        { operation: 'Query.talentBankRegistrant', outcome: 'DENIED' },
      ]),
    );
  });

  it('gives the executive figures in every ended month of this fiscal year and the last, backed by cases', async () => {
    const executive = await login(api.url, 'executive@kakehashi.example', DEMO_PASSWORD);
    const thisMonth = today.slice(0, 7);
    const thisYear = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
    const months: MonthFigures[] = [];
    for (const fiscalYear of [thisYear - 1, thisYear]) {
      const answer = await graphql<{ monthlyStatistics: { months: MonthFigures[] } }>(
        api.url,
        `
          query ($fiscalYear: Int!) {
            monthlyStatistics(fiscalYear: $fiscalYear) {
              months {
                yearMonth
                source
                receiving
                sending
                establishedSecondment
                establishedTransfer
              }
            }
          }
        `,
        { fiscalYear },
        executive,
      );
      expect(answer.errors).toBeUndefined();
      months.push(...answer.data!.monthlyStatistics.months.filter((m) => m.yearMonth < thisMonth));
    }
    // Twelve months of last year at least, each with receiving, sending and people established.
    expect(months.length).toBeGreaterThanOrEqual(12);
    for (const m of months) {
      const filled = m.receiving > 0 && m.sending > 0 && m.establishedSecondment + m.establishedTransfer > 0;
      expect({ month: m.yearMonth, source: m.source, filled }).toEqual({
        month: m.yearMonth,
        source: 'LIVE',
        filled: true,
      });
    }
    expect(months.some((m) => m.establishedSecondment > 0)).toBe(true);
    expect(months.some((m) => m.establishedTransfer > 0)).toBe(true);

    // The people established are cases headquarters can open: between two named companies, with their 成立.
    const [established]: { id: string }[] = await withDataSource(api.ownerUrl, (ds) =>
      ds.query(
        `SELECT c."id" FROM "cases" c JOIN "sending_offers" s ON s."id" = c."sending_offer_id"
           WHERE s."job_title" LIKE '統計デモ %' ORDER BY c."established_on" DESC LIMIT 1`,
      ),
    );
    const hq = await login(api.url, 'hq@kakehashi.example', DEMO_PASSWORD);
    const opened = await graphql<{
      case: {
        stage: string;
        peopleEstablished: number;
        sendingCompany: { legalName: string };
        receivingCompany: { legalName: string };
        workers: { established: boolean }[];
        establishments: { people: number }[];
      };
    }>(
      api.url,
      `
        query ($id: ID!) {
          case(id: $id) {
            stage
            peopleEstablished
            sendingCompany {
              legalName
            }
            receivingCompany {
              legalName
            }
            workers {
              established
            }
            establishments {
              people
            }
          }
        }
      `,
      { id: established.id },
      hq,
    );
    expect(opened.errors).toBeUndefined();
    const shown = opened.data!.case;
    expect(shown.sendingCompany.legalName).toMatch(/^統計デモ/);
    expect(shown.receivingCompany.legalName).toMatch(/^統計デモ/);
    expect(shown.establishments.map((e) => e.people)).toEqual([shown.peopleEstablished]);
    expect(shown.workers.filter((w) => w.established)).toHaveLength(shown.peopleEstablished);
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

function isEstablished(stage: CaseStage): boolean {
  return (
    isEstablishedStage(MoveType.SECONDMENT, stage) ||
    isEstablishedStage(MoveType.TRANSFER, stage) ||
    stage === CaseStage.COMPLETED
  );
}

/** Every row of the tables the demo data writes, as text: equal snapshots mean nothing was added or changed. */
async function snapshot(ds: DataSource): Promise<Record<string, string>> {
  const tables = [
    'companies',
    'users',
    'sending_offers',
    'receiving_offers',
    'match_decisions',
    'cases',
    'case_history',
    'case_establishments',
    'case_tasks',
    'case_follow_ups',
    'notifications',
    'senior_openings',
    'talent_bank_registrants',
    'talent_bank_reemployments',
    'talent_bank_access_log',
    // The living demo statistics: their records and the rollups the seed settles.
    'statistics_offer_rollups',
    'statistics_establishment_rollups',
    'statistics_month_rollups',
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
