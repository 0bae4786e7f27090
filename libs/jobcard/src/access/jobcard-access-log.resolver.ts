import { Roles } from '@kakehashi/authz';
import { connectionComplexity, type Connection } from '@kakehashi/graphql-core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { JOBCARD_ACCESS_LOG_READERS } from '../jobcard-roles';
import { JobcardAccessLogArgs } from './dtos/jobcard-access-log.inputs';
import { JobcardAccessLogConnection, type JobcardAccessLogEntryModel } from './jobcard-access-log.model';
import { JobcardAccessLogQueries } from './jobcard-access-log.queries';

/** The Job Card access log (administrators): who touched which sheet or plan, no personal data. */
@Resolver()
export class JobcardAccessLogResolver {
  constructor(private readonly log: JobcardAccessLogQueries) {}

  @Query(() => JobcardAccessLogConnection, {
    complexity: connectionComplexity,
    description:
      '評価シート・訓練実施計画の個人データへのアクセス記録 (新しい順、個人データは含まない) / The Job Card access log.',
  })
  @Roles(...JOBCARD_ACCESS_LOG_READERS)
  async jobcardAccessLog(
    @Args() args: JobcardAccessLogArgs,
  ): Promise<Connection<JobcardAccessLogEntryModel>> {
    return this.log.list(args.filter ?? {}, { first: args.first, after: args.after });
  }
}
