import type { MoveType } from '@kakehashi/offers';
import { Injectable } from '@nestjs/common';
import type { FiguresContext } from '../figures';
import { fiscalYearOf } from '../../periods/year-month';
import { StatisticsSettings } from '../../statistics-settings';
import type { StatisticsReadOptions } from '../../statistics.types';
import type { StatisticsScope } from './statistics-scope.service';
import { LiveFiguresReader, PublishedFiguresReader } from './statistics-readers';

/**
 * Everything the figures of the months `from`..`to` depend on, read at once (in parallel): the published years and
 * months, the closed months and the live rollups of the scope. Live figures are read only for months from the
 * cut-over on, published ones only for months before it.
 */
@Injectable()
export class FiguresContextLoader {
  constructor(
    private readonly settings: StatisticsSettings,
    private readonly published: PublishedFiguresReader,
    private readonly live: LiveFiguresReader,
  ) {}

  async load(
    from: string,
    to: string,
    scope: StatisticsScope,
    moveType: MoveType | null,
    options: StatisticsReadOptions = {},
  ): Promise<FiguresContext> {
    const liveFrom = this.settings.liveFrom;
    const currentMonth = this.settings.currentMonth();
    const liveStart = from > liveFrom ? from : liveFrom;
    const liveEnd = to < currentMonth ? to : currentMonth;
    const hasLive = liveStart <= liveEnd;
    const hasPublished = from < liveFrom;
    const [publishedYears, publishedMonths, closedMonths, live] = await Promise.all([
      hasPublished ? this.published.years(fiscalYearOf(from), fiscalYearOf(to)) : Promise.resolve(new Map()),
      hasPublished ? this.published.months(from, to) : Promise.resolve(new Map()),
      hasLive ? this.published.closedMonths(liveStart, liveEnd) : Promise.resolve(new Set<string>()),
      hasLive
        ? this.live.months(liveStart, liveEnd, scope.officeIds, { fromRaw: options.fromRaw })
        : Promise.resolve(new Map()),
    ]);
    return {
      liveFrom,
      currentMonth,
      national: scope.officeIds === null,
      moveType,
      publishedYears,
      publishedMonths,
      live,
      closedMonths,
    };
  }
}
