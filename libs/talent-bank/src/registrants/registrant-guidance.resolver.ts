import { Roles } from '@kakehashi/authz';

import { Args, Query, Resolver } from '@nestjs/graphql';

import { REGISTRANT_WORKERS } from '../talent-bank-roles';
import { EligibilityCheckInput } from './dtos/eligibility.inputs';
import { EligibilityCheckModel, GuidanceModel } from './guidance.model';
import {
  ELIGIBILITY_REASON_EXPLANATIONS,
  ELIGIBILITY_RULE,
  expiryNotice,
  reasonLabel,
  withdrawalNotice,
} from './rules/guidance';
import { EligibilityCheckService } from './services/eligibility-check.service';
import { EligibilityReason } from '../talent-bank-enums';
import { TalentBankSettings } from '../talent-bank-settings';

/** The rules in words for the registration and withdrawal screens, and the eligibility answer as the form is filled. */
@Resolver()
export class RegistrantGuidanceResolver {
  constructor(
    private readonly eligibility: EligibilityCheckService,
    private readonly settings: TalentBankSettings,
  ) {}

  @Query(() => GuidanceModel, {
    description: 'キャリア人材バンクの規則の説明 / The rules in the words the screens show.',
  })
  @Roles(...REGISTRANT_WORKERS)
  talentBankGuidance(): GuidanceModel {
    return {
      eligibilityRule: ELIGIBILITY_RULE,
      reasons: Object.values(EligibilityReason).map((reason) => ({
        reason,
        label: reasonLabel(reason),
        explanation: ELIGIBILITY_REASON_EXPLANATIONS[reason],
      })),
      withdrawalNotice: withdrawalNotice(this.settings.retentionDays),
      expiryNotice: expiryNotice(this.settings.expiryDays),
      retentionDays: this.settings.retentionDays,
    };
  }

  @Query(() => EligibilityCheckModel, {
    description:
      '本日登録する場合に対象かどうか (保存・記録しません) / Whether a person would be eligible today; nothing is stored.',
  })
  @Roles(...REGISTRANT_WORKERS)
  checkTalentBankEligibility(@Args('input') input: EligibilityCheckInput): EligibilityCheckModel {
    return this.eligibility.check(input);
  }
}
