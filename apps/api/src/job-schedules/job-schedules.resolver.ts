import { Roles } from '@kakehashi/authz';
import { AppConfig } from '@kakehashi/config';
import { USER_ADMINISTRATORS } from '@kakehashi/identity';
import { DEFAULT_SCHEDULE_TIMEZONE, nextCronTime, scheduledJobSpecs } from '@kakehashi/jobs';
import { Field, GraphQLISODateTime, ObjectType, Query, Resolver } from '@nestjs/graphql';

@ObjectType('JobSchedule', {
  description: '定期実行の設定 (読み取り専用) / A configured schedule (read-only).',
})
export class JobScheduleModel {
  @Field({ description: '処理の名前 / What runs.' })
  title: string;

  @Field({ description: '設定する環境変数 / The environment variable that sets it.' })
  envName: string;

  @Field(() => String, {
    nullable: true,
    description: 'cron 形式の予定 (null は停止中) / The cron pattern; null when switched off.',
  })
  cron: string | null;

  @Field({ description: '予定を読むタイムゾーン / The time zone the pattern is read in.' })
  timezone: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '次の実行予定 / The next run.' })
  nextRunAt: Date | null;
}

/**
 * The nightly and periodic jobs as this deployment configures them (environment variables, read at start): the
 * administrators' console shows them; changing one is a deployment change, so there is no mutation.
 */
@Resolver(() => JobScheduleModel)
export class JobSchedulesResolver {
  constructor(private readonly config: AppConfig) {}

  @Query(() => [JobScheduleModel], {
    description: '定期実行の予定 (管理者、読み取り専用) / The configured job schedules (administrators).',
  })
  @Roles(...USER_ADMINISTRATORS)
  jobSchedules(): JobScheduleModel[] {
    const now = new Date();
    return scheduledJobSpecs()
      .map((spec) => {
        const cron = spec.cronOf(this.config);
        return {
          title: spec.title,
          envName: spec.envName,
          cron,
          timezone: DEFAULT_SCHEDULE_TIMEZONE,
          nextRunAt: cron ? nextCronTime(cron, DEFAULT_SCHEDULE_TIMEZONE, now) : null,
        };
      })
      .sort((a, b) => a.envName.localeCompare(b.envName));
  }
}
