// How many SQL statements the two heaviest list screens cost per request, pinned: the board of an office with 200
// cases and the sending offers page, each with its screen's own selection (apps/web/src/features/cases/board.graphql,
// the SendingOfferRow fragment; `npm run bench:api` sends the same). One more statement per request is one more round
// trip on every load of the screen under load; one per card or row would be hundreds. The kit mounts OffersModule
// with the cases, so the offers page is asked through the same GraphQL endpoint.
import { randomInt } from 'node:crypto';
import { insertUser, makePair, Role, startBoardKit, type BoardKit } from './board-test-kit';

interface Board {
  caseBoard: {
    totalCount: number;
    columns: {
      cases: { sendingCompany: { id: string } | null; receivingCompany: { id: string } | null }[];
    }[];
  };
}

interface OffersPage {
  sendingOffers: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: {
      node: {
        company: { id: string } | null;
        owningOffice: { id: string } | null;
        occupation: { code: string };
      };
    }[];
  };
}

const BOARD = `query ($officeId: ID, $filter: CaseBoardFilter, $perStage: Int!) {
  caseBoard(officeId: $officeId, filter: $filter, perStage: $perStage) {
    officeId totalCount
    office { id nameJa }
    columns {
      stage stageLabel count hasMore
      cases {
        id number moveType stage nextStage nextStageLabel daysInStage version peoplePlanned peopleEstablished
        sendingConsultantId receivingConsultantId
        sendingCompany { id }
        receivingCompany { id }
      }
    }
  }
}`;

const OFFERS = `query ($filter: OfferFilterInput, $first: Int!, $after: String) {
  sendingOffers(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges {
      node {
        id jobTitle status peopleCount peopleAvailable moveType receivedOn
        occupation { code nameJa }
        company { id legalName }
        owningOffice { id nameJa }
      }
    }
  }
}`;

/** The statements of the last request, by the table each reads first (for a readable failure). */
/**
 * The tables read, sorted. Offices are read at most once per process (they never change, see
 * organisations/reference-data/unchanging-rows.ts), so whether a request reads one depends on what came before: they
 * are checked apart and left out here.
 */
function statements(kit: BoardKit): string[] {
  const tables = kit.counter.queries.map((sql) => /FROM "([a-z_]+)"/.exec(sql)?.[1] ?? sql.slice(0, 40));
  expect(tables.filter((table) => table === 'offices').length).toBeLessThanOrEqual(1);
  return tables.filter((table) => table !== 'offices').sort();
}

