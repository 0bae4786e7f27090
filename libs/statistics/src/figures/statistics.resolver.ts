import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  AnnualStatisticsArgsType,
  IndustryFlowsArgsType,
  MonthlyStatisticsArgsType,
} from './dtos/statistics.args';
import {
  AnnualStatisticsModel,
  IndustryFlowsModel,
  MonthlyStatisticsModel,
  StatisticsScopeModel,
} from './statistics-figures.models';
import { AnnualStatisticsService } from './services/annual-statistics.service';
import { IndustryFlowsService } from './services/industry-flows.service';
import { MonthlyStatisticsService } from './services/monthly-statistics.service';
import { StatisticsScopeService } from './services/statistics-scope.service';
import { STATISTICS_READERS } from '../statistics-roles';

const DEFINITIONS =
  '年度は4月〜翌3月 (2022年度 = 2022-04-01〜2023-03-31 = 令和4年度)、数値は人数 (人)。集計開始月 (STATISTICS_LIVE_FROM) より前はセンターの公表値 (全国計のみ)、以降は本システムの記録。本部が締めていない月は速報値。/ Fiscal years run April to March; figures count people; published history before the cut-over month, live records from it on; months not closed by headquarters are preliminary.';

@Resolver()
export class StatisticsResolver {
  constructor(
    private readonly monthlyStatisticsService: MonthlyStatisticsService,
    private readonly annualStatisticsService: AnnualStatisticsService,
    private readonly industryFlowsService: IndustryFlowsService,
    private readonly scopes: StatisticsScopeService,
  ) {}

  @Query(() => [StatisticsScopeModel], {
    description:
      '選べる集計範囲 (全国、各地方、各事務所の順。コンサルタントは自事務所のみ) / The scopes the user may choose.',
  })
  @Roles(...STATISTICS_READERS)
  statisticsScopes(@CurrentUser() user: AuthUser): Promise<StatisticsScopeModel[]> {
    return this.scopes.choosable(user);
  }

  @Query(() => MonthlyStatisticsModel, {
    description: `月別の受入情報・送出情報・成立 (在籍型出向・移籍・合計) と前年同月。${DEFINITIONS}`,
  })
  @Roles(...STATISTICS_READERS)
  monthlyStatistics(
    @CurrentUser() user: AuthUser,
    @Args() args: MonthlyStatisticsArgsType,
  ): Promise<MonthlyStatisticsModel> {
    return this.monthlyStatisticsService.monthly(user, args);
  }

  @Query(() => AnnualStatisticsModel, {
    description: `年度別の受入情報・送出情報・成立 (在籍型出向・移籍・合計)。${DEFINITIONS}`,
  })
  @Roles(...STATISTICS_READERS)
  annualStatistics(
    @CurrentUser() user: AuthUser,
    @Args() args: AnnualStatisticsArgsType,
  ): Promise<AnnualStatisticsModel> {
    return this.annualStatisticsService.annual(user, args);
  }

  @Query(() => IndustryFlowsModel, {
    description: `業種間の成立状況: 送出業種 × 受入業種、上位の業種、異なる業種間で成立した割合。期間は集計開始月の前 (公表値、在籍型出向のみ) か後のどちらか一方。${DEFINITIONS}`,
  })
  @Roles(...STATISTICS_READERS)
  industryFlows(
    @CurrentUser() user: AuthUser,
    @Args() args: IndustryFlowsArgsType,
  ): Promise<IndustryFlowsModel> {
    return this.industryFlowsService.flows(user, args);
  }
}
