export * from './statistics.types';
export * from './statistics-entities';
export * from './figures/published-figures.entities';
export * from './rollups/rollup.entities';
export * from './closings/statistics-month-closing.entity';
export { StatisticsModule } from './statistics.module';
export { StatisticsJobsModule } from './statistics-jobs.module';
export { StatisticsSettings, DEFAULT_STATISTICS_LIVE_FROM } from './statistics-settings';
export {
  MonthlyStatisticsService,
  type MonthlyStatisticsArgs,
} from './figures/services/monthly-statistics.service';
export {
  AnnualStatisticsService,
  type AnnualStatisticsArgs,
} from './figures/services/annual-statistics.service';
export { IndustryFlowsService, type IndustryFlowsArgs } from './figures/services/industry-flows.service';
export { CloseStatisticsMonthService } from './closings/services/close-statistics-month.service';
export { StatisticsDrainService, type DrainOutcome } from './rollups/services/statistics-drain.service';
export { StatisticsRebuildService, type RebuildOutcome } from './rollups/services/statistics-rebuild.service';
export {
  seedStatisticsReferenceData,
  readPublishedMonths,
  readPublishedYears,
  type PublishedMonthRow,
  type PublishedYearRow,
} from './seed/seed-statistics-reference-data';
export { seedDemoStatistics, type DemoStatisticsCounts } from './seed/seed-demo-statistics';
export { StatisticsException, StatisticsExceptionCode } from './statistics.exception';
export { STATISTICS_READERS, MONTH_CLOSERS, STATISTICS_MAINTAINERS } from './statistics-roles';
export {
  fiscalYearLabel,
  fiscalYearEraLabel,
  monthLabel,
  monthEraLabel,
  periodLabel,
  fiscalYearOf,
  monthsOfFiscalYear,
} from './periods/year-month';
export {
  StatisticsExportsController,
  StatisticsExportsService,
  ExportFormat,
  type ExportDocument,
  type ExportFile,
} from './exports';
export { STATISTICS_REFRESH_SCHEDULER_ID, statisticsRebuildJobId } from './rollups/jobs/statistics-jobs';
