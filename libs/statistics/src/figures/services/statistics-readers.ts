import { MoveType } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NO_LIVE_FIGURES, type LiveMonth, type PublishedMonth, type PublishedYear } from '../figures';
import {
  closedMonthsBetween,
  establishmentFlows,
  publishedMonths,
  publishedYears,
  rawEstablished,
  rawOffers,
  rollupMonths,
  type FlowCount,
  type LiveMonthParams,
  type Queryable,
} from '../figures.queries';
import { addMonthsTo, firstDayOf } from '../../periods/year-month';

export type { FlowCount } from '../figures.queries';

/** The published history (reference data) for a range of fiscal years and months. */
@Injectable()
export class PublishedFiguresReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async years(fromFiscalYear: number, toFiscalYear: number): Promise<Map<number, PublishedYear>> {
    const rows = await publishedYears(this.dataSource, fromFiscalYear, toFiscalYear);
    return new Map(rows.map((row) => [row.fiscalYear, row]));
  }

  async months(from: string, to: string): Promise<Map<string, PublishedMonth>> {
    const rows = await publishedMonths(this.dataSource, firstDayOf(from), firstDayOf(to));
    return new Map(rows.map(({ ym, ...month }) => [ym, month]));
  }

  /** Months headquarters closed in the range. */
  async closedMonths(from: string, to: string): Promise<Set<string>> {
    const rows = await closedMonthsBetween(this.dataSource, firstDayOf(from), firstDayOf(to));
    return new Set(rows.map((row) => row.ym));
  }
}

/**
 * The live figures: from the rollup tables (what the API answers from: the month rollups for months, the JSIC pairs
 * for flows), or — for the benchmark's baseline and the consistency tests — computed straight from the raw offers and
 * establishments with the same rules.
 */
@Injectable()
export class LiveFiguresReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Live figures of each month from `from` to `to` for the offices (null: all), zero-filled by the caller. */
  async months(
    from: string,
    to: string,
    officeIds: string[] | null,
    options: { fromRaw?: boolean; db?: Queryable } = {},
  ): Promise<Map<string, LiveMonth>> {
    const db = options.db ?? this.dataSource;
    const params: LiveMonthParams = [firstDayOf(from), firstDayOf(addMonthsTo(to, 1)), officeIds];
    if (!options.fromRaw) {
      const rows = await rollupMonths(db, params);
      return new Map(
        rows.map((r): [string, LiveMonth] => [
          r.ym,
          {
            receiving: { SECONDMENT: r.rs, TRANSFER: r.rt, EITHER: r.re },
            sending: { SECONDMENT: r.ss, TRANSFER: r.st, EITHER: r.se },
            establishedSecondment: r.es,
            establishedTransfer: r.et,
          },
        ]),
      );
    }
    const readOffers = () => rawOffers(db, params);
    const readEstablished = () => rawEstablished(db, params);
    // In parallel on the pool; one after the other on a transaction's single connection.
    const [offers, established] = options.db
      ? [await readOffers(), await readEstablished()]
      : await Promise.all([readOffers(), readEstablished()]);
    const byMonth = new Map<string, LiveMonth>();
    const monthOf = (ym: string): LiveMonth => {
      let month = byMonth.get(ym);
      if (!month) {
        month = {
          receiving: { ...NO_LIVE_FIGURES.receiving },
          sending: { ...NO_LIVE_FIGURES.sending },
          establishedSecondment: 0,
          establishedTransfer: 0,
        };
        byMonth.set(ym, month);
      }
      return month;
    };
    for (const row of offers) {
      const month = monthOf(row.ym);
      (row.side === 'SENDING' ? month.sending : month.receiving)[row.scope] += row.people;
    }
    for (const row of established) {
      const month = monthOf(row.ym);
      if (row.move_type === MoveType.SECONDMENT) month.establishedSecondment += row.people;
      else month.establishedTransfer += row.people;
    }
    return byMonth;
  }

  /** People established from `from` to `to` by sending × receiving JSIC major group (net of corrections). */
  async flows(
    from: string,
    to: string,
    moveType: MoveType | null,
    officeIds: string[] | null,
    options: { fromRaw?: boolean } = {},
  ): Promise<FlowCount[]> {
    const rows = await establishmentFlows(
      this.dataSource,
      [firstDayOf(from), firstDayOf(addMonthsTo(to, 1)), moveType, officeIds],
      options.fromRaw ?? false,
    );
    return rows.filter((row) => row.people !== 0);
  }
}
