import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  lockRollups,
  recomputeEstablishmentMonths,
  recomputeMonthRollups,
  recomputeOfferMonths,
  takeChangeMarks,
} from '../rollups.queries';

export interface DrainOutcome {
  /** Change marks taken. */
  changes: number;
  /** Months recomputed (YYYY-MM), per kind. */
  offerMonths: string[];
  establishmentMonths: string[];
}

/** Marks taken per transaction: a bulk change of many months is recomputed in several short transactions. */
const BATCH = 500;

/**
 * Brings the rollups up to date with the change log the triggers write (see drainStatisticsChanges): the frequent
 * refresh job's use case.
 */
@Injectable()
export class StatisticsDrainService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  drain(): Promise<DrainOutcome> {
    return drainStatisticsChanges(this.dataSource);
  }
}

/**
 * Takes the marks committed so far and recomputes those months from the raw rows, in the same transaction (so a mark
 * is only gone once its months are recomputed: a failed drain leaves them for the next). Under the rollup lock, so two
 * drains (several workers, a closing, the demo seed) never interleave; marks committed after a drain's snapshot stay
 * for the next one. Idempotent. A plain function as well, so the demo seed settles the rollups before the first start.
 */
export async function drainStatisticsChanges(dataSource: DataSource): Promise<DrainOutcome> {
  const outcome: DrainOutcome = { changes: 0, offerMonths: [], establishmentMonths: [] };
  for (;;) {
    const batch = await dataSource.transaction(async (tx) => {
      await lockRollups(tx);
      const taken = await takeChangeMarks(tx, BATCH);
      const months = (kind: string) => [...new Set(taken.filter((t) => t.kind === kind).map((t) => t.month))];
      const offerMonths = months('OFFERS');
      const establishmentMonths = months('ESTABLISHMENTS');
      await recomputeOfferMonths(tx, offerMonths);
      await recomputeEstablishmentMonths(tx, establishmentMonths);
      await recomputeMonthRollups(tx, [...new Set([...offerMonths, ...establishmentMonths])]);
      return { taken: taken.length, offerMonths, establishmentMonths };
    });
    outcome.changes += batch.taken;
    outcome.offerMonths.push(...batch.offerMonths.map((d) => d.slice(0, 7)));
    outcome.establishmentMonths.push(...batch.establishmentMonths.map((d) => d.slice(0, 7)));
    if (batch.taken < BATCH) break;
  }
  outcome.offerMonths = [...new Set(outcome.offerMonths)].sort();
  outcome.establishmentMonths = [...new Set(outcome.establishmentMonths)].sort();
  return outcome;
}
