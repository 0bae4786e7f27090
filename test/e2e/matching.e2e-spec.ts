import { DEMO_PASSWORD } from '@kakehashi/platform';
import { errorCode, graphql, login } from '../support/graphql-client';
import { startTestApi, type RunningApi } from '../support/test-api';

interface Node {
  id: string;
}

interface RankedReceiving {
  rank: number;
  score: number;
  receivingOfferId: string;
  reasons: string[];
  gaps: string[];
  notes: string[];
  factors: { factor: string; label: string; weight: number; value: number; contribution: number }[];
  receivingOffer: { jobTitle: string; company: { legalName: string } };
}

const MATCHES_FOR_SENDING = `query ($id: ID!, $first: Int, $filters: MatchFiltersInput) {
  matchesForSendingOffer(id: $id, first: $first, filters: $filters) {
    sendingOfferId counterpartsIndexed counterpartsScored
    items {
      rank score receivingOfferId reasons gaps notes takenUpDecisionId
      factors { factor label weight value contribution }
      receivingOffer { jobTitle company { legalName } }
    }
  }
}`;

const MATCHES_FOR_RECEIVING = `query ($id: ID!, $first: Int) {
  matchesForReceivingOffer(id: $id, first: $first) {
    items { rank score sendingOfferId reasons gaps sendingOffer { jobTitle company { legalName } } }
  }
}`;

/** The seven case examples of the brochure, as demo companies: sender's and intended receiver's 法人番号. */
const CASE_EXAMPLES: [number, string, string][] = [
  [1, '2992701100274', '6992701100411'],
  [2, '8992001100548', '2992001100685'],
  [3, '2990801100822', '6990801100959'],
  [4, '2991301101096', '5991401101233'],
  [5, '9990501101370', '5990501101507'],
  [6, '3993401101644', '6993401101781'],
  [7, '4994001101918', '6994001102055'],
];

