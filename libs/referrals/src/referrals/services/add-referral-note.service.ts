import type { AuthUser, Role } from '@kakehashi/authz';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ReferralNoteEntity } from '../referral-note.entity';
import { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { REFERRAL_WORKERS } from '../../referrals-roles';
import type { AddReferralNoteInput } from '../dtos/referral-transition.inputs';
import { NOTE_MAX_LENGTH, requiredText } from '../rules/referral-reason';
import { mayReadReferral } from '../rules/referral-visibility';
import { ReferralTransactions } from './referral-transactions';

const NOTE_WRITERS: readonly Role[] = REFERRAL_WORKERS;

/**
 * A Center internal note on a referral (Center headquarters, or a consultant of the assigned office). The notes
 * table's policy admits the Center's scope only, so no partner transaction can read or write one.
 */
@Injectable()
export class AddReferralNoteService {
  constructor(private readonly transactions: ReferralTransactions) {}

  async add(user: AuthUser, input: AddReferralNoteInput): Promise<ReferralNoteEntity> {
    if (!isUUID(input.referralId)) throw ReferralException.notFound(input.referralId);
    return this.transactions.run(user, async (tx) => {
      const referral = await tx.findOne(ReferralEntity, { where: { id: input.referralId } });
      if (!referral || !mayReadReferral(user, referral)) throw ReferralException.notFound(input.referralId);
      if (!NOTE_WRITERS.includes(user.role)) throw ReferralException.forbiddenAction('内部メモの追加');
      const body = requiredText(input.body, 'input.body', 'メモ', NOTE_MAX_LENGTH);
      if (body.error) throw ReferralException.invalidInput([body.error]);
      return tx.save(
        tx.create(ReferralNoteEntity, {
          referralId: referral.id,
          institutionId: referral.institutionId,
          authorUserId: user.id,
          body: body.value,
        }),
      );
    });
  }
}
