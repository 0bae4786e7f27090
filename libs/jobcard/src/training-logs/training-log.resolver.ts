import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import type { GraphqlContext } from '@kakehashi/graphql-core';
import { Args, Context, Info, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { jobcardAccessContext, JobcardAccessLogService } from '../access/jobcard-access-log.service';
import { planFieldsSelected } from '../access/plan-personal-fields';
import { JobcardClock } from '../jobcard-clock';
import { JOBCARD_WORKERS } from '../jobcard-roles';
import { toTrainingPlanModel } from '../training-plans/plan-view';
import { TrainingPlanModel } from '../training-plans/training-plan.model';
import { SaveTrainingLogArgs } from './dtos/training-log.input';
import { SaveTrainingLogService } from './services/save-training-log.service';

/** The daily logs, through the plan aggregate: who may work the plan keeps its diary. */
@Resolver()
export class TrainingLogResolver {
  constructor(
    private readonly logs: SaveTrainingLogService,
    private readonly log: JobcardAccessLogService,
    private readonly clock: JobcardClock,
  ) {}

  @Mutation(() => TrainingPlanModel, {
    description:
      '訓練日誌と Off-JT 実施状況報告書の保存 (全件を置き換え。誤りがあれば RULES_NOT_MET、確認待ちは警告として保存) / Save the daily logs.',
  })
  @Roles(...JOBCARD_WORKERS)
  async saveTrainingLog(
    @CurrentUser() user: AuthUser,
    @Args() args: SaveTrainingLogArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<TrainingPlanModel> {
    const plan = await this.logs.save(user, args);
    await this.log.allowed(
      jobcardAccessContext(user, info, context.req),
      'READ',
      'TRAINING_PLAN',
      [plan.id],
      planFieldsSelected(info),
    );
    return toTrainingPlanModel(plan, this.clock.today());
  }
}