describe('explained matching over HTTP', () => {
  let api: RunningApi;
  let consultant: string;

  const companyId = async (corporateNumber: string): Promise<string> => {
    const result = await graphql<{ companies: { edges: { node: Node }[] } }>(
      api.url,
      'query ($n: String!) { companies(filter: { corporateNumber: $n }) { edges { node { id } } } }',
      { n: corporateNumber },
      consultant,
    );
    const id = result.data?.companies.edges[0]?.node.id;
    if (!id) throw new Error(`demo company ${corporateNumber} is not loaded`);
    return id;
  };
  const offerOf = async (
    kind: 'sendingOffers' | 'receivingOffers',
    corporateNumber: string,
  ): Promise<string> => {
    const result = await graphql<Record<string, { edges: { node: Node }[] }>>(
      api.url,
      `query ($c: ID!) { ${kind}(filter: { companyId: $c }) { edges { node { id } } } }`,
      { c: await companyId(corporateNumber) },
      consultant,
    );
    const id = result.data?.[kind].edges[0]?.node.id;
    if (!id) throw new Error(`no demo ${kind} for ${corporateNumber}`);
    return id;
  };
  const rankFor = async (sendingOfferId: string, first = 20) => {
    const result = await graphql<{
      matchesForSendingOffer: { items: RankedReceiving[]; counterpartsIndexed: number };
    }>(api.url, MATCHES_FOR_SENDING, { id: sendingOfferId, first }, consultant);
    expect(result.errors).toBeUndefined();
    return result.data?.matchesForSendingOffer;
  };

  beforeAll(async () => {
    api = await startTestApi();
    consultant = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it.each(CASE_EXAMPLES)(
    'case example %i of the brochure: the intended receiver is among the sender’s top 3',
    async (_case, sender, receiver) => {
      const sendingId = await offerOf('sendingOffers', sender);
      const receivingId = await offerOf('receivingOffers', receiver);
      const ranking = await rankFor(sendingId, 3);
      expect(ranking?.items.map((m) => m.receivingOfferId)).toContain(receivingId);
    },
  );

  it('explains a suggestion in Japanese with every factor’s contribution, and resolves the offers', async () => {
    // Case 1: a manager with a 税理士 licence, for an accounting firm that requires one.
    const sendingId = await offerOf('sendingOffers', '2992701100274');
    const receivingId = await offerOf('receivingOffers', '6992701100411');
    const ranking = await rankFor(sendingId);
    const match = ranking?.items.find((m) => m.receivingOfferId === receivingId);
    if (!match) throw new Error('the intended receiver must be ranked');
    expect(match.reasons.join(' ')).toContain('税理士');
    expect(match.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(match.score, 10);
    expect(match.factors.every((f) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(f.label))).toBe(true);
    expect(match.receivingOffer.company.legalName).toBe('税理士法人みなと会計');
    // Industry is information, not a penalty: a chemical maker's manager to an accounting firm crosses industries.
    expect(match.notes.join(' ')).toMatch(/異業種/);
    expect(ranking?.counterpartsIndexed).toBeGreaterThanOrEqual(7);

    const reverse = await graphql<{
      matchesForReceivingOffer: { items: { sendingOfferId: string; sendingOffer: { jobTitle: string } }[] };
    }>(api.url, MATCHES_FOR_RECEIVING, { id: receivingId, first: 5 }, consultant);
    expect(reverse.errors).toBeUndefined();
    expect(reverse.data?.matchesForReceivingOffer.items.map((m) => m.sendingOfferId)).toContain(sendingId);
  });

  it('dismisses a suggestion so it disappears, and takes up another for the case workflow', async () => {
    const sendingId = await offerOf('sendingOffers', '2991301101096'); // case 4, Tokyo office
    const ranking = await rankFor(sendingId, 5);
    const [first, second] = ranking?.items ?? [];
    if (!first || !second) throw new Error('two suggestions expected');

    const dismissed = await graphql<{ dismissMatch: { decision: string; reasonLabel: string } }>(
      api.url,
      `
        mutation ($input: DismissMatchInput!) {
          dismissMatch(input: $input) {
            decision
            reasonLabel
          }
        }
      `,
      {
        input: {
          sendingOfferId: sendingId,
          receivingOfferId: second.receivingOfferId,
          reasonCode: 'LOCATION',
          reason: '通勤圏外',
        },
      },
      consultant,
    );
    expect(dismissed.data?.dismissMatch).toEqual({ decision: 'DISMISSED', reasonLabel: '勤務地が合わない' });
    const after = await rankFor(sendingId, 5);
    expect(after?.items.map((m) => m.receivingOfferId)).not.toContain(second.receivingOfferId);

    const takenUp = await graphql<{
      takeUpMatch: { id: string; decision: string; people: number; explanation: { score: number } };
    }>(
      api.url,
      `
        mutation ($input: TakeUpMatchInput!) {
          takeUpMatch(input: $input) {
            id
            decision
            people
            explanation {
              score
            }
            sendingOffer {
              id
            }
            receivingOffer {
              id
            }
          }
        }
      `,
      { input: { sendingOfferId: sendingId, receivingOfferId: first.receivingOfferId } },
      consultant,
    );
    expect(takenUp.errors).toBeUndefined();
    expect(takenUp.data?.takeUpMatch).toMatchObject({ decision: 'TAKEN_UP', people: 1 });
    expect(takenUp.data?.takeUpMatch.explanation.score).toBeCloseTo(first.score, 10);

    const listed = await graphql<{ matchDecisions: { edges: { node: { id: string } }[] } }>(
      api.url,
      `
        query ($s: ID!) {
          matchDecisions(filter: { sendingOfferId: $s, decision: TAKEN_UP }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      { s: sendingId },
      consultant,
    );
    expect(listed.data?.matchDecisions.edges.map((e) => e.node.id)).toEqual([takenUp.data?.takeUpMatch.id]);
  });

  it('gives field errors for bad arguments and hides offers from executives and partners', async () => {
    const sendingId = await offerOf('sendingOffers', '2992701100274');
    const bad = await graphql(
      api.url,
      MATCHES_FOR_SENDING,
      { id: sendingId, first: 500, filters: { minScore: 2 } },
      consultant,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');

    for (const email of ['executive@kakehashi.example', 'partner.hq@kakehashi.example']) {
      const token = await login(api.url, email, DEMO_PASSWORD);
      const refused = await graphql(api.url, MATCHES_FOR_SENDING, { id: sendingId }, token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
  });
});

interface RunView {
  id: string;
  status: string;
  phase: string;
  progress: number;
  peopleOffered: number | null;
  peopleAssigned: number | null;
  totalScore: number | null;
  upperBound: number | null;
  optimalityGap: number | null;
  createdAt: string;
  proposals: {
    totalCount: number;
    pageInfo: { endCursor: string | null };
    edges: {
      node: {
        people: number;
        score: number;
        sendingOffer: {
          id: string;
          peopleAvailable: number;
          updatedAt: string;
          owningOffice: { code: string };
        };
        receivingOffer: { id: string; peopleRemaining: number; updatedAt: string };
      };
    }[];
  };
}

const RUN_FIELDS = `id status phase progress peopleOffered peopleAssigned totalScore upperBound optimalityGap createdAt
  proposals(first: 100) { totalCount pageInfo { endCursor } edges { node { people score
    sendingOffer { id peopleAvailable updatedAt owningOffice { code } } receivingOffer { id peopleRemaining updatedAt } } } }`;

describe('batch assignment over HTTP (jobs in process)', () => {
  let api: RunningApi;
  let consultant: string;

  beforeAll(async () => {
    // Without Redis the API runs jobs itself, as on a newcomer's machine.
    api = await startTestApi({ REDIS_URL: '', MATCHING_NIGHTLY_CRON: '' });
    consultant = await login(api.url, 'consultant@kakehashi.example', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await api?.stop();
  });

  const run = async (id: string): Promise<RunView | undefined> => {
    const result = await graphql<{ assignmentRun: RunView }>(
      api.url,
      `query ($id: ID!) { assignmentRun(id: $id) { ${RUN_FIELDS} } }`,
      { id },
      consultant,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.assignmentRun;
  };

  it('runs the consultant’s office, reports progress and a bound, and respects both sides’ numbers', async () => {
    const start = () =>
      graphql<{ startAssignmentRun: { id: string; status: string } }>(
        api.url,
        `
          mutation {
            startAssignmentRun(input: { scope: OFFICE }) {
              id
              status
            }
          }
        `,
        {},
        consultant,
      );
    const started = await start();
    expect(started.errors).toBeUndefined();
    const id = started.data?.startAssignmentRun.id ?? '';

    const seen: number[] = [];
    let view = await run(id);
    for (let i = 0; i < 200 && view && !['COMPLETED', 'FAILED', 'CANCELLED'].includes(view.status); i++) {
      seen.push(view.progress);
      await new Promise((resolve) => setTimeout(resolve, 50));
      view = await run(id);
    }
    if (!view) throw new Error('the run must be readable');
    expect(view.status).toBe('COMPLETED');
    expect(view.progress).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen); // progress never goes back

    expect(view.optimalityGap).toBeGreaterThanOrEqual(0);
    expect(view.upperBound ?? 0).toBeGreaterThanOrEqual((view.totalScore ?? 0) - 1e-9);
    // Every page: other test files also record offers in the Tokyo office, so a run may propose more than a page.
    const proposals = view.proposals.edges.map((e) => e.node);
    let after = view.proposals.pageInfo.endCursor;
    while (proposals.length < view.proposals.totalCount) {
      const page = await graphql<{ assignmentRun: RunView }>(
        api.url,
        `query ($id: ID!, $after: String) { assignmentRun(id: $id) { ${RUN_FIELDS.replace('first: 100', 'first: 100, after: $after')} } }`,
        { id, after },
        consultant,
      );
      const more = page.data?.assignmentRun.proposals;
      if (!more?.edges.length) throw new Error('a page of proposals is missing');
      proposals.push(...more.edges.map((e) => e.node));
      after = more.pageInfo.endCursor;
    }
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals.every((p) => p.sendingOffer.owningOffice.code === '13')).toBe(true);
    // The numbers the run respected are those of its start: an offer another file has placed people in since (its
    // updatedAt moved) is read with today's numbers, so each side is compared only where its offer is unchanged.
    const unchanged = (offer: { updatedAt: string }) => offer.updatedAt <= view.createdAt;
    expect(proposals.some((p) => unchanged(p.sendingOffer) && unchanged(p.receivingOffer))).toBe(true);
    const perSending = new Map<string, number>();
    const perReceiving = new Map<string, number>();
    for (const p of proposals) {
      perSending.set(p.sendingOffer.id, (perSending.get(p.sendingOffer.id) ?? 0) + p.people);
      perReceiving.set(p.receivingOffer.id, (perReceiving.get(p.receivingOffer.id) ?? 0) + p.people);
    }
    for (const p of proposals) {
      if (unchanged(p.sendingOffer)) {
        expect(p.people).toBeLessThanOrEqual(p.sendingOffer.peopleAvailable);
        expect(perSending.get(p.sendingOffer.id)).toBeLessThanOrEqual(p.sendingOffer.peopleAvailable);
      }
      if (unchanged(p.receivingOffer)) {
        expect(p.people).toBeLessThanOrEqual(p.receivingOffer.peopleRemaining);
        expect(perReceiving.get(p.receivingOffer.id)).toBeLessThanOrEqual(p.receivingOffer.peopleRemaining);
      }
    }
  });

  it('returns the same run for the same input', async () => {
    // An office no other test file writes offers in (茨城, the brochure's case 3 pair): the Tokyo office's input changes
    // whenever the offers and cases files, running alongside, record something there — a new run, rightly.
    const hq = await login(api.url, 'hq@kakehashi.example', DEMO_PASSWORD);
    const offices = await graphql<{ offices: { id: string; code: string }[] }>(
      api.url,
      '{ offices { id code } }',
      {},
      hq,
    );
    const ibaraki = offices.data?.offices.find((office) => office.code === '08')?.id;
    expect(ibaraki).toBeDefined();
    const start = () =>
      graphql<{ startAssignmentRun: { id: string } }>(
        api.url,
        'mutation ($officeId: ID) { startAssignmentRun(input: { scope: OFFICE, officeId: $officeId }) { id } }',
        { officeId: ibaraki },
        hq,
      );
    const started = await start();
    expect(started.errors).toBeUndefined();
    const id = started.data?.startAssignmentRun.id ?? '';
    let view = await run(id);
    for (let i = 0; i < 200 && view && !['COMPLETED', 'FAILED', 'CANCELLED'].includes(view.status); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      view = await run(id);
    }
    expect(view?.status).toBe('COMPLETED');

    const again = await start();
    expect(again.data?.startAssignmentRun.id).toBe(id);
    expect((await run(id))?.proposals.totalCount).toBe(view?.proposals.totalCount);
  });

  it('refuses a consultant a whole-country run', async () => {
    const refused = await graphql(
      api.url,
      `
        mutation {
          startAssignmentRun(input: { scope: COUNTRY }) {
            id
          }
        }
      `,
      {},
      consultant,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
