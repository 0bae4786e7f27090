import type { AuthUser } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReferralDuplicateService } from '../../duplicates/referral-duplicate.service';
import { ReferralEntity } from '../referral.entity';
import { ReferralNotifier } from '../../notifications/referral-notifier';
import { ReferralAction } from '../../referral-enums';
import type { ReferralVersionInput } from '../dtos/referral-transition.inputs';
import { institutionHasHqStep } from '../referrals.queries';
import { ReferralCommandRunner } from './referral-command.runner';

/**
 * A partner submits a draft or a corrected returned referral. Duplicates are looked for at once (flagged, never
 * refused). A partner without a head office step has it forwarded to the Center in the same transaction, by the
 * system; its users then hear of the forward only.
 */
@Injectable()
export class SubmitReferralService {
  constructor(
    private readonly runner: ReferralCommandRunner,
    private readonly duplicates: ReferralDuplicateService,
    private readonly notifier: ReferralNotifier,
  ) {}

  async submit(user: AuthUser, input: ReferralVersionInput): Promise<ReferralEntity> {
    let autoForward = false;
    return this.runner.run(
      user,
      ReferralAction.SUBMITTED,
      input,
      async (current, tx) => {
        autoForward = !(await this.hasHqStep(tx, current.institutionId));
        // The previous return reason stays in the history; the referral itself is no longer returned.
        return { patch: { returnReason: null } };
      },
      {
        notify: false,
        after: async (submitted, tx) => {
          let current = submitted;
          const found = await this.duplicates.flag(tx, [submitted]);
          if (found.size) current = await tx.findOneOrFail(ReferralEntity, { where: { id: submitted.id } });
          if (autoForward) {
            current = await this.runner.apply(tx, null, current, ReferralAction.AUTO_FORWARDED, {});
          } else {
            await this.notifier.transitioned(tx, {
              referral: current,
              action: ReferralAction.SUBMITTED,
              reason: null,
              actorUserId: user.id,
            });
          }
          if (found.size) await this.notifier.possibleDuplicate(tx, current);
          return current;
        },
      },
    );
  }

  private async hasHqStep(tx: EntityManager, institutionId: string): Promise<boolean> {
    return (await institutionHasHqStep(tx, institutionId)) ?? true;
  }
}
