import { MoveType } from '@kakehashi/offers';
import { CompanyModel } from '@kakehashi/organisations';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { daysInStage } from '../board/days-in-stage';
import type { CaseEntity } from './case.entity';
import {
  CaseWorkerModel,
  ContractModel,
  HiringAgreementModel,
  InternalProcedureModel,
  MeetingRecordModel,
  WorkplaceTourModel,
} from '../case-records/case-sections.model';
import { contractMonths } from '../workflow/case-dates';
import { CaseStage, CompletionOutcome, NotEstablishedReason } from '../workflow/case-graphql-enums';
import { CASE_STAGE_LABELS, nextStage } from '../workflow/case-stage';

/** What every Center consultant may see of any case: enough to coordinate, nothing of the people or the terms. */
@ObjectType('CaseSummary', { description: '案件の概要 / A case as the board shows it.' })
export class CaseSummaryModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '案件番号 / Case number.' })
  number: number;

  @Field(() => MoveType)
  moveType: MoveType;

  @Field(() => CaseStage)
  stage: CaseStage;

  @Field({ description: '段階の表示名 / Stage label.' })
  stageLabel: string;

  @Field(() => GraphQLISODateTime, { description: '現在の段階に入った日時 / Entered the current stage at.' })
  stageEnteredAt: Date;

  // Worked out when the summary is made (each request makes its own), not by a field resolver: a board's hundreds of
  // cards would each pay the framework's per-call cost for a subtraction.
  @Field(() => Int, {
    description:
      '現在の段階での経過日数 (日本時間の暦日、段階に入った日は0) / Whole days in the current stage, Japan time.',
  })
  daysInStage: number;

  @Field(() => CaseStage, {
    nullable: true,
    description:
      '流れの次の段階 (終了した案件は null)。成立・完了の段階へは記録で進む / The next stage of its flow; none once closed.',
  })
  nextStage: CaseStage | null;

  @Field(() => String, { nullable: true, description: '次の段階の表示名 / Next stage label.' })
  nextStageLabel: string | null;

  @Field(() => ID)
  sendingOfferId: string;

  @Field(() => ID)
  receivingOfferId: string;

  @Field(() => ID)
  sendingOfficeId: string;

  @Field(() => ID)
  receivingOfficeId: string;

  @Field(() => ID, { nullable: true })
  sendingConsultantId: string | null;

  @Field(() => ID, { nullable: true })
  receivingConsultantId: string | null;

  @Field(() => Int, { description: '予定人数 / People planned.' })
  peoplePlanned: number;

  @Field(() => Int, { description: '成立人数 (訂正後) / People established, after corrections.' })
  peopleEstablished: number;

  @Field(() => String, { nullable: true, description: '成立日 / Established on.' })
  establishedOn: string | null;

  @Field(() => Int, { description: '楽観的排他制御のバージョン / Version for optimistic concurrency.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  // Given with the summary by whoever makes it (CaseCompaniesService loads a whole board's or page's companies at
  // once), not by a field resolver: a board's hundreds of cards would each pay the framework's per-call cost twice.
  // The full case resolves them (case-relations.resolver.ts).
  @Field(() => CompanyModel, { description: '送出企業 / The sending company.' })
  sendingCompany?: CompanyModel | null;

  @Field(() => CompanyModel, { description: '受入企業 / The receiving company.' })
  receivingCompany?: CompanyModel | null;

  /**
   * The offers' companies, when the query that made the summary read them with it (the board): its cards then cost
   * no offer lookup. Not fields of the type.
   */
  sendingCompanyId?: string;
  receivingCompanyId?: string;
}

/** What a summary is made of: the case's own columns, whichever query read them. */
export type CaseSummaryFields = Pick<
  CaseEntity,
  | 'id'
  | 'number'
  | 'moveType'
  | 'stage'
  | 'stageEnteredAt'
  | 'sendingOfferId'
  | 'receivingOfferId'
  | 'sendingOfficeId'
  | 'receivingOfficeId'
  | 'sendingConsultantId'
  | 'receivingConsultantId'
  | 'peoplePlanned'
  | 'peopleEstablished'
  | 'establishedOn'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
>;

/** The full case: for the consultants of the offices involved and headquarters. */
@ObjectType('Case', { description: '案件 (詳細) / A case with its stage records.' })
export class CaseModel extends CaseSummaryModel {
  @Field(() => ID, { nullable: true, description: '元になったマッチング採用 / The taken-up suggestion.' })
  matchDecisionId: string | null;

  @Field(() => [CaseWorkerModel])
  workers: CaseWorkerModel[];

  @Field(() => MeetingRecordModel, { nullable: true })
  meeting: MeetingRecordModel | null;

  @Field(() => InternalProcedureModel, { nullable: true })
  internalProcedure: InternalProcedureModel | null;

  @Field(() => WorkplaceTourModel, { nullable: true })
  workplaceTour: WorkplaceTourModel | null;

  @Field(() => ContractModel, { nullable: true })
  contract: ContractModel | null;

  @Field(() => HiringAgreementModel, { nullable: true })
  hiringAgreement: HiringAgreementModel | null;

  @Field(() => String, { nullable: true, description: '終了日 (不成立・完了) / Ended on.' })
  endedOn: string | null;

  @Field(() => CaseStage, { nullable: true, description: '不成立となった段階 / Stage it ended in.' })
  endedFromStage: CaseStage | null;

  @Field(() => NotEstablishedReason, { nullable: true })
  notEstablishedReason: NotEstablishedReason | null;

  @Field(() => String, { nullable: true })
  notEstablishedNote: string | null;

  @Field(() => CompletionOutcome, { nullable: true })
  completionOutcome: CompletionOutcome | null;

  @Field(() => String, { nullable: true })
  completionNote: string | null;

  @Field(() => ID)
  createdByUserId: string;

  @Field(() => ID)
  updatedByUserId: string;
}

export function toCaseSummaryModel(entity: CaseSummaryFields): CaseSummaryModel {
  const next = nextStage(entity.moveType, entity.stage);
  return {
    id: entity.id,
    number: entity.number,
    moveType: entity.moveType,
    stage: entity.stage,
    stageLabel: CASE_STAGE_LABELS[entity.stage],
    stageEnteredAt: entity.stageEnteredAt,
    daysInStage: daysInStage(entity.stageEnteredAt),
    nextStage: next,
    nextStageLabel: next ? CASE_STAGE_LABELS[next] : null,
    sendingOfferId: entity.sendingOfferId,
    receivingOfferId: entity.receivingOfferId,
    sendingOfficeId: entity.sendingOfficeId,
    receivingOfficeId: entity.receivingOfficeId,
    sendingConsultantId: entity.sendingConsultantId,
    receivingConsultantId: entity.receivingConsultantId,
    peoplePlanned: entity.peoplePlanned,
    peopleEstablished: entity.peopleEstablished,
    establishedOn: entity.establishedOn,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toCaseModel(entity: CaseEntity): CaseModel {
  const contract = entity.contract;
  return {
    ...toCaseSummaryModel(entity),
    matchDecisionId: entity.matchDecisionId,
    workers: entity.workers,
    meeting: entity.meeting,
    internalProcedure: entity.internalProcedure,
    workplaceTour: entity.workplaceTour,
    contract: contract && {
      ...contract,
      months:
        contract.startOn && contract.endOn && contract.endOn >= contract.startOn
          ? contractMonths(contract.startOn, contract.endOn)
          : null,
    },
    hiringAgreement: entity.hiringAgreement,
    endedOn: entity.endedOn,
    endedFromStage: entity.endedFromStage,
    notEstablishedReason: entity.notEstablishedReason,
    notEstablishedNote: entity.notEstablishedNote,
    completionOutcome: entity.completionOutcome,
    completionNote: entity.completionNote,
    createdByUserId: entity.createdByUserId,
    updatedByUserId: entity.updatedByUserId,
  };
}
