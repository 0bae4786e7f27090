import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { ReferralAction } from '../../referral-enums';
import type { ReferralReasonInput } from '../dtos/referral-transition.inputs';
import { requiredText } from '../rules/referral-reason';
import { ReferralCommandRunner } from './referral-command.runner';

/** Center headquarters returns a forwarded referral to the partner with a reason the partner sees. */
@Injectable()
export class ReturnReferralService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  async returnToPartner(user: AuthUser, input: ReferralReasonInput): Promise<ReferralEntity> {
    const reason = requiredText(input.reason, 'input.reason', '差戻しの理由');
    if (reason.error) throw ReferralException.invalidInput([reason.error]);
    return this.runner.run(user, ReferralAction.RETURNED, input, () => ({
      patch: { returnReason: reason.value },
      reason: reason.value,
    }));
  }
}
