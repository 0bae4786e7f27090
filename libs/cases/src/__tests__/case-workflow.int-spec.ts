// The workflow's use cases on the real database: concurrency, moves back and ends, the append-only history, and
// office scope. (Establishments: case-establishments.int-spec.ts; the full walk through the API is
// test/e2e/cases.e2e-spec.ts.)
import type { AuthUser } from '@kakehashi/authz';
import { testPoolSize } from '@kakehashi/testing';
import { DataSource } from 'typeorm';
import { CaseExceptionCode } from '../case.exception';
import type { CaseEntity } from '../cases/case.entity';
import { RecordEstablishmentService } from '../establishments/services/record-establishment.service';
import { CaseQueryService } from '../cases/services/case-query.service';
import { CreateCaseService } from '../cases/services/create-case.service';
import { RecordCaseSectionService } from '../case-records/services/record-case-section.service';
import { AdvanceCaseService } from '../transitions/services/advance-case.service';
import { EndCaseNotEstablishedService } from '../transitions/services/end-case-not-established.service';
import { MoveCaseBackService } from '../transitions/services/move-case-back.service';
import { CaseTimelineService } from '../timeline/case-timeline.service';
import { moveBackTargets } from '../workflow/case-moves';
import { CASE_FLOWS, CaseStage, NotEstablishedReason } from '../workflow/case-stage';
import { casesTestingModule, insertOfferPair, refusal } from './case-test-kit';
import { startWorkflowKit, v, type WorkflowKit } from './workflow-test-kit';

describe('case workflow (real PostgreSQL)', () => {
  let kit: WorkflowKit;
  let dataSource: DataSource;
  let tokyo: AuthUser;
  let aichi: AuthUser;
  let osaka: AuthUser;
  let hq: AuthUser;

  const svc = <T>(type: new (...args: never[]) => T): T => kit.svc(type);
  const openCase: WorkflowKit['openCase'] = (...args) => kit.openCase(...args);
  const caseReadyToStart: WorkflowKit['caseReadyToStart'] = (...args) => kit.caseReadyToStart(...args);

  beforeAll(async () => {
    kit = await startWorkflowKit();
    ({ dataSource, tokyo, aichi, osaka, hq } = kit);
  });

  afterAll(async () => {
    await kit?.close();
  });

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
