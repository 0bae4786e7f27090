import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { yearFigures } from '../figures';
import { firstMonthOfFiscalYear, lastMonthOfFiscalYear } from '../../periods/year-month';
import type { AnnualStatistics, StatisticsFilterArgs, StatisticsReadOptions } from '../../statistics.types';
import { FiguresContextLoader } from './figures-context.loader';
import { fiscalYearError, MAX_FISCAL_YEARS, moveTypeError, throwIfProblems } from './statistics-input.rules';
import { StatisticsScopeService } from './statistics-scope.service';

export interface AnnualStatisticsArgs extends StatisticsFilterArgs {
  fromFiscalYear: number;
  toFiscalYear: number;
}

/** annualStatistics: one row per fiscal year, published history and live months combined at the cut-over. */
@Injectable()
export class AnnualStatisticsService {
  constructor(
    private readonly scopes: StatisticsScopeService,
    private readonly contexts: FiguresContextLoader,
  ) {}

  async annual(
    user: AuthUser,
    args: AnnualStatisticsArgs,
    options: StatisticsReadOptions = {},
  ): Promise<AnnualStatistics> {
    throwIfProblems([
      fiscalYearError('fromFiscalYear', args.fromFiscalYear),
      fiscalYearError('toFiscalYear', args.toFiscalYear),
      moveTypeError('moveType', args.moveType),
    ]);
    if (args.fromFiscalYear > args.toFiscalYear) {
      throwIfProblems([
        { field: 'toFiscalYear', message: '終わりの年度は始まりの年度以降を指定してください。' },
      ]);
    }
    if (args.toFiscalYear - args.fromFiscalYear + 1 > MAX_FISCAL_YEARS) {
      throwIfProblems([
        { field: 'toFiscalYear', message: `年度は${MAX_FISCAL_YEARS}年度分以内で指定してください。` },
      ]);
    }
    const scope = await this.scopes.resolve(user, args);
    const moveType = args.moveType ?? null;
    const ctx = await this.contexts.load(
      firstMonthOfFiscalYear(args.fromFiscalYear),
      lastMonthOfFiscalYear(args.toFiscalYear),
      scope,
      moveType,
      options,
    );
    const years = [];
    for (let year = args.fromFiscalYear; year <= args.toFiscalYear; year += 1)
      years.push(yearFigures(ctx, year));
    return { scope: scope.view, moveType, liveFrom: ctx.liveFrom, years };
  }
}
