import { Roles } from '@kakehashi/authz';
import { JobName, JobQueue, QueueName, type JobStatus } from '@kakehashi/jobs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STATISTICS_MAINTAINERS } from '../statistics-roles';
import { statisticsRebuildJobId } from './jobs/statistics-jobs';
import { StatisticsRebuildJobModel } from './statistics-rebuild-job.model';

@Resolver()
export class StatisticsRebuildResolver {
  constructor(private readonly jobs: JobQueue) {}

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
