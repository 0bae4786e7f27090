import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { CasesModule } from '@kakehashi/cases';
import { ConfigModule, type AppConfig } from '@kakehashi/config';
import { DatabaseModule } from '@kakehashi/database';
import {
  API_REFUSAL_RECORDER,
  ApiErrorsFilter,
  composeRefusalRecorders,
  createInputValidationPipe,
} from '@kakehashi/graphql-core';
import { AuthGuard, IdentityModule } from '@kakehashi/identity';
import { JobsModule } from '@kakehashi/jobs';
import { ObservabilityModule } from '@kakehashi/observability';
import { MatchingModule } from '@kakehashi/matching';
import { NotificationsModule } from '@kakehashi/notifications';
import { OffersModule } from '@kakehashi/offers';
import { OrganisationsModule } from '@kakehashi/organisations';
import { PartnersModule } from '@kakehashi/partners';
import { ReferralsModule } from '@kakehashi/referrals';
import { PersonalDataRefusalRecorder, TalentBankModule } from '@kakehashi/talent-bank';
import { JobcardModule, JobcardRefusalRecorder, TrainingPlanRefusalRecorder } from '@kakehashi/jobcard';
import { StatisticsModule } from '@kakehashi/statistics';
import { Module, type DynamicModule } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { EnumLabelsModule } from './enum-labels/enum-labels.module';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { JobSchedulesModule } from './job-schedules/job-schedules.module';
import { webAppModules } from './web/web-app.module';

export interface ApiModuleOptions {
  config: AppConfig;
  /** The PostgreSQL to use: the configured one or the embedded one started before Nest. */
  databaseUrl: string;
  /** Where log lines go (standard output when absent). */
  logDestination?: DestinationStream;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logDestination }: ApiModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot({
          level: config.logLevel,
          service: 'kakehashi-api',
          destination: logDestination,
        }),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: config.databasePoolSize,
          applicationName: 'kakehashi-api',
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        // Without Redis the API runs the jobs itself; with Redis, apps/worker does.
        JobsModule.forRoot({
          redisUrl: config.redisUrl,
          prefix: config.redisPrefix,
          runProcessors: !config.usesRedis,
        }),
        HealthModule,
        EnumLabelsModule,
        JobSchedulesModule,
        IdentityModule,
        OrganisationsModule,
        OffersModule,
        MatchingModule,
        NotificationsModule,
        CasesModule,
        PartnersModule,
        ReferralsModule,
        TalentBankModule,
        JobcardModule,
        StatisticsModule,
        ...webAppModules(config),
      ],
      providers: [
        // Deny by default: every operation must state @Roles(...) or @Public().
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createInputValidationPipe },
        // Every refusal, a module's exception mapped by its table or an API error, in any resolver or field resolver.
        { provide: APP_FILTER, useClass: ApiErrorsFilter },
        // Refusals of personal-data operations go to the access log of the module that owns them.
        {
          provide: API_REFUSAL_RECORDER,
          useFactory: composeRefusalRecorders,
          inject: [PersonalDataRefusalRecorder, JobcardRefusalRecorder, TrainingPlanRefusalRecorder],
        },
      ],
    };
  }
}
