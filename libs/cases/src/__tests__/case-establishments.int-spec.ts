// Establishments on the real database: starts and hires against the contract and the offers, the race for the last
// place, and corrections that give places back. (The rest of the workflow: case-workflow.int-spec.ts.)
import type { AuthUser } from '@kakehashi/authz';
import { addDays, addMonths, japaneseDate, todayInJapan } from '@kakehashi/calendar';
import { DataSource } from 'typeorm';
import { CaseExceptionCode } from '../case.exception';
import { CorrectEstablishmentService } from '../establishments/services/correct-establishment.service';
import { RecordEstablishmentService } from '../establishments/services/record-establishment.service';
import { CaseQueryService } from '../cases/services/case-query.service';
import { CreateCaseService } from '../cases/services/create-case.service';
import { RecordCaseWorkersService } from '../case-records/services/record-case-workers.service';
import { RecordCaseSectionService } from '../case-records/services/record-case-section.service';
import { AdvanceCaseService } from '../transitions/services/advance-case.service';
import { CaseTimelineService } from '../timeline/case-timeline.service';
import { EmploymentType, MeetingCondition } from '../workflow/case-details';
import { CaseStage, NotEstablishedReason } from '../workflow/case-stage';
import { offerRemainders, refusal } from './case-test-kit';
import { startWorkflowKit, v, type WorkflowKit } from './workflow-test-kit';

describe('case establishments (real PostgreSQL)', () => {
  let kit: WorkflowKit;
  let dataSource: DataSource;
  let tokyo: AuthUser;
  let aichi: AuthUser;
  let hq: AuthUser;

  const svc = <T>(type: new (...args: never[]) => T): T => kit.svc(type);
  const openCase: WorkflowKit['openCase'] = (...args) => kit.openCase(...args);
  const caseReadyToStart: WorkflowKit['caseReadyToStart'] = (...args) => kit.caseReadyToStart(...args);

  beforeAll(async () => {
    kit = await startWorkflowKit();
    ({ dataSource, tokyo, aichi, hq } = kit);
  });

  afterAll(async () => {
    await kit?.close();
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
});
