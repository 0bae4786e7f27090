import { japaneseDate } from '@kakehashi/calendar';
import { Injectable } from '@nestjs/common';
import type { EligibilityCheckInput } from '../dtos/eligibility.inputs';
import type { EligibilityCheckModel } from '../guidance.model';
import { ageOn } from '../rules/age';
import { decideEligibility, MINIMUM_AGE } from '../rules/eligibility';
import { calendarDay, dateOfBirth, FieldCollector } from '../rules/registrant-fields';
import { TalentBankClock } from '../../talent-bank-clock';
import { ageBandOf, ELIGIBILITY_REASON_LABELS, EligibilityReason } from '../../talent-bank-enums';

/**
 * Answers the registration form as it is filled in: the same rules registration applies (rules/eligibility.ts), on
 * today's date, with what is still missing. Stores and logs nothing (the date of birth is not kept).
 */
@Injectable()
export class EligibilityCheckService {
  constructor(private readonly clock: TalentBankClock) {}

  check(input: EligibilityCheckInput): EligibilityCheckModel {
    const registeredOn = this.clock.today();
    const errors = new FieldCollector('input');
    const birth = input.dateOfBirth ? dateOfBirth(errors, input.dateOfBirth, registeredOn) : null;
    const leftJobOn = calendarDay(errors, 'leftJobOn', input.leftJobOn, '離職日', false);
    const reason =
      input.eligibilityReason && Object.values(EligibilityReason).includes(input.eligibilityReason)
        ? input.eligibilityReason
        : null;
    const age = birth ? ageOn(birth, registeredOn) : null;
    const base = { registeredOn, age, ageBand: age !== null && age >= MINIMUM_AGE ? ageBandOf(age) : null };
    if (errors.errors.length > 0)
      return {
        ...base,
        eligible: false,
        complete: false,
        summary: '入力内容を確認してください。',
        problems: errors.errors,
      };
    if (!birth || !reason) {
      const ageText = age === null ? '' : `登録日（${japaneseDate(registeredOn)}）時点で${age}歳です。`;
      return {
        ...base,
        eligible: false,
        complete: false,
        summary: `${ageText}${!birth ? '生年月日' : '対象理由'}を入力すると、登録の対象かどうかを確認します。`,
        problems: age !== null && age < MINIMUM_AGE ? this.tooYoung(birth as string, registeredOn) : [],
      };
    }
    const decision = decideEligibility({ dateOfBirth: birth, registeredOn, reason, leftJobOn });
    if (!decision.eligible)
      return {
        ...base,
        eligible: false,
        complete: true,
        summary: `登録の対象外です。${decision.problems.map((p) => p.message).join('')}`,
        problems: decision.problems,
      };
    return {
      ...base,
      eligible: true,
      complete: true,
      summary:
        `登録の対象です。登録日（${japaneseDate(registeredOn)}）時点で${decision.age}歳、` +
        `対象理由は「${ELIGIBILITY_REASON_LABELS[reason]}」です。`,
      problems: [],
    };
  }

  /** The age part of the rule alone, before a reason is chosen. */
  private tooYoung(birth: string, registeredOn: string) {
    const decision = decideEligibility({
      dateOfBirth: birth,
      registeredOn,
      reason: EligibilityReason.MANDATORY_RETIREMENT,
      leftJobOn: null,
    });
    return decision.eligible ? [] : decision.problems;
  }
}
