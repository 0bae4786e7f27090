import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import type { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { ReferralAction, ReferralOutcome } from '../../referral-enums';
import type { ReferralReasonInput } from '../dtos/referral-transition.inputs';
import { requiredText } from '../rules/referral-reason';
import { ReferralCommandRunner } from './referral-command.runner';

/**
 * The partner withdraws its referral (the client changed its mind, the need went away) at any point before the
 * consultant took it up: closed with the outcome WITHDRAWN, dated today, and the reason in the history.
 */
@Injectable()
export class WithdrawReferralService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  async withdraw(user: AuthUser, input: ReferralReasonInput): Promise<ReferralEntity> {
    const reason = requiredText(input.reason, 'input.reason', '取下げの理由');
    if (reason.error) throw ReferralException.invalidInput([reason.error]);
    return this.runner.run(user, ReferralAction.WITHDRAWN, input, () => ({
      patch: { outcome: ReferralOutcome.WITHDRAWN, outcomeOn: todayInJapan() },
      reason: reason.value,
    }));
  }
}
