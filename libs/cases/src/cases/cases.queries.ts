// The case aggregate's own SQL (the rest of its reads and writes go through the CaseEntity repository).
import type { EntityManager } from 'typeorm';
import type { CaseEntity } from './case.entity';

/** A case's offers, which the checklist's limits come from. */
export type CaseOffers = Pick<CaseEntity, 'id' | 'sendingOfferId' | 'receivingOfferId'>;

export interface FactsExtrasRow {
  desired_period_months: number | null;
  earliest_start_on: string | null;
  period_months: number | null;
  follow_ups: number;
}

/** Each case's offers' limits and its follow-up count, in the order of `cases`, in one statement. */
export function selectFactsExtras(
  db: Pick<EntityManager, 'query'>,
  cases: readonly CaseOffers[],
): Promise<FactsExtrasRow[]> {
  return db.query<FactsExtrasRow[]>(
    `SELECT s.desired_period_months, to_char(s.earliest_start_on, 'YYYY-MM-DD') AS earliest_start_on,
            r.period_months,
            (SELECT count(*)::int FROM case_follow_ups f WHERE f.case_id = k.case_id) AS follow_ups
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) WITH ORDINALITY AS k(case_id, sending_id, receiving_id, n)
       LEFT JOIN sending_offers s ON s.id = k.sending_id
       LEFT JOIN receiving_offers r ON r.id = k.receiving_id
      ORDER BY k.n`,
    [cases.map((c) => c.id), cases.map((c) => c.sendingOfferId), cases.map((c) => c.receivingOfferId)],
  );
}
