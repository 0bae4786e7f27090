// The workflow's use-case tests share this: CasesModule on the real database with jobs in this process, a consultant
// of each of three offices and a headquarters coordinator, and cases opened or walked to STEP4 through the use cases.
import type { AuthUser } from '@kakehashi/authz';
import type { TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { CaseEntity } from '../cases/case.entity';
import { CreateCaseService } from '../cases/services/create-case.service';
import { RecordCaseWorkersService } from '../case-records/services/record-case-workers.service';
import { RecordCaseSectionService } from '../case-records/services/record-case-section.service';
import { AdvanceCaseService } from '../transitions/services/advance-case.service';
import {
  MeetingCondition,
  SocialInsuranceHandling,
  UnionAgreementStatus,
  WageShareUnit,
  WorkerSelection,
} from '../workflow/case-details';
import {
  casesTestingModule,
  insertOfferPair,
  insertUser,
  Role,
  type OfferPairOptions,
} from './case-test-kit';

export interface WorkflowKit {
  moduleRef: TestingModule;
  dataSource: DataSource;
  tokyo: AuthUser;
  aichi: AuthUser;
  osaka: AuthUser;
  hq: AuthUser;
  svc<T>(type: new (...args: never[]) => T): T;
  openCase(options?: OfferPairOptions, people?: number): ReturnType<typeof openCaseIn>;
  /** A secondment walked to STEP4 with a complete contract and `workers` consenting workers. */
  caseReadyToStart(
    options?: OfferPairOptions,
    workers?: number,
    period?: { startOn: string; endOn: string },
  ): ReturnType<typeof caseReadyToStartIn>;
  close(): Promise<void>;
}

/** The command fields of a change based on `c`. */
export const v = (c: CaseEntity) => ({ caseId: c.id, expectedVersion: c.version });

export async function startWorkflowKit(): Promise<WorkflowKit> {
  const moduleRef = await casesTestingModule({ inProcessJobs: true });
  const dataSource = moduleRef.get(DataSource);
  const kit = {
    moduleRef,
    dataSource,
    tokyo: await insertUser(dataSource, Role.CONSULTANT, '13'),
    aichi: await insertUser(dataSource, Role.CONSULTANT, '23'),
    osaka: await insertUser(dataSource, Role.CONSULTANT, '27'),
    hq: await insertUser(dataSource, Role.HQ_COORDINATOR, 'HQ'),
    svc: <T>(type: new (...args: never[]) => T): T => moduleRef.get(type),
    close: () => moduleRef.close(),
  };
  return {
    ...kit,
    openCase: (options, people) => openCaseIn(kit, options, people),
    caseReadyToStart: (options, workers, period) => caseReadyToStartIn(kit, options, workers, period),
  };
}

type KitBase = Pick<WorkflowKit, 'dataSource' | 'tokyo' | 'aichi' | 'svc'>;

async function openCaseIn({ dataSource, tokyo, svc }: KitBase, options: OfferPairOptions = {}, people = 2) {
  const pair = await insertOfferPair(dataSource, options);
  const moveType = options.sendingMoveType === 'TRANSFER' ? 'TRANSFER' : 'SECONDMENT';
  const created = await svc(CreateCaseService).create(tokyo, { ...pair, moveType, people } as never);
  return { pair, created };
}

async function caseReadyToStartIn(
  kit: KitBase,
  options: OfferPairOptions = {},
  workers = 2,
  period: { startOn: string; endOn: string } = { startOn: '2026-11-20', endOn: '2027-11-30' },
) {
  const { tokyo, aichi, svc } = kit;
  const { pair, created } = await openCaseIn(kit, { sendingMoveType: 'SECONDMENT', ...options }, workers);
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
