import type { AuthUser } from '@kakehashi/authz';
import { todayInJapan } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import type { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { ReferralAction } from '../../referral-enums';
import type { UpdateReferralInput } from '../dtos/referral-content.inputs';
import {
  asInputFieldErrors,
  normaliseReferralContent,
  type ReferralContentField,
  type ReferralContentInput,
} from '../rules/referral-content';
import { ReferralCommandRunner } from './referral-command.runner';

const CONTENT_FIELDS: ReferralContentField[] = [
  'clientName',
  'clientCorporateNumber',
  'clientJsicMajorCode',
  'clientPrefectureCode',
  'clientSize',
  'clientEmployeeCount',
  'need',
  'surplusPeople',
  'shortagePeople',
  'occupations',
  'desiredStartOn',
  'description',
  'consentObtainedOn',
  'consentObtainedBy',
];

/**
 * A partner corrects a draft or a returned referral. Omitted fields keep their value; the merged content is checked
 * as a whole (changing the need to SHORTAGE, say, needs the shortage count and no surplus count).
 */
@Injectable()
export class UpdateReferralService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  update(user: AuthUser, input: UpdateReferralInput): Promise<ReferralEntity> {
    return this.runner.run(user, ReferralAction.UPDATED, input, (current) => {
      const merged: ReferralContentInput = {};
      for (const field of CONTENT_FIELDS) {
        const given = (input as ReferralContentInput)[field];
        (merged as Record<string, unknown>)[field] = given !== undefined ? given : current[field];
      }
      // Changing the need drops the count it no longer needs unless the caller gave one.
      if (input.need !== undefined && input.need !== null) {
        if (input.surplusPeople === undefined && !['SURPLUS', 'BOTH'].includes(input.need))
          merged.surplusPeople = null;
        if (input.shortagePeople === undefined && !['SHORTAGE', 'BOTH'].includes(input.need))
          merged.shortagePeople = null;
      }
      const { values, errors } = normaliseReferralContent(merged, { today: todayInJapan() });
      if (!values) throw ReferralException.invalidInput(asInputFieldErrors(errors));
      return { patch: values };
    });
  }
}
