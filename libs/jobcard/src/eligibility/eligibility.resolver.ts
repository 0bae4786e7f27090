import { CurrentUser, Roles, type AuthUser } from '@kakehashi/authz';
import type { GraphqlContext } from '@kakehashi/graphql-core';
import { AccessAction, accessContext, TalentBankAccessLogService } from '@kakehashi/talent-bank';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { JOBCARD_REFERENCE_READERS, JOBCARD_WORKERS } from '../jobcard-roles';
import { EmployerFactsInput } from './dtos/employer-facts.input';
import { RegistrantTrainingEligibilityArgs, TraineeFactsInput } from './dtos/trainee-facts.input';
import {
  EmployerTrainingEligibilityModel,
  RegistrantTrainingEligibilityModel,
  TraineeEligibilityModel,
} from './eligibility.model';
import { EligibilityService } from './services/eligibility.service';

/** What the registrant's record gives this judgement, as the talent bank's access log names it. */
export const REGISTRANT_ELIGIBILITY_FIELDS = ['career'];

@Resolver()
export class EligibilityResolver {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly talentBankLog: TalentBankAccessLogService,
  ) {}

  @Query(() => TraineeEligibilityModel, {
    description:
      '有期実習型訓練の受講資格の判定 (入力した事実から。保存しない) / Whether a person can be the trainee, from typed facts.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  traineeEligibility(@Args('input') input: TraineeFactsInput): TraineeEligibilityModel {
    return this.eligibility.ofFacts(input);
  }

  @Query(() => EmployerTrainingEligibilityModel, {
    description:
      '有期実習型訓練の事業主の要件の判定 (入力した事実から。保存しない。仕様 §5.13) / Whether the employer meets the requirements, from typed facts.',
  })
  @Roles(...JOBCARD_REFERENCE_READERS)
  employerTrainingEligibility(@Args('input') input: EmployerFactsInput): EmployerTrainingEligibilityModel {
    return this.eligibility.ofEmployer(input);
  }

  @Query(() => RegistrantTrainingEligibilityModel, {
    description:
      '人材バンク登録者の職歴からの受講資格の判定 (過去5年・10年の正規雇用。人材バンクのアクセス記録に残ります) / Eligibility from a registrant’s work history.',
  })
  @Roles(...JOBCARD_WORKERS)
  async registrantTrainingEligibility(
    @CurrentUser() user: AuthUser,
    @Args() args: RegistrantTrainingEligibilityArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<RegistrantTrainingEligibilityModel> {
    const result = await this.eligibility.ofRegistrant(user, args);
    // The registrant's career is the talent bank's personal data: its own log records the read.
    await this.talentBankLog.allowed(
      accessContext(user, info, context.req),
      AccessAction.READ,
      [result.registrantId],
      REGISTRANT_ELIGIBILITY_FIELDS,
    );
    return result;
  }
}
