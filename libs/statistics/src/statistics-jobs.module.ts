import { Module } from '@nestjs/common';
import { ScheduleStatisticsRefresh } from './rollups/jobs/schedule-statistics-refresh';
import { StatisticsDrainProcessor } from './rollups/jobs/statistics-drain.processor';
import { StatisticsRebuildProcessor } from './rollups/jobs/statistics-rebuild.processor';
import { StatisticsDrainService } from './rollups/services/statistics-drain.service';
import { StatisticsRebuildService } from './rollups/services/statistics-rebuild.service';

/**
 * The statistics jobs without GraphQL: the frequent refresh that keeps the rollups up to date from the triggers'
 * change log (scheduled from STATISTICS_REFRESH_CRON by the process that runs jobs) and the full rebuild. Plain SQL
 * only, so apps/worker imports it alone; needs a TypeORM root connection and the global JobQueue, and reads AppConfig
 * when provided. StatisticsModule imports it for the API.
 */
@Module({
  providers: [
    StatisticsDrainService,
    StatisticsRebuildService,
    StatisticsDrainProcessor,
    StatisticsRebuildProcessor,
    ScheduleStatisticsRefresh,
  ],
  exports: [StatisticsDrainService, StatisticsRebuildService],
})
export class StatisticsJobsModule {}
