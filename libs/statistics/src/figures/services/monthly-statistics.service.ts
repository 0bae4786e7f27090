import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { monthFigures, yearFigures } from '../figures';
import {
  addMonthsTo,
  fiscalYearEraLabel,
  fiscalYearLabel,
  firstMonthOfFiscalYear,
  lastMonthOfFiscalYear,
  monthsOfFiscalYear,
} from '../../periods/year-month';
import type { MonthlyStatistics, StatisticsFilterArgs, StatisticsReadOptions } from '../../statistics.types';
import { FiguresContextLoader } from './figures-context.loader';
import { fiscalYearError, moveTypeError, throwIfProblems } from './statistics-input.rules';
import { StatisticsScopeService } from './statistics-scope.service';

export interface MonthlyStatisticsArgs extends StatisticsFilterArgs {
  fiscalYear: number;
}

/**
 * monthlyStatistics: the twelve months of a fiscal year (April to March), each with the same month a year earlier,
 * and the year's total; published history before the cut-over month, live rollups from it on.
 */
@Injectable()
export class MonthlyStatisticsService {
  constructor(
    private readonly scopes: StatisticsScopeService,
    private readonly contexts: FiguresContextLoader,
  ) {}

  async monthly(
    user: AuthUser,
    args: MonthlyStatisticsArgs,
    options: StatisticsReadOptions = {},
  ): Promise<MonthlyStatistics> {
    throwIfProblems([
      fiscalYearError('fiscalYear', args.fiscalYear),
      moveTypeError('moveType', args.moveType),
    ]);
    const scope = await this.scopes.resolve(user, args);
    const moveType = args.moveType ?? null;
    const ctx = await this.contexts.load(
      firstMonthOfFiscalYear(args.fiscalYear - 1),
      lastMonthOfFiscalYear(args.fiscalYear),
      scope,
      moveType,
      options,
    );
    return {
      fiscalYear: args.fiscalYear,
      label: fiscalYearLabel(args.fiscalYear),
      eraLabel: fiscalYearEraLabel(args.fiscalYear),
      scope: scope.view,
      moveType,
      liveFrom: ctx.liveFrom,
      months: monthsOfFiscalYear(args.fiscalYear).map((yearMonth) => ({
        ...monthFigures(ctx, yearMonth),
        previousYear: monthFigures(ctx, addMonthsTo(yearMonth, -12)),
      })),
      total: yearFigures(ctx, args.fiscalYear),
    };
  }
}
