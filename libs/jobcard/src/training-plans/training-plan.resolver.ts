import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import type { GraphqlContext } from '@kakehashi/graphql-core';
import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { jobcardAccessContext, JobcardAccessLogService } from '../access/jobcard-access-log.service';
import { planFieldsSelected } from '../access/plan-personal-fields';
import { JobcardClock } from '../jobcard-clock';
import { JOBCARD_REFERENCE_READERS, JOBCARD_WORKERS } from '../jobcard-roles';
import {
  AcceptTrainingPlanArgs,
  SaveTrainingPlanInput,
  TrainingPlansArgs,
} from './dtos/save-training-plan.input';
import { TrainingPlanDraftInput } from './dtos/training-plan-draft.input';
import { toTrainingPlanModel } from './plan-view';
import { AcceptTrainingPlanService } from './services/accept-training-plan.service';
import { CheckTrainingPlanService } from './services/check-training-plan.service';
import { SaveTrainingPlanService } from './services/save-training-plan.service';
import { TrainingPlanQueryService } from './services/training-plan-query.service';
import type { TrainingPlanEntity } from './training-plan.entity';
import { TrainingPlanModel, TrainingPlanValidationModel } from './training-plan.model';

/**
 * Training plans: the live check (stateless), and the plans of a client company worked by its office's consultants
 * (and the case's offices' for a plan tied to a case) and headquarters. Whatever returns a plan's personal data
 * writes the access log first; a refusal is logged by JobcardRefusalRecorder.
 */
@Resolver(() => TrainingPlanModel)
export class TrainingPlanResolver {
  constructor(
    private readonly checks: CheckTrainingPlanService,
    private readonly saves: SaveTrainingPlanService,
    private readonly acceptance: AcceptTrainingPlanService,
    private readonly queries: TrainingPlanQueryService,
    private readonly log: JobcardAccessLogService,
    private readonly clock: JobcardClock,
  ) {}

  @Query(() => TrainingPlanValidationModel, {
    description:
      '訓練実施計画の入力途中の確認 (保存しない。仕様 §5 の全規則、数値と期限) / Check a draft as it is typed; nothing is stored.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  validateTrainingPlan(@Args('input') input: TrainingPlanDraftInput): TrainingPlanValidationModel {
    return this.checks.validate(input);
  }

  @Query(() => TrainingPlanModel, { description: '訓練実施計画1件 / One training plan.' })
  @Roles(...JOBCARD_WORKERS)
  async trainingPlan(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<TrainingPlanModel> {
    return this.shown(user, [await this.queries.one(user, id)], info, context).then(([plan]) => plan);
  }

  @Query(() => [TrainingPlanModel], {
    description:
      '企業または案件の訓練実施計画 (新しい順。どちらか一方を指定) / A company’s or a case’s plans, newest first.',
  })
  @Roles(...JOBCARD_WORKERS)
  async trainingPlans(
    @CurrentUser() user: AuthUser,
    @Args() args: TrainingPlansArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<TrainingPlanModel[]> {
    return this.shown(user, await this.queries.list(user, args), info, context);
  }

  @Mutation(() => TrainingPlanModel, {
    description:
      '訓練実施計画の保存 (新規・更新。指摘があっても下書きとして保存、楽観的排他) / Save a plan, whatever its findings.',
  })
  @Roles(...JOBCARD_WORKERS)
  async saveTrainingPlan(
    @CurrentUser() user: AuthUser,
    @Args('input') input: SaveTrainingPlanInput,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<TrainingPlanModel> {
    const [plan] = await this.shown(user, [await this.saves.save(user, input)], info, context);
    return plan;
  }

  @Mutation(() => TrainingPlanModel, {
    description:
      '訓練実施計画を要件充足として確認 (エラーの指摘が残る間は RULES_NOT_MET で全項目を返す) / Accept a plan meeting every rule.',
  })
  @Roles(...JOBCARD_WORKERS)
  async acceptTrainingPlan(
    @CurrentUser() user: AuthUser,
    @Args() args: AcceptTrainingPlanArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<TrainingPlanModel> {
    const accepted = await this.acceptance.accept(user, args.id, args.version);
    const [plan] = await this.shown(user, [accepted], info, context);
    return plan;
  }

  /** Logs the personal fields selected for each plan, then hands the plans out. */
  private async shown(
    user: AuthUser,
    plans: TrainingPlanEntity[],
    info: GraphQLResolveInfo,
    context: GraphqlContext,
  ): Promise<TrainingPlanModel[]> {
    await this.log.allowed(
      jobcardAccessContext(user, info, context.req),
      'READ',
      'TRAINING_PLAN',
      plans.map((plan) => plan.id),
      planFieldsSelected(info),
    );
    const today = this.clock.today();
    return plans.map((plan) => toTrainingPlanModel(plan, today));
  }
}
