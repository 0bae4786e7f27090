import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnerAgreementCountsService } from '@kakehashi/partners';
import { TalentBankOutcomesService } from '@kakehashi/talent-bank';
import { StatisticsExportsController } from './exports/statistics-exports.controller';
import { StatisticsExportsService } from './exports/statistics-exports.service';
import { MonthClosingFieldsResolver } from './closings/month-closing-fields.resolver';
import { UserStatisticsMonthsResolver } from './closings/user-statistics-months.resolver';
import { UserStatisticsReadingResolver } from './figures/user-statistics-reading.resolver';
import { StatisticsResolver } from './figures/statistics.resolver';
import { StatisticsMonthClosingResolver } from './closings/statistics-month-closing.resolver';
import { StatisticsRebuildResolver } from './rollups/statistics-rebuild.resolver';
import { AnnualStatisticsService } from './figures/services/annual-statistics.service';
import { CloseStatisticsMonthService } from './closings/services/close-statistics-month.service';
import { FiguresContextLoader } from './figures/services/figures-context.loader';
import { IndustryFlowsService } from './figures/services/industry-flows.service';
import { MonthlyStatisticsService } from './figures/services/monthly-statistics.service';
import { LiveFiguresReader, PublishedFiguresReader } from './figures/services/statistics-readers';
import { StatisticsScopeService } from './figures/services/statistics-scope.service';
import { STATISTICS_ENTITIES } from './statistics-entities';
import { StatisticsJobsModule } from './statistics-jobs.module';
import { StatisticsSettings } from './statistics-settings';

/**
 * Statistics for executives, headquarters and consultants (their own office): monthly and annual figures, industry
 * flows and the cross-industry share, from the published history and the live rollups, and the closing of months.
 * Needs a TypeORM root connection and the global JobQueue; reads AppConfig when provided (the cut-over month).
 * The query services are exported for exports and the benchmark: each takes (user, args[, { fromRaw }]) and returns
 * plain rows (statistics.types.ts). The export downloads (exports/) answer over HTTP with the same services.
 */
@Module({
  imports: [TypeOrmModule.forFeature(STATISTICS_ENTITIES), StatisticsJobsModule],
  providers: [
    StatisticsSettings,
    StatisticsScopeService,
    PublishedFiguresReader,
    LiveFiguresReader,
    FiguresContextLoader,
    MonthlyStatisticsService,
    AnnualStatisticsService,
    IndustryFlowsService,
    CloseStatisticsMonthService,
    StatisticsResolver,
    StatisticsMonthClosingResolver,
    StatisticsRebuildResolver,
    UserStatisticsMonthsResolver,
    UserStatisticsReadingResolver,
    MonthClosingFieldsResolver,
    // The downloads (GET /statistics/exports/...). The partner and talent-bank figures come from their own
    // read-only services, which need only the DataSource.
    StatisticsExportsService,
    PartnerAgreementCountsService,
    TalentBankOutcomesService,
  ],
  controllers: [StatisticsExportsController],
  exports: [
    StatisticsSettings,
    MonthlyStatisticsService,
    AnnualStatisticsService,
    IndustryFlowsService,
    CloseStatisticsMonthService,
    StatisticsJobsModule,
  ],
})
export class StatisticsModule {}
