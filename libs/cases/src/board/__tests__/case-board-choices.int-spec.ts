// What the board offers to narrow itself by (the consultants and companies of the office's cases), and each card's
// next stage, through GraphQL. The offices 18–21 belong to this file: no other board test opens cases there, so the
// choices of office 19 are exactly the ones made here.
import { MoveType } from '@kakehashi/offers';
import { officeId } from '@kakehashi/testing';
import { CaseStage } from '../../workflow/case-stage';
import { insertUser, makeCase, makePair, Role, startBoardKit, type BoardKit } from './board-test-kit';

interface Choices {
  caseBoard: { totalCount: number; consultants: { id: string }[]; companies: { id: string }[] };
}

interface Card {
  id: string;
  nextStage: string | null;
  nextStageLabel: string | null;
}

interface Cards {
  caseBoard: { columns: { cases: Card[] }[] };
}

const CHOICES = `query ($officeId: ID, $filter: CaseBoardFilter) {
  caseBoard(officeId: $officeId, filter: $filter, perStage: 0) {
    totalCount
    consultants { id name }
    companies { id legalName }
  }
}`;

const CARDS = `query ($officeId: ID, $filter: CaseBoardFilter) {
  caseBoard(officeId: $officeId, filter: $filter) {
    columns { stage cases { id stage stageLabel nextStage nextStageLabel } }
  }
}`;

describe('the case board’s filter choices and next stages', () => {
  let kit: BoardKit;
  let yamanashi: string;

  beforeAll(async () => {
    kit = await startBoardKit();
    yamanashi = await officeId(kit.dataSource, '19');
  });
  afterAll(() => kit?.close());

  const idsInNameOrder = async (table: 'users' | 'companies', ids: string[]): Promise<string[]> => {
    const order = table === 'users' ? '"name", "id"' : '"name_search_key", "id"';
    const rows: { id: string }[] = await kit.dataSource.query(
      `SELECT "id" FROM "${table}" WHERE "id" = ANY($1) ORDER BY ${order}`,
      [ids],
    );
    return rows.map((row) => row.id);
  };

  it('offers the consultants and companies of the office’s cases, either side, whatever else is filtered', async () => {
    const hq = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    const sender = await insertUser(kit.dataSource, Role.CONSULTANT, '18');
    const receiver = await insertUser(kit.dataSource, Role.CONSULTANT, '19');
    const transferReceiver = await insertUser(kit.dataSource, Role.CONSULTANT, '18');
    const onClosedOnly = await insertUser(kit.dataSource, Role.CONSULTANT, '19');
    const elsewhere = await insertUser(kit.dataSource, Role.CONSULTANT, '20');
    const open = await makePair(kit, { sendingOfficeCode: '18', receivingOfficeCode: '19' });
    const transfer = await makePair(kit, {
      sendingOfficeCode: '19',
      receivingOfficeCode: '18',
      sendingMoveType: 'EITHER',
      acceptsTransfer: true,
    });
    const closed = await makePair(kit, { sendingOfficeCode: '18', receivingOfficeCode: '19' });
    const other = await makePair(kit, { sendingOfficeCode: '20', receivingOfficeCode: '21' });
    await makeCase(kit, { pair: open, sendingConsultantId: sender.id, receivingConsultantId: receiver.id });
    await makeCase(kit, {
      pair: transfer,
      moveType: MoveType.TRANSFER,
      sendingConsultantId: receiver.id,
      receivingConsultantId: transferReceiver.id,
      stage: CaseStage.HIRING_AGREED,
    });
    await makeCase(kit, { pair: closed, receivingConsultantId: onClosedOnly.id, stage: CaseStage.COMPLETED });
    await makeCase(kit, { pair: other, sendingConsultantId: elsewhere.id });

    const openCompanies = [
      open.sendingCompanyId,
      open.receivingCompanyId,
      transfer.sendingCompanyId,
      transfer.receivingCompanyId,
    ];
    // Narrowed to one consultant and one move type, the board still offers every name of its open cases.
    const narrowed = await kit.client.gql<Choices>(hq, CHOICES, {
      officeId: yamanashi,
      filter: { consultantId: sender.id, moveType: 'SECONDMENT' },
    });
    expect(narrowed.errors).toBeUndefined();
    const board = narrowed.data!.caseBoard;
    expect(board.totalCount).toBe(1);
    expect(board.consultants.map((c) => c.id)).toEqual(
      await idsInNameOrder('users', [sender.id, receiver.id, transferReceiver.id]),
    );
    expect(board.companies.map((c) => c.id)).toEqual(await idsInNameOrder('companies', openCompanies));

    // Closed cases' names come with the closed cases.
    const withClosed = await kit.client.gql<Choices>(hq, CHOICES, {
      officeId: yamanashi,
      filter: { includeClosed: true },
    });
    expect(withClosed.data!.caseBoard.consultants.map((c) => c.id).sort()).toEqual(
      [sender.id, receiver.id, transferReceiver.id, onClosedOnly.id].sort(),
    );
    expect(withClosed.data!.caseBoard.companies.map((c) => c.id).sort()).toEqual(
      [...openCompanies, closed.sendingCompanyId, closed.receivingCompanyId].sort(),
    );
  });

  it('names each card’s next stage in its own flow, and none once the case has ended', async () => {
    const hq = await insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
    const pair = await makePair(kit, {
      sendingOfficeCode: '20',
      receivingOfficeCode: '21',
      sendingMoveType: 'EITHER',
      acceptsTransfer: true,
    });
    const step2 = await makeCase(kit, {
      pair,
      sendingConsultantId: hq.id,
      stage: CaseStage.INTER_COMPANY_MEETING,
    });
    const transferTour = await makeCase(kit, {
      pair,
      moveType: MoveType.TRANSFER,
      sendingConsultantId: hq.id,
      stage: CaseStage.WORKPLACE_TOUR,
    });
    const ended = await makeCase(kit, { pair, sendingConsultantId: hq.id, stage: CaseStage.NOT_ESTABLISHED });
    const response = await kit.client.gql<Cards>(hq, CARDS, {
      officeId: await officeId(kit.dataSource, '20'),
      filter: { consultantId: hq.id, includeClosed: true },
    });
    expect(response.errors).toBeUndefined();
    const cards = new Map<string, Card>(
      response.data!.caseBoard.columns.flatMap((column) =>
        column.cases.map((c): [string, Card] => [c.id, c]),
      ),
    );
    expect(cards.get(step2.id)).toMatchObject({
      nextStage: 'INTERNAL_PROCEDURE',
      nextStageLabel: '出向元の社内手続',
    });
    expect(cards.get(transferTour.id)).toMatchObject({
      nextStage: 'HIRING_AGREED',
      nextStageLabel: '採用内定',
    });
    expect(cards.get(ended.id)).toMatchObject({ nextStage: null, nextStageLabel: null });
  });
});
