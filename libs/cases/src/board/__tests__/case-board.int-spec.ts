import { MoveType } from '@kakehashi/offers';
import { officeId, staffUser } from '@kakehashi/testing';
import type { AuthUser } from '@kakehashi/authz';
import { refusal } from '../../__tests__/case-test-kit';
import { CaseExceptionCode } from '../../case.exception';
import { CaseStage } from '../../workflow/case-stage';
import type { CaseBoardModel } from '../case-board.model';
import { CaseSortDirection, CaseSortField } from '../case-board.inputs';
import type { CaseBoardRequest } from '../case-board.service';
import { daysInStage } from '../days-in-stage';
import { insertUser, makeCase, makePair, Role, startBoardKit, type BoardKit } from './board-test-kit';

const {
  INFORMATION_COLLECTION: STEP1,
  INTER_COMPANY_MEETING: STEP2,
  INTERNAL_PROCEDURE,
  WORKPLACE_TOUR,
  CONTRACT,
  STARTED,
  HIRING_AGREED,
  HIRED,
  FOLLOW_UP,
  COMPLETED,
  NOT_ESTABLISHED,
} = CaseStage;

describe('the case board (service on PostgreSQL)', () => {
  let kit: BoardKit;
  let tokyo: string;
  let aichi: string;
  let osaka: string;

  beforeAll(async () => {
    kit = await startBoardKit();
    tokyo = await officeId(kit.dataSource, '13');
    aichi = await officeId(kit.dataSource, '23');
    osaka = await officeId(kit.dataSource, '27');
  });
  afterAll(() => kit?.close());

  /** A headquarters coordinator of the test's own: in charge of its cases, so filtering by them isolates the test. */
  const owner = () => insertUser(kit.dataSource, Role.HQ_COORDINATOR, 'HQ');
  const board = (user: AuthUser, request: CaseBoardRequest) => kit.boards.board(user, request);
  const column = (result: CaseBoardModel, stage: CaseStage) => {
    const found = result.columns.find((c) => c.stage === stage);
    if (!found) throw new Error(`no column ${stage}`);
    return found;
  };
  const idsIn = (result: CaseBoardModel, stage: CaseStage) => column(result, stage).cases.map((c) => c.id);
  const allIds = (result: CaseBoardModel) => result.columns.flatMap((c) => c.cases.map((x) => x.id)).sort();
  const counts = (result: CaseBoardModel) =>
    Object.fromEntries(result.columns.map((c) => [c.stage, c.count]));

  describe('an office’s cases by stage', () => {
    let me: AuthUser;
    const c: Record<string, string> = {};

    beforeAll(async () => {
      me = await owner();
      const tokyoAichi = await makePair(kit);
      const osakaAichi = await makePair(kit, { sendingOfficeCode: '27' });
      const open = (stage: CaseStage, enteredAgo: string, extra: Parameters<typeof makeCase>[1] = {}) =>
        makeCase(kit, { pair: tokyoAichi, sendingConsultantId: me.id, stage, enteredAgo, ...extra });
      c['step1a'] = (await open(STEP1, '5 days')).id;
      c['step1b'] = (await open(STEP1, '10 days')).id;
      c['step1c'] = (await open(STEP1, '1 day')).id;
      c['step2'] = (await open(STEP2, '3 days')).id;
      c['internal'] = (await open(INTERNAL_PROCEDURE, '2 days')).id;
      c['completed'] = (await open(COMPLETED, '20 days')).id;
      c['notEstablished'] = (await open(NOT_ESTABLISHED, '30 days')).id;
      c['transfer'] = (await open(HIRING_AGREED, '4 days', { moveType: MoveType.TRANSFER })).id;
      c['osaka'] = (await open(STEP1, '7 days', { pair: osakaAichi })).id;
    });

    it('shows the open stages in the order of the flow, with exact counts and the oldest first in each', async () => {
      const result = await board(me, { officeId: tokyo, filter: { consultantId: me.id }, perStage: 2 });
      expect(result.officeId).toBe(tokyo);
      expect(result.columns.map((col) => col.stage)).toEqual([
        STEP1,
        STEP2,
        INTERNAL_PROCEDURE,
        WORKPLACE_TOUR,
        CONTRACT,
        STARTED,
        HIRING_AGREED,
        HIRED,
        FOLLOW_UP,
      ]);
      expect(counts(result)).toEqual({
        [STEP1]: 3,
        [STEP2]: 1,
        [INTERNAL_PROCEDURE]: 1,
        [WORKPLACE_TOUR]: 0,
        [CONTRACT]: 0,
        [STARTED]: 0,
        [HIRING_AGREED]: 1,
        [HIRED]: 0,
        [FOLLOW_UP]: 0,
      });
      expect(result.totalCount).toBe(6);
      // Capped at two cards, the count still says three.
      expect(column(result, STEP1)).toMatchObject({ stageLabel: 'STEP1 情報収集', count: 3, hasMore: true });
      expect(idsIn(result, STEP1)).toEqual([c['step1b'], c['step1a']]);
      expect(column(result, STEP2)).toMatchObject({ count: 1, hasMore: false });
      expect(idsIn(result, HIRING_AGREED)).toEqual([c['transfer']]);
      expect(column(result, STEP2).cases[0]).toMatchObject({
        id: c['step2'],
        stage: STEP2,
        stageLabel: 'STEP2 企業間面談',
        sendingOfficeId: tokyo,
        receivingOfficeId: aichi,
        sendingConsultantId: me.id,
      });
    });

    it('counts a case on the boards of both its offices and of no other', async () => {
      const receiving = await board(me, { officeId: aichi, filter: { consultantId: me.id } });
      expect(counts(receiving)[STEP1]).toBe(4);
      expect(idsIn(receiving, STEP1)).toEqual([c['step1b'], c['osaka'], c['step1a'], c['step1c']]);
      expect(receiving.totalCount).toBe(7);
      const sending = await board(me, { officeId: osaka, filter: { consultantId: me.id } });
      expect(sending.totalCount).toBe(1);
      expect(allIds(sending)).toEqual([c['osaka']]);
    });

    it('hides completed and not-established cases unless asked for, by includeClosed or by naming the stage', async () => {
      const all = await board(me, { officeId: tokyo, filter: { consultantId: me.id, includeClosed: true } });
      expect(all.columns.map((col) => col.stage).slice(-2)).toEqual([COMPLETED, NOT_ESTABLISHED]);
      expect(idsIn(all, COMPLETED)).toEqual([c['completed']]);
      expect(idsIn(all, NOT_ESTABLISHED)).toEqual([c['notEstablished']]);
      expect(all.totalCount).toBe(8);

      const named = await board(me, {
        officeId: tokyo,
        filter: { consultantId: me.id, stages: [COMPLETED, STEP2] },
      });
      expect(named.columns.map((col) => [col.stage, col.count])).toEqual([
        [STEP2, 1],
        [COMPLETED, 1],
      ]);
    });

    it('shows the move type’s own flow when filtered by move type', async () => {
      const secondments = await board(me, {
        officeId: tokyo,
        filter: { consultantId: me.id, moveType: MoveType.SECONDMENT },
      });
      expect(secondments.columns.map((col) => col.stage)).toEqual([
        STEP1,
        STEP2,
        INTERNAL_PROCEDURE,
        WORKPLACE_TOUR,
        CONTRACT,
        STARTED,
        FOLLOW_UP,
      ]);
      expect(secondments.totalCount).toBe(5);
      const transfers = await board(me, {
        officeId: tokyo,
        filter: { consultantId: me.id, moveType: MoveType.TRANSFER, includeClosed: true },
      });
      expect(transfers.columns.map((col) => col.stage)).toEqual([
        STEP1,
        STEP2,
        WORKPLACE_TOUR,
        HIRING_AGREED,
        HIRED,
        FOLLOW_UP,
        COMPLETED,
        NOT_ESTABLISHED,
      ]);
      expect(allIds(transfers)).toEqual([c['transfer']]);
    });

    it('gives counts without cards for perStage 0', async () => {
      const result = await board(me, { officeId: tokyo, filter: { consultantId: me.id }, perStage: 0 });
      expect(result.totalCount).toBe(6);
      expect(result.columns.every((col) => col.cases.length === 0)).toBe(true);
      expect(column(result, STEP1)).toMatchObject({ count: 3, hasMore: true });
    });
  });

  it('finds cases stuck for more than N days (Japanese calendar days, the boundary day excluded)', async () => {
    const me = await owner();
    const pair = await makePair(kit);
    const open = (stage: CaseStage, enteredAgo: string) =>
      makeCase(kit, { pair, sendingConsultantId: me.id, stage, enteredAgo });
    const forty = await open(STEP2, '40 days');
    const thirtyOne = await open(STEP2, '31 days');
    await open(STEP2, '30 days');
    await open(STEP2, '10 days');
    const step1 = await open(STEP1, '45 days');

    const stuckInStep2 = await board(me, {
      officeId: tokyo,
      filter: { consultantId: me.id, stages: [STEP2], stuckForMoreThanDays: 30 },
    });
    expect(stuckInStep2.columns.map((col) => col.stage)).toEqual([STEP2]);
    expect(idsIn(stuckInStep2, STEP2)).toEqual([forty.id, thirtyOne.id]);
    const card = column(stuckInStep2, STEP2).cases[0];
    expect(daysInStage(card.stageEnteredAt)).toBe(40);

    const stuckAnywhere = await board(me, {
      officeId: tokyo,
      filter: { consultantId: me.id, stuckForMoreThanDays: 30 },
    });
    expect(stuckAnywhere.totalCount).toBe(3);
    expect(idsIn(stuckAnywhere, STEP1)).toEqual([step1.id]);
    const everything = await board(me, {
      officeId: tokyo,
      filter: { consultantId: me.id, stuckForMoreThanDays: 0 },
    });
    expect(everything.totalCount).toBe(5);
  });

  it('filters by company, industry and consultant, each on either side', async () => {
    const me = await owner();
    const receivingConsultant = await insertUser(kit.dataSource, Role.CONSULTANT, '23');
    const sendingConsultant = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
    const p1 = await makePair(kit, { sendingJsic: 'E', receivingJsic: 'H' });
    const p2 = await makePair(kit, { sendingJsic: 'P', receivingJsic: 'E' });
    const p3 = await makePair(kit, { sendingJsic: 'F', receivingJsic: 'G' });
    const c1 = await makeCase(kit, { pair: p1, sendingConsultantId: me.id });
    const c2 = await makeCase(kit, {
      pair: p2,
      sendingConsultantId: me.id,
      receivingConsultantId: receivingConsultant.id,
    });
    const c3 = await makeCase(kit, {
      pair: p3,
      sendingConsultantId: sendingConsultant.id,
      receivingConsultantId: me.id,
    });
    const ids = async (filter: CaseBoardRequest['filter']) =>
      allIds(await board(me, { officeId: aichi, filter }));

    expect(await ids({ consultantId: me.id })).toEqual([c1.id, c2.id, c3.id].sort());
    expect(await ids({ consultantId: receivingConsultant.id })).toEqual([c2.id]);
    expect(await ids({ consultantId: sendingConsultant.id })).toEqual([c3.id]);
    expect(await ids({ companyId: p1.sendingCompanyId })).toEqual([c1.id]);
    expect(await ids({ companyId: p2.receivingCompanyId })).toEqual([c2.id]);
    expect(await ids({ consultantId: me.id, jsicMajorCode: 'H' })).toEqual([c1.id]);
    expect(await ids({ consultantId: me.id, jsicMajorCode: 'ｅ' })).toEqual([c1.id, c2.id].sort());
    expect(await ids({ consultantId: me.id, jsicMajorCode: 'G' })).toEqual([c3.id]);
    expect(await ids({ consultantId: me.id, jsicMajorCode: 'A' })).toEqual([]);
    expect(await ids({ consultantId: me.id, companyId: p3.receivingCompanyId, jsicMajorCode: 'F' })).toEqual([
      c3.id,
    ]);
  });

  it('sorts each column by stage age, last update or case number, either way', async () => {
    const me = await owner();
    const pair = await makePair(kit);
    const made = [];
    for (const [enteredAgo, updatedAgo] of [
      ['4 days', '2 hours'],
      ['1 day', '1 hour'],
      ['3 days', '4 hours'],
      ['2 days', '3 hours'],
    ]) {
      made.push((await makeCase(kit, { pair, sendingConsultantId: me.id, enteredAgo, updatedAgo })).id);
    }
    const [d4, d1, d3, d2] = made;
    const order = async (field?: CaseSortField, direction?: CaseSortDirection) =>
      idsIn(
        await board(me, { officeId: tokyo, filter: { consultantId: me.id }, sort: { field, direction } }),
        STEP1,
      );

    expect(await order()).toEqual([d4, d3, d2, d1]);
    expect(await order(CaseSortField.STAGE_AGE, CaseSortDirection.ASC)).toEqual([d1, d2, d3, d4]);
    expect(await order(CaseSortField.UPDATED_AT)).toEqual([d1, d4, d2, d3]);
    expect(await order(CaseSortField.UPDATED_AT, CaseSortDirection.ASC)).toEqual([d3, d2, d4, d1]);
    expect(await order(CaseSortField.CASE_NUMBER, CaseSortDirection.ASC)).toEqual(made);
    expect(await order(CaseSortField.CASE_NUMBER, CaseSortDirection.DESC)).toEqual([...made].reverse());
  });

  describe('whose board', () => {
    it('is the caller’s own office by default, and any office a Center consultant names', async () => {
      const consultant = await insertUser(kit.dataSource, Role.CONSULTANT, '13');
      expect((await board(consultant, {})).officeId).toBe(tokyo);
      // Summaries of every office are open to all Center staff who broker: coordination crosses offices.
      expect((await board(consultant, { officeId: osaka })).officeId).toBe(osaka);
      const hq = await owner();
      expect((await board(hq, {})).officeId).toBe(await officeId(kit.dataSource, 'HQ'));
      expect((await board(staffUser(Role.ADMIN), { officeId: aichi })).officeId).toBe(aichi);
    });

    it('asks an administrator without an office to name one, and refuses an unknown office', async () => {
      const admin = staffUser(Role.ADMIN);
      const unnamed = await refusal(board(admin, {}));
      expect(unnamed.code).toBe(CaseExceptionCode.INVALID_INPUT);
      expect(unnamed.fields).toEqual([{ field: 'officeId', message: '表示する事務所を指定してください。' }]);
      for (const asked of ['tokyo', '00000000-0000-4000-8000-000000000000']) {
        const unknown = await refusal(board(admin, { officeId: asked }));
        expect(unknown.fields).toEqual([
          { field: 'officeId', message: '指定された事務所が見つかりません。' },
        ]);
      }
      const officeless = await refusal(board({ ...staffUser(Role.CONSULTANT), officeId: null }, {}));
      expect(officeless.code).toBe(CaseExceptionCode.NO_OFFICE_ASSIGNED);
    });

    it('refuses executives and partners even when called directly', async () => {
      for (const role of [Role.EXECUTIVE, Role.PARTNER_HQ, Role.PARTNER_BRANCH]) {
        const refused = await refusal(board(staffUser(role, tokyo), { officeId: tokyo }));
        expect({ role, code: refused.code }).toEqual({ role, code: CaseExceptionCode.CASES_NOT_READABLE });
      }
    });

    it('names every malformed filter value in Japanese', async () => {
      const refused = await refusal(
        board(staffUser(Role.ADMIN), {
          officeId: tokyo,
          perStage: 101,
          filter: { consultantId: 'me', companyId: '1', jsicMajorCode: 'Z', stuckForMoreThanDays: -1 },
        }),
      );
      expect(refused.code).toBe(CaseExceptionCode.INVALID_INPUT);
      expect(refused.fields.map((f) => f.field).sort()).toEqual([
        'filter.companyId',
        'filter.consultantId',
        'filter.jsicMajorCode',
        'filter.stuckForMoreThanDays',
        'perStage',
      ]);
      expect(refused.fields.every((f) => /[ぁ-んァ-ン一-龥]/.test(f.message))).toBe(true);
    });
  });
});
