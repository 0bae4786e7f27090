import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { ReferralAction, ReferralStatus } from '../../referral-enums';
import type { CreateReferralInput } from '../dtos/referral-content.inputs';
import { asInputFieldErrors, normaliseReferralContent } from '../rules/referral-content';
import { partnerOwnerOf } from './referral-actors';
import { recordReferralEvent } from './referral-events';
import { ReferralTransactions } from './referral-transactions';

/** A partner's new referral, saved as a draft of its branch (or, for a head office account, of no branch). */
@Injectable()
export class CreateReferralService {
  constructor(private readonly transactions: ReferralTransactions) {}

  async create(user: AuthUser, input: CreateReferralInput): Promise<ReferralEntity> {
    const owner = partnerOwnerOf(user);
    const { values, errors } = normaliseReferralContent(input, { today: todayInJapan() });
    if (!values) throw ReferralException.invalidInput(asInputFieldErrors(errors));
    return this.transactions.run(user, async (tx) => {
      const created = await tx.save(
        tx.create(ReferralEntity, {
          ...values,
          ...owner,
          createdByUserId: user.id,
          status: ReferralStatus.DRAFT,
        }),
      );
      await recordReferralEvent(tx, created, {
        action: ReferralAction.CREATED,
        fromStatus: null,
        toStatus: ReferralStatus.DRAFT,
        actor: { userId: user.id, role: user.role },
      });
      return tx.findOneOrFail(ReferralEntity, { where: { id: created.id } });
    });
  }
}
