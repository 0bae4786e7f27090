import { JobName, QueueName, ScheduledJobService } from '@kakehashi/jobs';
import { Injectable } from '@nestjs/common';
import { STATISTICS_REFRESH_SCHEDULER_ID } from './statistics-jobs';

/** The statistics refresh on STATISTICS_REFRESH_CRON (every two seconds by default; empty removes it). */
@Injectable()
export class ScheduleStatisticsRefresh extends ScheduledJobService({
  queue: QueueName.STATISTICS,
  name: JobName.STATISTICS_DRAIN,
  schedulerId: STATISTICS_REFRESH_SCHEDULER_ID,
  envName: 'STATISTICS_REFRESH_CRON',
  label: 'Statistics refresh',
  title: '統計の集計の更新',
  cronOf: (config) => config.statisticsRefreshCron,
  logContext: 'Statistics',
}) {}
