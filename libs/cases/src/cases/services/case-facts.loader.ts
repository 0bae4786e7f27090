import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from '../case.entity';
import type { CaseFacts, OfferLimits } from '../../workflow/case-checklist';

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

type CaseOffers = Pick<CaseEntity, 'id' | 'sendingOfferId' | 'receivingOfferId'>;

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
    const rows: {
      desired_period_months: number | null;
      earliest_start_on: string | null;
      period_months: number | null;
      follow_ups: number;
    }[] = await manager.query(
      `SELECT s.desired_period_months, to_char(s.earliest_start_on, 'YYYY-MM-DD') AS earliest_start_on,
              r.period_months,
              (SELECT count(*)::int FROM case_follow_ups f WHERE f.case_id = k.case_id) AS follow_ups
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS k(case_id, sending_id, receiving_id, n)
         LEFT JOIN sending_offers s ON s.id = k.sending_id
         LEFT JOIN receiving_offers r ON r.id = k.receiving_id
        ORDER BY k.n`,
      [cases.map((c) => c.id), cases.map((c) => c.sendingOfferId), cases.map((c) => c.receivingOfferId)],
    );
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
