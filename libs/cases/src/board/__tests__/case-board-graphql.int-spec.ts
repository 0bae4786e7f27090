// The board and the list through GraphQL: who may ask, the relation fields of both case types, and one query per
// table however many cases the board shows.
import { ROLES_METADATA, type AuthUser } from '@kakehashi/authz';
import { RequestLoaders } from '@kakehashi/graphql-core';
import { MoveType } from '@kakehashi/offers';
import { codeOf, officeId } from '@kakehashi/testing';
import { CASE_READERS } from '../../cases-roles';
import { toCaseModel } from '../../cases/case.model';
import { CaseStage } from '../../workflow/case-stage';
import { CaseBoardResolver } from '../case-board.resolver';
import { CaseDetailCompaniesResolver, CaseDetailRelationsResolver } from '../case-relations.resolver';
import { insertUser, makeCase, makePair, Role, startBoardKit, type BoardKit } from './board-test-kit';

interface BoardCard {
  id: string;
  sendingOffer: { id: string } | null;
  receivingOffer: { id: string } | null;
  sendingCompany: { id: string } | null;
  receivingCompany: { id: string } | null;
  sendingOffice: { code: string };
  receivingConsultant: { id: string } | null;
}

interface Board {
  caseBoard: { totalCount: number; office: { code: string } | null; columns: { cases: BoardCard[] }[] };
}

interface CaseList {
  cases: { totalCount: number; edges: { node: { id: string } }[] };
}

const BOARD = `query ($officeId: ID, $filter: CaseBoardFilter, $perStage: Int) {
  caseBoard(officeId: $officeId, filter: $filter, perStage: $perStage) {
    officeId totalCount office { code }
    columns {
      stage stageLabel count hasMore
      cases {
        id number stage daysInStage
        sendingOffer { id jobTitle } receivingOffer { id jobTitle }
        sendingCompany { id legalName owningOffice { code } } receivingCompany { id legalName }
        sendingOffice { code } receivingOffice { code }
        sendingConsultant { id name } receivingConsultant { id name }
      }
    }
  }
}`;

const LIST = `query ($filter: CaseFilter, $sort: CaseSort, $first: Int, $after: String) {
  cases(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id stage daysInStage sendingCompany { id } receivingConsultant { id } } }
  }
}`;

