import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { ReferralEntity } from '../referral.entity';
import { ReferralAction } from '../../referral-enums';
import type { ReferralVersionInput } from '../dtos/referral-transition.inputs';
import { ReferralCommandRunner } from './referral-command.runner';

/** The partner's head office sends a submitted referral of its institution on to the Center (トスアップ). */
@Injectable()
export class ForwardReferralService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  forward(user: AuthUser, input: ReferralVersionInput): Promise<ReferralEntity> {
    return this.runner.run(user, ReferralAction.FORWARDED, input, () => ({}));
  }
}