describe('round trips per request of the board and the offers page', () => {
  let kit: BoardKit;

  beforeAll(async () => {
    kit = await startBoardKit();
  });
  afterAll(() => kit?.close());

  it('answers a board of 200 cases with three statements (counts, cards, companies) and the office at most once per process', async () => {
    const me = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
    const pairs = [];
    for (let i = 0; i < 8; i += 1) pairs.push(await makePair(kit, { sendingOfficeCode: '13' }));
    // Set-based, as the benchmark loads its board: 200 cases spread over the open stages, days 0 to 60 in them.
    await kit.dataSource.query(
      `WITH spread AS (
         SELECT i, ($2::text[])[1 + (i % 9)] AS stage, ($3::uuid[])[1 + (i % 8)] AS sending,
                ($4::uuid[])[1 + (i % 8)] AS receiving
           FROM generate_series(1, 200) AS i)
       INSERT INTO "cases" ("move_type", "sending_offer_id", "receiving_offer_id", "sending_office_id",
         "receiving_office_id", "sending_consultant_id", "people_planned", "stage", "stage_entered_at",
         "created_by_user_id", "updated_by_user_id", "version")
       SELECT CASE WHEN stage IN ('HIRING_AGREED', 'HIRED') THEN 'TRANSFER' ELSE 'SECONDMENT' END, sending,
              receiving, $5, $6, $1, 1, stage, now() - make_interval(days => i % 61), $1, $1, 1
         FROM spread`,
      [
        me.id,
        [
          'INFORMATION_COLLECTION',
          'INTER_COMPANY_MEETING',
          'INTERNAL_PROCEDURE',
          'WORKPLACE_TOUR',
          'CONTRACT',
          'STARTED',
          'HIRING_AGREED',
          'HIRED',
          'FOLLOW_UP',
        ],
        pairs.map((pair) => pair.sendingOfferId),
        pairs.map((pair) => pair.receivingOfferId),
        me.officeId,
        await kit.dataSource
          .query(`SELECT "id" FROM "offices" WHERE "code" = '23'`)
          .then((rows: { id: string }[]) => rows[0].id),
      ],
    );

    kit.counter.reset();
    const response = await kit.client.gql<Board>(me, BOARD, {
      officeId: me.officeId,
      filter: { consultantId: me.id },
      perStage: 50,
    });
    expect(response.errors).toBeUndefined();
    const board = response.data!.caseBoard;
    const cards = board.columns.flatMap((column) => column.cases);
    expect(board.totalCount).toBe(200);
    expect(cards).toHaveLength(200);
    expect(new Set(cards.map((card) => card.sendingCompany!.id))).toEqual(
      new Set(pairs.map((pair) => pair.sendingCompanyId)),
    );
    expect(new Set(cards.map((card) => card.receivingCompany!.id))).toEqual(
      new Set(pairs.map((pair) => pair.receivingCompanyId)),
    );
    expect(statements(kit)).toEqual(['cases', 'cases', 'companies']);
  });

  it('answers a page of sending offers with two statements (the page with its count, the companies) once the occupations and offices are held', async () => {
    const me = await insertUser(kit.dataSource, Role.CONSULTANT, '27');
    // A year of its own, so other files' offers in the shared database stay out of the count.
    const year = 1900 + randomInt(30);
    const pairs = [];
    for (let i = 0; i < 5; i += 1) pairs.push(await makePair(kit, { sendingOfficeCode: '27' }));
    await kit.dataSource.query(
      `UPDATE "sending_offers" SET "received_on" = make_date($2, 1 + (ascii(right("id"::text, 1)) % 12), 1),
              "occupation_code" = 'H'
        WHERE "id" = ANY($1)`,
      [pairs.map((pair) => pair.sendingOfferId), year],
    );
    // One of them in occupation C, received last, so the first page (newest first) always holds all three occupations.
    await kit.dataSource.query(
      `UPDATE "sending_offers" SET "received_on" = make_date($2, 12, 31), "occupation_code" = 'C' WHERE "id" = $1`,
      [pairs[0].sendingOfferId, year],
    );
    // 25 offers of the five companies: a full page of 20 and a second one.
    await kit.dataSource.query(
      `INSERT INTO "sending_offers" ("company_id", "owning_office_id", "received_on", "move_type", "people_count",
         "people_available", "reason", "occupation_code", "job_title", "version")
       SELECT s."company_id", s."owning_office_id", make_date($2, 1 + (i % 12), 1 + (i % 28)), 'EITHER', 2, 2,
              'EMPLOYMENT_ADJUSTMENT', CASE WHEN i % 3 = 0 THEN 'E' ELSE 'H' END, '試験' || i, 1
         FROM "sending_offers" s, generate_series(1, 4) AS i
        WHERE s."id" = ANY($1)`,
      [pairs.map((pair) => pair.sendingOfferId), year],
    );
    const filter = {
      owningOfficeId: me.officeId,
      status: 'OPEN',
      receivedFrom: `${year}-01-01`,
      receivedTo: `${year}-12-31`,
    };

    await kit.client.gql<OffersPage>(me, OFFERS, { filter, first: 1 });
    kit.counter.reset();
    const first = await kit.client.gql<OffersPage>(me, OFFERS, { filter, first: 20 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.sendingOffers;
    expect(page.totalCount).toBe(25);
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.every((edge) => edge.node.company && edge.node.owningOffice)).toBe(true);
    expect(new Set(page.edges.map((edge) => edge.node.occupation.code))).toEqual(new Set(['E', 'H', 'C']));
    expect(statements(kit)).toEqual(['companies', 'sending_offers']);

    kit.counter.reset();
    const second = await kit.client.gql<OffersPage>(me, OFFERS, {
      filter,
      first: 20,
      after: page.pageInfo.endCursor,
    });
    expect(second.errors).toBeUndefined();
    expect(second.data?.sendingOffers.totalCount).toBe(25);
    expect(second.data?.sendingOffers.edges).toHaveLength(5);
    expect(statements(kit)).toEqual(['companies', 'sending_offers']);

    // Past the end: the page is empty, and the count is asked for on its own.
    kit.counter.reset();
    const past = await kit.client.gql<OffersPage>(me, OFFERS, {
      filter,
      first: 20,
      after: second.data?.sendingOffers.pageInfo.endCursor,
    });
    expect(past.data?.sendingOffers).toMatchObject({ totalCount: 25, edges: [] });
    expect(statements(kit)).toEqual(['sending_offers', 'sending_offers']);
  });
});
