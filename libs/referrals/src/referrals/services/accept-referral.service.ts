import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { ReferralEntity } from '../referral.entity';
import { ReferralAction } from '../../referral-enums';
import type { ReferralVersionInput } from '../dtos/referral-transition.inputs';
import { ReferralCommandRunner } from './referral-command.runner';

/** Center headquarters accepts a forwarded referral; assigning it to a regional office is the next step. */
@Injectable()
export class AcceptReferralService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  accept(user: AuthUser, input: ReferralVersionInput): Promise<ReferralEntity> {
    return this.runner.run(user, ReferralAction.ACCEPTED, input, () => ({}));
  }
}
