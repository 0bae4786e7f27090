import type { AuthUser, Role } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { offerPeople } from '../../figures/figures';
import { firstDayOf, isYearMonth, monthLabel } from '../../periods/year-month';
import { lockRollups } from '../../rollups/rollups.queries';
import { closedAt, insertClosing } from '../statistics-month-closing.queries';
import { StatisticsDrainService } from '../../rollups/services/statistics-drain.service';
import { StatisticsException } from '../../statistics.exception';
import { MONTH_CLOSERS } from '../../statistics-roles';
import { StatisticsSettings } from '../../statistics-settings';
import type { StatisticsMonthClosing } from '../../statistics.types';
import { LiveFiguresReader } from '../../figures/services/statistics-readers';
import { throwIfProblems } from '../../figures/services/statistics-input.rules';

/**
 * 締め: headquarters declares a month's figures final; until then they are preliminary (速報値). Only a month that
 * has ended and is counted live (from the cut-over on) can be closed, once. The changes recorded so far are taken in
 * first, so the national figures kept with the closing are those of every record committed before it.
 */
@Injectable()
export class CloseStatisticsMonthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: StatisticsSettings,
    private readonly drain: StatisticsDrainService,
    private readonly live: LiveFiguresReader,
  ) {}

  async close(user: AuthUser, yearMonthInput: string): Promise<StatisticsMonthClosing> {
    // The resolver allows headquarters coordinators only; callers other than the API (exports, scripts) too.
    if (!(MONTH_CLOSERS as readonly Role[]).includes(user.role))
      throw StatisticsException.closingNotAllowed();
    const yearMonth = (yearMonthInput ?? '').normalize('NFKC').trim();
    if (!isYearMonth(yearMonth)) {
      throwIfProblems([
        { field: 'yearMonth', message: '締める月を YYYY-MM(例: 2023-02)で指定してください。' },
      ]);
    }
    const label = monthLabel(yearMonth);
    const liveFrom = this.settings.liveFrom;
    if (yearMonth < liveFrom) {
      throwIfProblems([
        {
          field: 'yearMonth',
          message: `${label}は公表値の月です(集計開始は${monthLabel(liveFrom)})。締められるのは集計開始月以降の月です。`,
        },
      ]);
    }
    if (yearMonth >= this.settings.currentMonth()) {
      throwIfProblems([{ field: 'yearMonth', message: `${label}はまだ終わっていないため締められません。` }]);
    }
    await this.drain.drain();
    return this.dataSource.transaction(async (tx) => {
      // The same lock as the drain: the figures kept are not half-way through a recomputation.
      await lockRollups(tx);
      const existing = await closedAt(tx, firstDayOf(yearMonth));
      if (existing) throw StatisticsException.alreadyClosed(yearMonth, label, existing);
      const month = (await this.live.months(yearMonth, yearMonth, null, { db: tx })).get(yearMonth);
      const figures = {
        receiving: month ? offerPeople(month.receiving, null) : 0,
        sending: month ? offerPeople(month.sending, null) : 0,
        establishedSecondment: month?.establishedSecondment ?? 0,
        establishedTransfer: month?.establishedTransfer ?? 0,
        establishedTotal: (month?.establishedSecondment ?? 0) + (month?.establishedTransfer ?? 0),
      };
      const inserted = await insertClosing(tx, firstDayOf(yearMonth), user.id, figures);
      if (!inserted) {
        // Cannot happen while every closing takes the lock; kept so a closing is never recorded twice regardless.
        throw StatisticsException.alreadyClosed(yearMonth, label, new Date());
      }
      return { yearMonth, closedAt: inserted, closedByUserId: user.id, ...figures };
    });
  }
}
