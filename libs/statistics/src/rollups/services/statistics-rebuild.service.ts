import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { firstDayOf, monthsBetween } from '../../periods/year-month';
import {
  lockRollups,
  recomputeEstablishmentMonths,
  recomputeMonthRollups,
  recomputeOfferMonths,
  rollupMonthBounds,
} from '../rollups.queries';

export interface RebuildOutcome {
  months: number;
  offerRows: number;
  establishmentRows: number;
  /** Rows of statistics_month_rollups (one per month and office with figures). */
  monthRows: number;
  durationMs: number;
}

/** Months recomputed per transaction: short enough that the drain (same lock) keeps its few-second promise. */
const MONTHS_PER_TRANSACTION = 6;

/**
 * Recomputes every rollup from the raw offers and establishments: each month from the earliest to the latest one
 * found in the raw rows or the rollups (so rollup rows whose raw rows are gone are removed too), a few months per
 * transaction under the rollup lock. Idempotent: a second run, or a run after an interrupted one, gives the same rows.
 */
@Injectable()
export class StatisticsRebuildService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rebuild(
    onProgress: (percent: number) => Promise<void> = async () => undefined,
  ): Promise<RebuildOutcome> {
    const started = performance.now();
    const months = await this.monthsToRebuild();
    let offerRows = 0;
    let establishmentRows = 0;
    let monthRows = 0;
    for (let i = 0; i < months.length; i += MONTHS_PER_TRANSACTION) {
      const chunk = months.slice(i, i + MONTHS_PER_TRANSACTION).map(firstDayOf);
      await this.dataSource.transaction(async (tx) => {
        await lockRollups(tx);
        offerRows += await recomputeOfferMonths(tx, chunk);
        establishmentRows += await recomputeEstablishmentMonths(tx, chunk);
        monthRows += await recomputeMonthRollups(tx, chunk);
      });
      await onProgress(Math.min(99, Math.floor(((i + chunk.length) * 100) / months.length)));
    }
    await onProgress(100);
    return {
      months: months.length,
      offerRows,
      establishmentRows,
      monthRows,
      durationMs: Math.round(performance.now() - started),
    };
  }

  /** Every month between the earliest and the latest month of any raw row or rollup (index look-ups only). */
  private async monthsToRebuild(): Promise<string[]> {
    const bounds = await rollupMonthBounds(this.dataSource.manager);
    if (!bounds.first || !bounds.last) return [];
    return monthsBetween(bounds.first, bounds.last);
  }
}
