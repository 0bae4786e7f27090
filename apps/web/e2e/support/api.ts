// The API as a script sees it (bearer tokens), for the browser tests' own records and for the figures the page must
// agree with. Every record a test needs is made here through the real operations, never written to the database.
import { expect, request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './app';

type Connection<Node> = { edges: { node: Node }[] };

export interface Api {
  /** The operation's `data`, typed as the caller reads it. */
  gql<Data = unknown>(query: string, variables?: Record<string, unknown>): Promise<Data>;
  dispose(): Promise<void>;
}

/** Signs in with the bearer `login` and sends operations as that user; an error answer fails the test. */
export async function apiAs(baseURL: string, email: string): Promise<Api> {
  const context: APIRequestContext = await request.newContext({ baseURL });
  const post = async <Data>(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<Data> => {
    const response = await context.post('/graphql', {
      data: { query, variables },
      headers: { 'x-kakehashi-csrf': '1', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    expect(body.errors, `${query.slice(0, 80)}: ${JSON.stringify(body.errors)}`).toBeUndefined();
    return body.data!;
  };
  const login = await post<{ login: { accessToken: string } }>(
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    {
      input: { email, password: DEMO_PASSWORD },
    },
  );
  const token = login.login.accessToken;
  return {
    gql: <Data>(query: string, variables: Record<string, unknown> = {}) =>
      post<Data>(query, variables, token),
    dispose: () => context.dispose(),
  };
}

export interface OpenedCase {
  id: string;
  number: number;
  version: number;
  sendingCompanyId: string;
}

/**
 * Opens secondment cases at STEP1 between sending offers of the user's office and receiving offers of other companies
 * (the demo's offers); the sending company's filter shows each among few.
 */
export async function openCases(api: Api, count: number): Promise<OpenedCase[]> {
  const me = await api.gql<{ me: { office: { id: string } } }>('{ me { office { id } } }');
  const offers = await api.gql<{
    sendingOffers: Connection<{ id: string; companyId: string; peopleAvailable: number }>;
    receivingOffers: Connection<{ id: string; companyId: string; peopleRemaining: number }>;
  }>(
    `query ($office: ID) {
      sendingOffers(first: 50, filter: { owningOfficeId: $office, moveType: SECONDMENT, status: OPEN }) {
        edges { node { id companyId peopleAvailable } }
      }
      receivingOffers(first: 50, filter: { moveType: SECONDMENT, status: OPEN }) {
        edges { node { id companyId peopleRemaining } }
      }
    }`,
    { office: me.me.office.id },
  );
  const sending = offers.sendingOffers.edges.map((e) => e.node).filter((o) => o.peopleAvailable > 0);
  const receiving = offers.receivingOffers.edges.map((e) => e.node).filter((o) => o.peopleRemaining > 0);
  const opened: OpenedCase[] = [];
  const usedReceiving = new Set<string>();
  for (let i = 0; opened.length < count && i < count * sending.length; i += 1) {
    const send = sending[i % sending.length];
    const receive = receiving.find((r) => r.companyId !== send.companyId && !usedReceiving.has(r.id));
    if (!receive) continue;
    usedReceiving.add(receive.id);
    const created = await api.gql<{ createCase: { id: string; number: number; version: number } }>(
      `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id number version } }`,
      { input: { sendingOfferId: send.id, receivingOfferId: receive.id, moveType: 'SECONDMENT', people: 1 } },
    );
    opened.push({ ...created.createCase, sendingCompanyId: send.companyId });
  }
  expect(opened, 'enough demo offers to open the test’s cases').toHaveLength(count);
  return opened;
}

export async function advance(api: Api, opened: OpenedCase): Promise<void> {
  await api.gql(`mutation ($input: AdvanceCaseInput!) { advanceCase(input: $input) { id } }`, {
    input: { caseId: opened.id, expectedVersion: opened.version },
  });
}

export async function stageOf(api: Api, caseId: string): Promise<string> {
  return (
    await api.gql<{ case: { stage: string } }>('query ($id: ID!) { case(id: $id) { stage } }', { id: caseId })
  ).case.stage;
}

/** The board's counts as the API gives them: stage → count. */
export async function boardCounts(
  api: Api,
  filter: Record<string, unknown> = {},
): Promise<Record<string, number>> {
  const data = await api.gql<{ caseBoard: { columns: { stageLabel: string; count: number }[] } }>(
    `query ($filter: CaseBoardFilter) { caseBoard(filter: $filter, perStage: 0) { columns { stageLabel count } } }`,
    { filter },
  );
  return Object.fromEntries(data.caseBoard.columns.map((c) => [c.stageLabel, c.count]));
}

/**
 * A referral a partner institution's head office sends to the Center: once forwarded, the Center's headquarters
 * coordinators are told (an unread notification each).
 */
export async function forwardReferral(partner: Api, clientName: string): Promise<void> {
  const created = await partner.gql<{ createReferral: { id: string; version: number } }>(
    `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { id version } }`,
    {
      input: {
        clientName,
        clientJsicMajorCode: 'E',
        clientPrefectureCode: '13',
        clientSize: 'SME',
        consentObtainedBy: '融資課 担当者',
        consentObtainedOn: new Date().toISOString().slice(0, 10),
        need: 'SHORTAGE',
        shortagePeople: 2,
        occupations: '製造（組立）',
      },
    },
  );
  const submitted = await partner.gql<{ submitReferral: { id: string; version: number; status: string } }>(
    `mutation ($input: ReferralVersionInput!) { submitReferral(input: $input) { id version status } }`,
    { input: { id: created.createReferral.id, expectedVersion: created.createReferral.version } },
  );
  const referral = submitted.submitReferral;
  if (referral.status === 'FORWARDED') return;
  await partner.gql(
    `mutation ($input: ReferralVersionInput!) { forwardReferral(input: $input) { id status } }`,
    { input: { id: referral.id, expectedVersion: referral.version } },
  );
}

/** The signed-in user's unread count and each task tab's count, as the API gives them. */
export async function unreadCount(api: Api): Promise<number> {
  return (await api.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }'))
    .unreadNotificationCount;
}

export async function taskCounts(api: Api): Promise<Record<string, number>> {
  const data = await api.gql<Record<string, { totalCount: number }>>(`{
    DUE: myTasks(filter: DUE, first: 1) { totalCount }
    OVERDUE: myTasks(filter: OVERDUE, first: 1) { totalCount }
    UPCOMING: myTasks(filter: UPCOMING, first: 1) { totalCount }
    DONE: myTasks(filter: DONE, first: 1) { totalCount }
  }`);
  return Object.fromEntries(Object.entries(data).map(([tab, value]) => [tab, value.totalCount]));
}
