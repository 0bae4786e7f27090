import { CaseRemindersModule } from '@kakehashi/cases';
import { ConfigModule, type AppConfig } from '@kakehashi/config';
import { DatabaseModule } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { ObservabilityModule } from '@kakehashi/observability';
import { AssignmentModule } from '@kakehashi/matching';
import { OffersModule } from '@kakehashi/offers';
import { OrganisationsModule } from '@kakehashi/organisations';
import { ReferralImportJobsModule } from '@kakehashi/referrals';
import { TalentBankJobsModule } from '@kakehashi/talent-bank';
import { StatisticsJobsModule } from '@kakehashi/statistics';
import { Module, type DynamicModule } from '@nestjs/common';

export interface WorkerModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  redisUrl: string;
}

/** The background process: no HTTP, only the BullMQ workers of the domain modules that own job processors. */
@Module({})
export class WorkerModule {
  static forRoot({ config, databaseUrl, redisUrl }: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot({ level: config.logLevel, service: 'kakehashi-worker' }),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: config.databasePoolSize,
          applicationName: 'kakehashi-worker',
        }),
        JobsModule.forRoot({ redisUrl, prefix: config.redisPrefix, runProcessors: true }),
        // Domain modules whose @JobProcessor providers this process runs.
        OrganisationsModule,
        OffersModule,
        AssignmentModule,
        CaseRemindersModule,
        ReferralImportJobsModule,
        TalentBankJobsModule,
        StatisticsJobsModule,
      ],
    };
  }
}
