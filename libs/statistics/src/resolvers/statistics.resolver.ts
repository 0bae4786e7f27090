import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { JobName, JobQueue, QueueName, type JobStatus } from '@kakehashi/jobs';

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { statisticsRebuildJobId } from '../jobs/statistics-jobs';
import {
  AnnualStatisticsArgsType,
  IndustryFlowsArgsType,
  MonthlyStatisticsArgsType,
} from '../dtos/statistics.args';
import {
  AnnualStatisticsModel,
  IndustryFlowsModel,
  MonthlyStatisticsModel,
  StatisticsMonthClosingModel,
  StatisticsRebuildJobModel,
  StatisticsScopeModel,
} from '../models/statistics.models';
import { AnnualStatisticsService } from '../services/annual-statistics.service';
import { CloseStatisticsMonthService } from '../services/close-statistics-month.service';
import { IndustryFlowsService } from '../services/industry-flows.service';
import { MonthlyStatisticsService } from '../services/monthly-statistics.service';
import { StatisticsScopeService } from '../services/statistics-scope.service';

import { MONTH_CLOSERS, STATISTICS_MAINTAINERS, STATISTICS_READERS } from '../statistics-roles';

const DEFINITIONS =
  '年度は4月〜翌3月 (2022年度 = 2022-04-01〜2023-03-31 = 令和4年度)、数値は人数 (人)。集計開始月 (STATISTICS_LIVE_FROM) より前はセンターの公表値 (全国計のみ)、以降は本システムの記録。本部が締めていない月は速報値。/ Fiscal years run April to March; figures count people; published history before the cut-over month, live records from it on; months not closed by headquarters are preliminary.';

@Resolver()
export class StatisticsResolver {
  constructor(
    private readonly monthlyStatisticsService: MonthlyStatisticsService,
    private readonly annualStatisticsService: AnnualStatisticsService,
    private readonly industryFlowsService: IndustryFlowsService,
    private readonly closings: CloseStatisticsMonthService,
    private readonly jobs: JobQueue,
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

  @Mutation(() => StatisticsMonthClosingModel, {
    description:
      '月の締め (本部コーディネーター): その月の数値を確定し、速報値でなくする。終わった集計開始月以降の月を一度だけ / Close a month: its figures become final (HQ coordinators; an ended live month, once).',
  })
  @Roles(...MONTH_CLOSERS)
  closeStatisticsMonth(
    @CurrentUser() user: AuthUser,
    @Args('yearMonth', { description: '締める月 (YYYY-MM) / The month.' }) yearMonth: string,
  ): Promise<StatisticsMonthClosingModel> {
    return this.closings.close(user, yearMonth);
  }

  @Mutation(() => StatisticsRebuildJobModel, {
    description:
      '統計の再集計 (管理者): 送出・受入情報と成立の記録からすべての月を計算し直すジョブを登録 / Queue a full rebuild of the rollups (admins).',
  })
  @Roles(...STATISTICS_MAINTAINERS)
  async rebuildStatistics(): Promise<StatisticsRebuildJobModel> {
    const { id } = await this.jobs.enqueue(
      QueueName.STATISTICS,
      JobName.STATISTICS_REBUILD,
      {},
      { jobId: statisticsRebuildJobId(new Date()) },
    );
    const status = await this.jobs.getJob(QueueName.STATISTICS, id);
    return status
      ? toRebuildModel(status)
      : { id, state: 'WAITING', progress: 0, failedReason: null, result: null };
  }

  @Query(() => StatisticsRebuildJobModel, {
    nullable: true,
    description: '統計の再集計ジョブの状態 (管理者) / A rebuild job (admins).',
  })
  @Roles(...STATISTICS_MAINTAINERS)
  async statisticsRebuild(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<StatisticsRebuildJobModel | null> {
    const status = await this.jobs.getJob(QueueName.STATISTICS, id);
    return status && status.name === JobName.STATISTICS_REBUILD ? toRebuildModel(status) : null;
  }
}

function toRebuildModel(status: JobStatus): StatisticsRebuildJobModel {
  return {
    id: status.id,
    state: status.state.toUpperCase(),
    progress: Math.round(status.progress),
    failedReason: status.failedReason,
    result: status.result === null || status.result === undefined ? null : JSON.stringify(status.result),
  };
}
