import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../case.entity';
import type { CaseFacts, OfferLimits } from '../../workflow/case-checklist';
import { selectFactsExtras, type CaseOffers } from '../cases.queries';

/** The case fields the checklist reads: a CaseEntity, or the Case model a resolver holds. */
export type CaseFactsSource = Pick<
  CaseEntity,
  | 'id'
  | 'moveType'
  | 'stage'
  | 'sendingOfferId'
  | 'receivingOfferId'
  | 'sendingConsultantId'
  | 'receivingConsultantId'
  | 'workers'
  | 'meeting'
  | 'internalProcedure'
  | 'workplaceTour'
  | 'contract'
  | 'hiringAgreement'
  | 'establishedOn'
  | 'endedFromStage'
>;

/** What the checklist needs beyond the case row. */
export interface CaseFactsExtras {
  limits: OfferLimits;
  followUpCount: number;
}

/** Gathers what the checklist needs beyond the case row: the offers' limits and the follow-ups recorded. */
@Injectable()
export class CaseFactsLoader {
  async load(manager: EntityManager, entity: CaseFactsSource): Promise<CaseFacts> {
    const [extras] = await this.extras(manager, [entity]);
    return factsOf(entity, extras);
  }

  async limits(manager: EntityManager, entity: CaseOffers): Promise<OfferLimits> {
    const [extras] = await this.extras(manager, [entity]);
    return extras.limits;
  }

  /** For any number of cases in one statement (a request's DataLoader batches the timelines it shows). */
  async extras(manager: EntityManager, cases: readonly CaseOffers[]): Promise<CaseFactsExtras[]> {
    const rows = await selectFactsExtras(manager, cases);
    return rows.map((row) => ({
      limits: {
        sendingDesiredPeriodMonths: row.desired_period_months,
        sendingEarliestStartOn: row.earliest_start_on,
        receivingPeriodMonths: row.period_months,
      },
      followUpCount: row.follow_ups,
    }));
  }
}

export function factsOf(entity: CaseFactsSource, { limits, followUpCount }: CaseFactsExtras): CaseFacts {
  return {
    moveType: entity.moveType,
    stage: entity.stage,
    sendingConsultantId: entity.sendingConsultantId,
    receivingConsultantId: entity.receivingConsultantId,
    workers: entity.workers,
    meeting: entity.meeting,
    internalProcedure: entity.internalProcedure,
    workplaceTour: entity.workplaceTour,
    contract: entity.contract,
    hiringAgreement: entity.hiringAgreement,
    establishedOn: entity.establishedOn,
    followUpCount,
    limits,
  };
}
