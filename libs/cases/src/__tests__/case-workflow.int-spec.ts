// The workflow's use cases on the real database: concurrency, establishments and corrections against the offers,
// the append-only history, and office scope. (The full walk through the API is test/e2e/cases.e2e-spec.ts.)
import type { AuthUser } from '@kakehashi/authz';
import { testPoolSize } from '@kakehashi/testing';
import type { TestingModule } from '@nestjs/testing';
import { addDays, addMonths, japaneseDate, todayInJapan } from '@kakehashi/calendar';
import { DataSource } from 'typeorm';
import { CaseExceptionCode } from '../case.exception';
import type { CaseEntity } from '../cases/case.entity';
import { CorrectEstablishmentService } from '../establishments/services/correct-establishment.service';
import { RecordEstablishmentService } from '../establishments/services/record-establishment.service';
import { CaseQueryService } from '../cases/services/case-query.service';
import { CreateCaseService } from '../cases/services/create-case.service';
import { RecordCaseWorkersService } from '../case-records/services/record-case-workers.service';
import { RecordCaseSectionService } from '../case-records/services/record-case-section.service';
import { AdvanceCaseService } from '../transitions/services/advance-case.service';
import { EndCaseNotEstablishedService } from '../transitions/services/end-case-not-established.service';
import { MoveCaseBackService } from '../transitions/services/move-case-back.service';
import { CaseTimelineService } from '../timeline/case-timeline.service';
import {
  EmploymentType,
  MeetingCondition,
  SocialInsuranceHandling,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
} from '../workflow/case-details';
import { moveBackTargets } from '../workflow/case-moves';
import { CASE_FLOWS, CaseStage, NotEstablishedReason } from '../workflow/case-stage';
import {
  casesTestingModule,
  insertOfferPair,
  insertUser,
  offerRemainders,
  refusal,
  Role,
  type OfferPairOptions,
} from './case-test-kit';