describe('the case board over GraphQL', () => {
  let kit: BoardKit;
  let aichi: string;

  beforeAll(async () => {
    kit = await startBoardKit();
    aichi = await officeId(kit.dataSource, '23');
  });
  afterAll(() => kit?.close());

  it('lets only Center staff who broker call the operations', () => {
    for (const operation of ['caseBoard', 'cases'] as const) {
      const roles: unknown = Reflect.getMetadata(ROLES_METADATA, CaseBoardResolver.prototype[operation]);
      expect({ operation, roles }).toEqual({ operation, roles: [...CASE_READERS] });
    }
    expect(CASE_READERS).not.toContain(Role.EXECUTIVE);
    expect(CASE_READERS).not.toContain(Role.PARTNER_HQ);
    expect(CASE_READERS).not.toContain(Role.PARTNER_BRANCH);
  });

  it('refuses executives and partners, and serves administrators, headquarters and consultants', async () => {
    for (const role of [Role.EXECUTIVE, Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
      const user: AuthUser = { ...(await insertUser(kit.dataSource, Role.ADMIN)), role };
      const board = await kit.client.gql<Board>(user, BOARD, { officeId: aichi });
      const list = await kit.client.gql<CaseList>(user, LIST, {});
      expect({ role, board: codeOf(board), list: codeOf(list) }).toEqual({
        role,
        board: 'FORBIDDEN',
        list: 'FORBIDDEN',
      });
      expect(board.data).toBeNull();
    }
    for (const user of [
      await insertUser(kit.dataSource, Role.ADMIN),
      await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ'),
      await insertUser(kit.dataSource, Role.CONSULTANT, '01'),
    ]) {
      const board = await kit.client.gql<Board>(user, BOARD, { officeId: aichi, perStage: 1 });
      expect({ role: user.role, errors: board.errors }).toEqual({ role: user.role, errors: undefined });
      expect(board.data?.caseBoard.office).toEqual({ code: '23' });
      const list = await kit.client.gql<CaseList>(user, LIST, { first: 1 });
      expect({ role: user.role, errors: list.errors }).toEqual({ role: user.role, errors: undefined });
    }
  });

  it('shows bad filter values as field errors', async () => {
    const consultant = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
    const response = await kit.client.gql<Board>(consultant, BOARD, {
      filter: { jsicMajorCode: 'ZZ', stuckForMoreThanDays: -3 },
    });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions.fields!.map((f) => f.field)).toEqual([
      'filter.jsicMajorCode',
      'filter.stuckForMoreThanDays',
    ]);
  });

  it('resolves a board of many cases across companies, offices and consultants with one query per table', async () => {
    const me = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    const aichiConsultants = [
      await insertUser(kit.dataSource, Role.CONSULTANT, '23'),
      await insertUser(kit.dataSource, Role.CONSULTANT, '23'),
    ];
    const pairs = [
      await makePair(kit, { sendingOfficeCode: '13', sendingJsic: 'E' }),
      await makePair(kit, { sendingOfficeCode: '27', sendingJsic: 'F' }),
      await makePair(kit, { sendingOfficeCode: '13', sendingJsic: 'G' }),
      await makePair(kit, { sendingOfficeCode: '01', sendingJsic: 'H' }),
      await makePair(kit, { sendingOfficeCode: '40', sendingJsic: 'I' }),
      await makePair(kit, { sendingOfficeCode: '27', sendingJsic: 'J' }),
    ];
    const stages = [
      CaseStage.INFORMATION_COLLECTION,
      CaseStage.INTER_COMPANY_MEETING,
      CaseStage.WORKPLACE_TOUR,
      CaseStage.CONTRACT,
    ];
    const made: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const created = await makeCase(kit, {
        pair: pairs[i % pairs.length],
        moveType: i % 5 === 0 ? MoveType.TRANSFER : MoveType.SECONDMENT,
        sendingConsultantId: me.id,
        receivingConsultantId: aichiConsultants[i % 2].id,
        stage: stages[i % stages.length],
        enteredAgo: `${i + 1} days`,
      });
      made.push(created.id);
    }

    kit.counter.reset();
    const response = await kit.client.gql<Board>(me, BOARD, {
      officeId: aichi,
      filter: { consultantId: me.id },
    });
    expect(response.errors).toBeUndefined();
    const board = response.data!.caseBoard;
    const cards = board.columns.flatMap((column) => column.cases);
    expect(board.totalCount).toBe(30);
    expect(cards.map((card) => card.id).sort()).toEqual([...made].sort());
    expect(
      cards.every(
        (card) => card.sendingOffer && card.receivingOffer && card.sendingCompany && card.receivingCompany,
      ),
    ).toBe(true);
    expect(new Set(cards.map((card) => card.sendingCompany!.id)).size).toBe(6);
    expect(new Set(cards.map((card) => card.receivingConsultant!.id)).size).toBe(2);
    expect(new Set(cards.map((card) => card.sendingOffice.code))).toEqual(new Set(['13', '27', '01', '40']));

    const selects = Object.fromEntries(
      ['cases', 'sending_offers', 'receiving_offers', 'companies', 'offices', 'users'].map((table) => [
        table,
        kit.counter.selectsFrom(table),
      ]),
    );
    // The counts and the capped columns; each relation once per request. Companies wait for their offers and
    // offices for the office check, the cases and the companies, so those may take one more batch, never one per card.
    expect(selects['cases']).toBe(2);
    expect(selects['sending_offers']).toBe(1);
    expect(selects['receiving_offers']).toBe(1);
    expect(selects['users']).toBe(1);
    expect(selects['companies']).toBeLessThanOrEqual(2);
    expect(selects['offices']).toBeLessThanOrEqual(3);
    expect(kit.counter.queries.length).toBeLessThanOrEqual(11);
  });

  it('gives a case card its offers, companies, offices, consultants and days in stage', async () => {
    const me = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    const receiving = await insertUser(kit.dataSource, Role.CONSULTANT, '23');
    const pair = await makePair(kit);
    const created = await makeCase(kit, {
      pair,
      sendingConsultantId: me.id,
      receivingConsultantId: receiving.id,
      stage: CaseStage.INTER_COMPANY_MEETING,
      enteredAgo: '40 days',
    });
    const response = await kit.client.gql<CaseList>(me, LIST, { filter: { consultantId: me.id } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.cases).toMatchObject({
      totalCount: 1,
      pageInfo: { hasNextPage: false },
      edges: [
        {
          node: {
            id: created.id,
            stage: 'INTER_COMPANY_MEETING',
            daysInStage: 40,
            sendingCompany: { id: pair.sendingCompanyId },
            receivingConsultant: { id: receiving.id },
          },
        },
      ],
    });

    // One summary by id (any broker may read it) comes with its companies too.
    const summary = await kit.client.gql<{
      caseSummary: { sendingCompany: { id: string }; receivingCompany: { id: string } };
    }>(me, 'query ($id: ID!) { caseSummary(id: $id) { sendingCompany { id } receivingCompany { id } } }', {
      id: created.id,
    });
    expect(summary.errors).toBeUndefined();
    expect(summary.data?.caseSummary).toEqual({
      sendingCompany: { id: pair.sendingCompanyId },
      receivingCompany: { id: pair.receivingCompanyId },
    });

    // The full case has the same fields (the lead's `case` query returns it); resolved here directly.
    const fields = await kit.client.gql<{ __type: { fields: { name: string }[] } }>(
      me,
      `{ __type(name: "Case") { fields { name } } }`,
    );
    const names = fields.data!.__type.fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'sendingOffer',
        'receivingOffer',
        'sendingCompany',
        'receivingCompany',
        'sendingOffice',
        'receivingOffice',
        'sendingConsultant',
        'receivingConsultant',
        'daysInStage',
      ]),
    );
    const detail = kit.app.get(CaseDetailRelationsResolver);
    const loaders = new RequestLoaders();
    const full = toCaseModel(created);
    const companies = kit.app.get(CaseDetailCompaniesResolver);
    expect(await companies.receivingCompany(full, loaders)).toMatchObject({ id: pair.receivingCompanyId });
    expect(await detail.receivingOffice(full, loaders)).toMatchObject({ code: '23' });
    expect(await detail.sendingConsultant(full, loaders)).toMatchObject({
      id: me.id,
      name: me.name,
      email: me.email,
    });
    // Colleagues see who and how to reach them, never the account's secrets or sign-in history.
    const consultant = await detail.sendingConsultant(full, loaders);
    expect(Object.keys(consultant ?? {}).sort()).toEqual(['email', 'id', 'name', 'officeId']);
    expect(await detail.receivingOffer(full, loaders)).toMatchObject({ id: pair.receivingOfferId });
  });

  it('answers a case timeline reading its checklist facts once, however many fields need them', async () => {
    const me = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    const created = await makeCase(kit, {
      sendingConsultantId: me.id,
      stage: CaseStage.INTER_COMPANY_MEETING,
    });
    kit.counter.reset();
    const response = await kit.client.gql<{ case: { missingForNextStage: { key: string }[] } }>(
      me,
      `query ($id: ID!) { case(id: $id) {
        stages { stage progress checklist { key done } }
        missingForNextStage { key }
      } }`,
      { id: created.id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.case.missingForNextStage.map((item) => item.key)).toEqual([
      'meetingHeld',
      'conditionsPresented',
      'subsidyExplained',
    ]);
    expect(
      kit.counter.queries.filter((q) => q.includes('"case_follow_ups"') || q.includes('case_follow_ups f')),
    ).toHaveLength(1);
  });
});
