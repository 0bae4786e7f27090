import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../case.entity';
import type { CaseFacts, OfferLimits } from '../workflow/case-checklist';

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

/** Gathers what the checklist needs beyond the case row: the offers' limits and the follow-ups recorded. */
@Injectable()
export class CaseFactsLoader {
  async load(manager: EntityManager, entity: CaseFactsSource): Promise<CaseFacts> {
    const [limits, followUpCount] = await Promise.all([
      this.limits(manager, entity),
      this.followUpCount(manager, entity.id),
    ]);
    return factsOf(entity, limits, followUpCount);
  }

  async limits(
    manager: EntityManager,
    pair: { sendingOfferId: string; receivingOfferId: string },
  ): Promise<OfferLimits> {
    const rows: {
      desired_period_months: number | null;
      earliest_start_on: string | null;
      period_months: number | null;
    }[] = await manager.query(
      `SELECT s.desired_period_months, to_char(s.earliest_start_on, 'YYYY-MM-DD') AS earliest_start_on, r.period_months
         FROM sending_offers s, receiving_offers r
        WHERE s.id = $1 AND r.id = $2`,
      [pair.sendingOfferId, pair.receivingOfferId],
    );
    const row = rows[0];
    return {
      sendingDesiredPeriodMonths: row?.desired_period_months ?? null,
      sendingEarliestStartOn: row?.earliest_start_on ?? null,
      receivingPeriodMonths: row?.period_months ?? null,
    };
  }

  private async followUpCount(manager: EntityManager, caseId: string): Promise<number> {
    const rows: { count: string }[] = await manager.query(
      'SELECT count(*) AS count FROM case_follow_ups WHERE case_id = $1',
      [caseId],
    );
    return Number(rows[0]?.count ?? 0);
  }
}

export function factsOf(entity: CaseFactsSource, limits: OfferLimits, followUpCount: number): CaseFacts {
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