describe('case workflow (real PostgreSQL)', () => {
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let tokyo: AuthUser;
  let aichi: AuthUser;
  let osaka: AuthUser;
  let hq: AuthUser;

  const svc = <T>(type: new (...args: never[]) => T): T => moduleRef.get(type);

  beforeAll(async () => {
    moduleRef = await casesTestingModule({ inProcessJobs: true });
    dataSource = moduleRef.get(DataSource);
    tokyo = await insertUser(dataSource, Role.CONSULTANT, '13');
    aichi = await insertUser(dataSource, Role.CONSULTANT, '23');
    osaka = await insertUser(dataSource, Role.CONSULTANT, '27');
    hq = await insertUser(dataSource, Role.HQ_COORDINATOR, 'HQ');
  });

  afterAll(async () => {
    await moduleRef?.close();
  });

  async function openCase(options: OfferPairOptions = {}, people = 2) {
    const pair = await insertOfferPair(dataSource, options);
    const moveType = options.sendingMoveType === 'TRANSFER' ? 'TRANSFER' : 'SECONDMENT';
    const created = await svc(CreateCaseService).create(tokyo, { ...pair, moveType, people } as never);
    return { pair, created };
  }

  const v = (c: CaseEntity) => ({ caseId: c.id, expectedVersion: c.version });

  /** A secondment walked to STEP4 with a complete contract and `workers` consenting workers. */
  async function caseReadyToStart(
    options: OfferPairOptions = {},
    workers = 2,
    period: { startOn: string; endOn: string } = { startOn: '2026-11-20', endOn: '2027-11-30' },
  ) {
    const { pair, created } = await openCase({ sendingMoveType: 'SECONDMENT', ...options }, workers);
    let c = await svc(AdvanceCaseService).advance(tokyo, v(created));
    c = await svc(RecordCaseSectionService).recordMeeting(tokyo, {
      ...v(c),
      heldOn: '2026-11-01',
      attendees: '両社人事担当',
      conditionsPresented: [MeetingCondition.PERIOD, MeetingCondition.WAGES, MeetingCondition.WORKING_HOURS],
      subsidyExplained: true,
    });
    c = await svc(AdvanceCaseService).advance(tokyo, v(c));
    c = await svc(RecordCaseWorkersService).record(tokyo, {
      ...v(c),
      workers: Array.from({ length: workers }, (_, i) => ({
        label: `対象者${i + 1}`,
        consentOn: '2026-11-05',
      })),
    });
    c = await svc(RecordCaseSectionService).recordInternalProcedure(tokyo, {
      ...v(c),
      conditionsStated: true,
      workerSelection: WorkerSelection.SELECTED,
      unionAgreement: UnionAgreementStatus.NO_UNION,
      workRulesClause: true,
    });
    c = await svc(AdvanceCaseService).advance(tokyo, v(c));
    c = await svc(RecordCaseSectionService).recordWorkplaceTour(aichi, {
      ...v(c),
      heldOn: '2026-11-10',
      attendees: [],
    });
    c = await svc(AdvanceCaseService).advance(aichi, v(c));
    c = await svc(RecordCaseSectionService).recordContract(tokyo, {
      ...v(c),
      ...period,
      // The 13 months run past the offers' 12: agreed as an exception, as the period check asks.
      periodOverrideReason: '繁忙期を含めるため両社が合意',
      duties: '入出庫管理',
      wageShareUnit: WageShareUnit.PERCENT,
      senderShare: 50,
      receiverShare: 50,
      workingHours: '9:00〜18:00',
      overtime: 'なし',
      socialInsurance: SocialInsuranceHandling.SENDER,
      subsidyApplicationPlanned: false,
      concludedOn: '2026-11-15',
    });
    return { pair, c };
  }

  it('keeps both updates safe when two consultants save at once: one wins, the other gets CONFLICT', async () => {
    const { created } = await openCase();
    const step2 = await svc(AdvanceCaseService).advance(tokyo, v(created));
    const base = { ...v(step2), conditionsPresented: [], subsidyExplained: false };
    // Two connections, so the saves really overlap: the row lock keeps them apart, not the turns of one connection.
    const parallel = await casesTestingModule({ inProcessJobs: true, poolSize: testPoolSize(2) });
    const sections = parallel.get(RecordCaseSectionService);
    const results = await Promise.allSettled([
      sections.recordMeeting(tokyo, { ...base, attendees: '東京の記録' }),
      sections.recordMeeting(aichi, { ...base, attendees: '愛知の記録' }),
    ]).finally(() => parallel.close());
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: CaseExceptionCode.STALE_VERSION });
    expect(lost[0].reason.extensions).toMatchObject({
      currentVersion: step2.version + 1,
      currentStage: 'INTER_COMPANY_MEETING',
    });

    const winner = (won[0] as PromiseFulfilledResult<CaseEntity>).value;
    const stored = await svc(CaseQueryService).full(hq, created.id);
    expect(stored.meeting?.attendees).toBe(winner.meeting?.attendees);
    const history = await svc(CaseTimelineService).history(created.id);
    expect(history.filter((h) => h.action === 'MEETING_RECORDED')).toHaveLength(1);

    // The loser re-reads and re-applies on the current version: nothing is lost.
    const retried = await svc(RecordCaseSectionService).recordMeeting(aichi, {
      ...v(stored),
      conditionsPresented: [],
      subsidyExplained: false,
      attendees: `${stored.meeting?.attendees}・愛知の記録`,
    });
    expect(retried.version).toBe(stored.version + 1);
  });

  it('establishes: reduces both offers, closes one at zero, appends the event, and only the people left can start', async () => {
    const { pair, c } = await caseReadyToStart({ sendingPeople: 4, receivingPeople: 2 });
    const ids = c.workers.map((w) => w.id);
    const started = await svc(RecordEstablishmentService).record(tokyo, {
      ...v(c),
      establishedOn: '2026-11-20',
      workerIds: ids,
    });
    expect(started).toMatchObject({
      stage: CaseStage.STARTED,
      peopleEstablished: 2,
      establishedOn: '2026-11-20',
    });
    expect(await offerRemainders(dataSource, pair)).toEqual({
      sending: 2,
      receiving: 0,
      sendingStatus: 'OPEN',
      receivingStatus: 'CLOSED',
    });
    const events = await svc(CaseTimelineService).establishments(c.id);
    expect(events).toMatchObject([
      { kind: 'ESTABLISHED', people: 2, occurredOn: '2026-11-20', moveType: 'SECONDMENT' },
    ]);

    // A second case on the same (now full) receiving offer cannot start anyone.
    const second = await svc(CreateCaseService)
      .create(tokyo, {
        sendingOfferId: pair.sendingOfferId,
        receivingOfferId: pair.receivingOfferId,
        people: 1,
      } as never)
      .catch((error: unknown) => error);
    expect(second).toMatchObject({ code: CaseExceptionCode.INVALID_INPUT });
  });

  it('refuses a start dated before the contract starts, naming its start day, and writes nothing', async () => {
    // Recorded today for a contract that starts next month: the start has not happened yet.
    const today = todayInJapan();
    const startOn = addDays(today, 30);
    const { pair, c } = await caseReadyToStart({}, 1, {
      startOn,
      endOn: addDays(addMonths(startOn, 12), -1),
    });
    const early = await refusal(
      svc(RecordEstablishmentService).record(tokyo, {
        ...v(c),
        establishedOn: today,
        workerIds: [c.workers[0].id],
      }),
    );
    expect(early.code).toBe(CaseExceptionCode.INVALID_INPUT);
    expect(early.fields).toEqual([
      {
        field: 'input.establishedOn',
        message: `出向開始日は出向契約の開始日(${japaneseDate(startOn)})より前にできません。開始日が変わった場合は先に出向契約を修正してください。`,
      },
    ]);
    const stored = await svc(CaseQueryService).full(hq, c.id);
    expect(stored).toMatchObject({ stage: CaseStage.CONTRACT, establishedOn: null, peopleEstablished: 0 });
    expect(await svc(CaseTimelineService).establishments(c.id)).toEqual([]);
    expect(await offerRemainders(dataSource, pair)).toMatchObject({ sending: 3, receiving: 3 });

    // A past day before the start is refused the same way; the start day itself is accepted.
    const started = await caseReadyToStart({}, 1);
    const past = await refusal(
      svc(RecordEstablishmentService).record(tokyo, {
        ...v(started.c),
        establishedOn: '2026-11-19',
        workerIds: [started.c.workers[0].id],
      }),
    );
    expect(past.fields?.[0]?.message).toContain('出向契約の開始日(2026年11月20日)より前にできません');
    const onTheDay = await svc(RecordEstablishmentService).record(tokyo, {
      ...v(started.c),
      establishedOn: '2026-11-20',
      workerIds: [started.c.workers[0].id],
    });
    expect(onTheDay).toMatchObject({ stage: CaseStage.STARTED, establishedOn: '2026-11-20' });
  });

  it('refuses a transfer hire dated before the hiring agreement’s planned hire day', async () => {
    const today = todayInJapan();
    const plannedHireOn = addDays(today, 20);
    const { created } = await openCase({ sendingMoveType: 'TRANSFER' }, 1);
    let c = await svc(AdvanceCaseService).advance(tokyo, v(created));
    c = await svc(RecordCaseSectionService).recordMeeting(tokyo, {
      ...v(c),
      heldOn: '2026-11-01',
      conditionsPresented: [MeetingCondition.PERIOD, MeetingCondition.WAGES, MeetingCondition.WORKING_HOURS],
      subsidyExplained: false,
    });
    c = await svc(AdvanceCaseService).advance(tokyo, v(c));
    c = await svc(RecordCaseSectionService).recordWorkplaceTour(aichi, {
      ...v(c),
      heldOn: '2026-11-10',
      attendees: [],
    });
    c = await svc(AdvanceCaseService).advance(aichi, v(c));
    c = await svc(RecordCaseWorkersService).record(tokyo, {
      ...v(c),
      workers: [{ label: '移籍対象者', consentOn: '2026-11-12' }],
    });
    c = await svc(RecordCaseSectionService).recordHiringAgreement(aichi, {
      ...v(c),
      agreedOn: '2026-11-25',
      plannedHireOn,
      jobTitle: '品質検査',
      employmentType: EmploymentType.REGULAR,
    });
    const early = await refusal(
      svc(RecordEstablishmentService).record(aichi, {
        ...v(c),
        establishedOn: today,
        workerIds: [c.workers[0].id],
      }),
    );
    expect(early.fields).toEqual([
      {
        field: 'input.establishedOn',
        message: `採用日は採用内定の採用予定日(${japaneseDate(plannedHireOn)})より前にできません。採用日が早まった場合は先に採用内定を修正してください。`,
      },
    ]);
    expect(await svc(CaseQueryService).full(hq, c.id)).toMatchObject({
      stage: CaseStage.HIRING_AGREED,
      establishedOn: null,
    });
  });

  it('lets exactly one of two cases racing for the last place start', async () => {
    const first = await caseReadyToStart({ sendingPeople: 2, receivingPeople: 1 }, 1);
    const pair = first.pair;
    // A second case on the same offers, walked to STEP4 by SQL-free reuse of the same steps.
    const { c: other } = await caseReadyToStart({}, 1);
    await dataSource.query('UPDATE cases SET sending_offer_id = $1, receiving_offer_id = $2 WHERE id = $3', [
      pair.sendingOfferId,
      pair.receivingOfferId,
      other.id,
    ]);
    const results = await Promise.allSettled([
      svc(RecordEstablishmentService).record(tokyo, {
        ...v(first.c),
        establishedOn: '2026-11-20',
        workerIds: [first.c.workers[0].id],
      }),
      svc(RecordEstablishmentService).record(tokyo, {
        ...v(other),
        establishedOn: '2026-11-20',
        workerIds: [other.workers[0].id],
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: CaseExceptionCode.PEOPLE_EXCEED_REMAINING });
    expect(refused?.reason.message).toContain('受入情報の残り0人');
    expect((await offerRemainders(dataSource, pair)).receiving).toBe(0);
  });

  it('records a withdrawal as a correction, gives the place back, and ends the case when nobody is left', async () => {
    const { pair, c } = await caseReadyToStart({ sendingPeople: 2, receivingPeople: 2 });
    const [a, b] = c.workers.map((w) => w.id);
    let started = await svc(RecordEstablishmentService).record(tokyo, {
      ...v(c),
      establishedOn: '2026-11-20',
      workerIds: [a, b],
    });
    expect(await offerRemainders(dataSource, pair)).toMatchObject({
      sending: 0,
      receiving: 0,
      receivingStatus: 'CLOSED',
    });

    const noReason = await refusal(
      svc(CorrectEstablishmentService).correct(tokyo, {
        ...v(started),
        occurredOn: '2026-11-20',
        withdrawnWorkerIds: [a],
        addedWorkerIds: [],
        reason: ' ',
      }),
    );
    expect(noReason.fields).toEqual([{ field: 'input.reason', message: '訂正の理由を入力してください。' }]);

    started = await svc(CorrectEstablishmentService).correct(tokyo, {
      ...v(started),
      occurredOn: '2026-11-20',
      withdrawnWorkerIds: [a],
      addedWorkerIds: [],
      reason: '初日に1名が体調不良で辞退',
    });
    expect(started).toMatchObject({ stage: CaseStage.STARTED, peopleEstablished: 1 });
    expect(started.workers.find((w) => w.id === a)).toMatchObject({
      established: false,
      withdrawnOn: '2026-11-20',
    });
    expect(await offerRemainders(dataSource, pair)).toMatchObject({
      sending: 1,
      receiving: 1,
      receivingStatus: 'OPEN',
    });
    const events = await svc(CaseTimelineService).establishments(c.id);
    await expect(
      dataSource.query('UPDATE case_establishments SET people = 5 WHERE case_id = $1', [c.id]),
    ).rejects.toThrow(/append-only/);
    expect(events.map((e) => [e.kind, e.people, e.reason])).toEqual([
      ['ESTABLISHED', 2, null],
      ['CORRECTION', -1, '初日に1名が体調不良で辞退'],
    ]);

    const ended = await svc(CorrectEstablishmentService).correct(tokyo, {
      ...v(started),
      occurredOn: '2026-11-21',
      withdrawnWorkerIds: [b],
      addedWorkerIds: [],
      reason: '残る1名も辞退',
    });
    expect(ended).toMatchObject({
      stage: CaseStage.NOT_ESTABLISHED,
      peopleEstablished: 0,
      notEstablishedReason: NotEstablishedReason.DECLINED_BY_WORKER,
      endedFromStage: CaseStage.STARTED,
    });
  });

  it('goes back with a reason, but never before the establishment once people started', async () => {
    const { c } = await caseReadyToStart();
    const noReason = await refusal(
      svc(MoveCaseBackService).moveBack(tokyo, {
        ...v(c),
        toStage: CaseStage.INTER_COMPANY_MEETING,
        reason: '',
      }),
    );
    expect(noReason.fields).toEqual([{ field: 'input.reason', message: '戻す理由を入力してください。' }]);
    const back = await svc(MoveCaseBackService).moveBack(tokyo, {
      ...v(c),
      toStage: CaseStage.WORKPLACE_TOUR,
      reason: '見学をやり直す',
    });
    expect(back.stage).toBe(CaseStage.WORKPLACE_TOUR);
    expect(back.contract?.endOn).toBe('2027-11-30');
    const history = await svc(CaseTimelineService).history(c.id);
    expect(history.at(-1)).toMatchObject({
      action: 'MOVED_BACK',
      fromStage: 'CONTRACT',
      toStage: 'WORKPLACE_TOUR',
      reason: '見学をやり直す',
    });

    const again = await svc(AdvanceCaseService).advance(tokyo, v(back));
    const started = await svc(RecordEstablishmentService).record(tokyo, {
      ...v(again),
      establishedOn: '2026-11-20',
      workerIds: [again.workers[0].id],
    });
    const refused = await refusal(
      svc(MoveCaseBackService).moveBack(tokyo, {
        ...v(started),
        toStage: CaseStage.CONTRACT,
        reason: '誤り',
      }),
    );
    expect(refused.code).toBe(CaseExceptionCode.INVALID_TRANSITION);
    const refusedEnd = await refusal(
      svc(EndCaseNotEstablishedService).end(tokyo, {
        ...v(started),
        reasonCode: NotEstablishedReason.DECLINED_BY_SENDER,
      }),
    );
    expect(refusedEnd.code).toBe(CaseExceptionCode.INVALID_TRANSITION);
  });

  it('ends as not established with a reason, after which the case is read-only', async () => {
    const { created } = await openCase();
    const other = await refusal(
      svc(EndCaseNotEstablishedService).end(tokyo, { ...v(created), reasonCode: NotEstablishedReason.OTHER }),
    );
    expect(other.fields).toEqual([
      { field: 'input.reason', message: '「その他」を選んだ場合は理由を入力してください。' },
    ]);
    const ended = await svc(EndCaseNotEstablishedService).end(aichi, {
      ...v(created),
      reasonCode: NotEstablishedReason.CONDITIONS_NOT_AGREED,
      reason: '賃金負担で合意できず',
      endedOn: '2026-11-18',
    });
    expect(ended).toMatchObject({
      stage: CaseStage.NOT_ESTABLISHED,
      endedFromStage: CaseStage.INFORMATION_COLLECTION,
      endedOn: '2026-11-18',
    });
    const closed = await refusal(svc(AdvanceCaseService).advance(tokyo, v(ended)));
    expect(closed.code).toBe(CaseExceptionCode.CASE_CLOSED);
  });

  it('lets only the offices involved and headquarters act; others are refused before anything is read', async () => {
    const { created } = await openCase();
    expect((await refusal(svc(AdvanceCaseService).advance(osaka, v(created)))).code).toBe(
      CaseExceptionCode.NOT_INVOLVED,
    );
    expect((await refusal(svc(CaseQueryService).full(osaka, created.id))).code).toBe(
      CaseExceptionCode.NOT_INVOLVED,
    );
    expect((await svc(CaseQueryService).summary(created.id)).id).toBe(created.id);
    const byHq = await svc(AdvanceCaseService).advance(hq, v(created));
    expect(byHq.updatedByUserId).toBe(hq.id);
    const openedByOsaka = await refusal(
      svc(CreateCaseService).create(osaka, { ...(await insertOfferPair(dataSource)), people: 1 } as never),
    );
    expect(openedByOsaka.code).toBe(CaseExceptionCode.NOT_INVOLVED);
  });

  it('keeps the history append-only, even for direct SQL', async () => {
    const { created } = await openCase();
    await expect(
      dataSource.query('UPDATE case_history SET reason = $1 WHERE case_id = $2', ['改ざん', created.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query('DELETE FROM case_history WHERE case_id = $1', [created.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      dataSource.query('DELETE FROM case_establishments WHERE case_id = $1', [created.id]),
    ).resolves.toBeDefined();
  });

  it('opens one case per taken-up suggestion, with its people', async () => {
    const pair = await insertOfferPair(dataSource, { sendingMoveType: 'TRANSFER' });
    const [decision]: { id: string }[] = await dataSource.query(
      `INSERT INTO match_decisions (sending_offer_id, receiving_offer_id, decision, people, score, explanation, source, decided_by_user_id)
       VALUES ($1, $2, 'TAKEN_UP', 2, 0.8, '{}', 'ON_DEMAND', $3) RETURNING id`,
      [pair.sendingOfferId, pair.receivingOfferId, tokyo.id],
    );
    const created = await svc(CreateCaseService).create(tokyo, { matchDecisionId: decision.id } as never);
    expect(created).toMatchObject({
      moveType: 'TRANSFER',
      peoplePlanned: 2,
      matchDecisionId: decision.id,
      sendingConsultantId: tokyo.id,
      receivingConsultantId: null,
    });
    const again = await refusal(
      svc(CreateCaseService).create(aichi, { matchDecisionId: decision.id } as never),
    );
    expect(again.code).toBe(CaseExceptionCode.MATCH_ALREADY_HAS_CASE);
  });
  it('offers exactly the stages going back accepts, before and after the establishment', async () => {
    const { c } = await caseReadyToStart();
    const offered = moveBackTargets(c.moveType, c.stage);
    expect(offered).toEqual([
      CaseStage.INFORMATION_COLLECTION,
      CaseStage.INTER_COMPANY_MEETING,
      CaseStage.INTERNAL_PROCEDURE,
      CaseStage.WORKPLACE_TOUR,
    ]);
    for (const stage of CASE_FLOWS[c.moveType].filter((each) => !offered.includes(each))) {
      const refused = await refusal(
        svc(MoveCaseBackService).moveBack(tokyo, { ...v(c), toStage: stage, reason: '確認' }),
      );
      expect(refused.code).toBe(CaseExceptionCode.INVALID_INPUT);
    }
    const back = await svc(MoveCaseBackService).moveBack(tokyo, {
      ...v(c),
      toStage: CaseStage.WORKPLACE_TOUR,
      reason: '見学をやり直す',
    });
    expect(back.stage).toBe(CaseStage.WORKPLACE_TOUR);

    const again = await svc(AdvanceCaseService).advance(tokyo, v(back));
    const started = await svc(RecordEstablishmentService).record(tokyo, {
      ...v(again),
      establishedOn: '2026-11-20',
      workerIds: [again.workers[0].id],
    });
    expect(moveBackTargets(started.moveType, started.stage)).toEqual([]);
    for (const stage of offered) {
      const refused = await refusal(
        svc(MoveCaseBackService).moveBack(tokyo, { ...v(started), toStage: stage, reason: '確認' }),
      );
      expect(refused.code).toBe(CaseExceptionCode.INVALID_TRANSITION);
    }
  });
});
