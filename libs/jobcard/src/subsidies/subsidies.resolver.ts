import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { JOBCARD_REFERENCE_READERS, JOBCARD_WORKERS } from '../jobcard-roles';
import {
  AttachSubsidyEstimateArgs,
  ConversionSubsidyInput,
  TrainingSubsidyInput,
} from './dtos/subsidy-estimate.input';
import { AttachSubsidyEstimateService } from './services/attach-subsidy-estimate.service';
import { EstimateSubsidyService } from './services/estimate-subsidy.service';
import {
  ConversionSubsidyEstimateModel,
  SubsidyEstimateModel,
  TrainingSubsidyEstimateModel,
} from './subsidy-estimate.model';
import { SubsidyRateTableModel } from './subsidy-rate-table.model';
import {
  toConversionEstimateModel,
  toRateTableModel,
  toSubsidyEstimateModel,
  toTrainingEstimateModel,
} from './subsidy-view';

/** The subsidy calculators (no personal data, nothing stored) and the estimates kept with a case. */
@Resolver()
export class SubsidiesResolver {
  constructor(
    private readonly estimates: EstimateSubsidyService,
    private readonly attachments: AttachSubsidyEstimateService,
  ) {}

  @Query(() => [SubsidyRateTableModel], {
    description: '助成金の支給額表 (適用開始日の順) / The dated subsidy rate tables, oldest first.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  subsidyRateTables(): SubsidyRateTableModel[] {
    return this.estimates
      .rateTables()
      .map(({ table, inForceToday }) => toRateTableModel(table, inForceToday));
  }

  @Query(() => TrainingSubsidyEstimateModel, {
    description:
      '人材開発支援助成金 (特別育成訓練コース) の試算 (各行の計算式・上限・注記つき。保存しない) / Estimate the training subsidy.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  estimateTrainingSubsidy(@Args('input') input: TrainingSubsidyInput): TrainingSubsidyEstimateModel {
    const estimated = this.estimates.training(input);
    return toTrainingEstimateModel(estimated.result, estimated.input);
  }

  @Query(() => ConversionSubsidyEstimateModel, {
    description:
      'キャリアアップ助成金 (正社員化コース) の試算 (1年度1事業所20人まで、申請期間の確認つき。保存しない) / Estimate the conversion subsidy.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  estimateConversionSubsidy(@Args('input') input: ConversionSubsidyInput): ConversionSubsidyEstimateModel {
    const estimated = this.estimates.conversion(input);
    return toConversionEstimateModel(estimated.result, estimated.input);
  }

  @Mutation(() => SubsidyEstimateModel, {
    description:
      '助成金の試算を案件に添付 (STEP2 助成金の周知と活用勧奨。表示したとおりに保存) / Keep an estimate with a case.',
  })
  @Roles(...JOBCARD_WORKERS)
  async attachSubsidyEstimate(
    @CurrentUser() user: AuthUser,
    @Args() args: AttachSubsidyEstimateArgs,
  ): Promise<SubsidyEstimateModel> {
    return toSubsidyEstimateModel(await this.attachments.attach(user, args));
  }
}
