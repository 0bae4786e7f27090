import { CasesJobsModule } from '@kakehashi/cases';
import { ConfigModule, type AppConfig } from '@kakehashi/config';
import { DatabaseModule } from '@kakehashi/database';
import { JobsModule } from '@kakehashi/jobs';
import { ObservabilityModule } from '@kakehashi/observability';
import { MatchingJobsModule } from '@kakehashi/matching';
import { OrganisationsJobsModule } from '@kakehashi/organisations';
import { ReferralsJobsModule } from '@kakehashi/referrals';
import { TalentBankJobsModule } from '@kakehashi/talent-bank';
import { JobcardJobsModule } from '@kakehashi/jobcard';
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
        // Each domain's jobs module (<domain>-jobs.module.ts): the @JobProcessor providers this process runs.
        OrganisationsJobsModule,
        MatchingJobsModule,
        CasesJobsModule,
        ReferralsJobsModule,
        TalentBankJobsModule,
        JobcardJobsModule,
        StatisticsJobsModule,
      ],
    };
  }
}
