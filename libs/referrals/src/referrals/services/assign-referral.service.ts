import type { AuthUser } from '@kakehashi/authz';
import { OfficeEntity, OfficeKind } from '@kakehashi/organisations';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { ReferralAction, ReferralStatus } from '../../referral-enums';
import type { AssignReferralInput } from '../dtos/referral-transition.inputs';
import { ReferralCommandRunner } from './referral-command.runner';

/**
 * Center headquarters assigns an accepted referral to a regional office (or moves it to another one before it is
 * converted); the office's consultants are notified and from then on see it.
 */
@Injectable()
export class AssignReferralService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  assign(user: AuthUser, input: AssignReferralInput): Promise<ReferralEntity> {
    return this.runner.run(user, ReferralAction.ASSIGNED, input, async (current, tx) => {
      const office = isUUID(input.officeId)
        ? await tx.findOne(OfficeEntity, { where: { id: input.officeId } })
        : null;
      if (!office) {
        throw ReferralException.invalidInput([
          { field: 'input.officeId', message: '指定された事務所が見つかりません。' },
        ]);
      }
      if (office.kind !== OfficeKind.REGIONAL) {
        throw ReferralException.invalidInput([
          {
            field: 'input.officeId',
            message: '担当には地方事務所を指定してください(本部は指定できません)。',
          },
        ]);
      }
      if (current.status === ReferralStatus.ASSIGNED && current.assignedOfficeId === office.id) {
        throw ReferralException.invalidInput([
          { field: 'input.officeId', message: `この紹介は既に${office.nameJa}の担当です。` },
        ]);
      }
      return { patch: { assignedOfficeId: office.id } };
    });
  }
}
