import type { AuthUser } from '@kakehashi/authz';
import { parseCalendarDate, todayInJapan } from '@kakehashi/calendar';
import type { FieldError } from '@kakehashi/graphql-core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralEntity } from '../referral.entity';
import { ReferralException } from '../../referral.exception';
import { ReferralAction, ReferralOutcome } from '../../referral-enums';
import type { ReportReferralOutcomeInput } from '../dtos/referral-transition.inputs';
import { decideOutcomeCase, OUTCOME_CASE_MESSAGES } from '../../outcome-cases/outcome-case-decision';
import { optionalText } from '../rules/referral-reason';
import { ReferralCommandRunner } from './referral-command.runner';
import { outcomeCasesOf } from '../../outcome-cases/outcome-cases.queries';

/**
 * How a converted referral ended, reported back to the partner: established, not established or withdrawn. 成立
 * names the case that established it (opened from the referral's offers, one the caller may act on) or why there is
 * none.
 */
@Injectable()
export class ReportReferralOutcomeService {
  constructor(private readonly runner: ReferralCommandRunner) {}

  report(user: AuthUser, input: ReportReferralOutcomeInput): Promise<ReferralEntity> {
    return this.runner.run(user, ReferralAction.OUTCOME_REPORTED, input, async (current, tx) => {
      const errors = outcomeErrors(input, current);
      const comment = optionalText(input.comment, 'input.comment', '補足');
      if (comment.error) errors.push(comment.error);
      const caseErrors = await this.caseErrors(tx, user, current, input);
      if (caseErrors.errors.length)
        throw ReferralException.outcomeCaseInvalid([...errors, ...caseErrors.errors]);
      if (errors.length) throw ReferralException.invalidInput(errors);
      return {
        patch: {
          outcome: input.outcome,
          outcomeOn: parseCalendarDate(input.outcomeOn),
          outcomeCaseId: caseErrors.caseId,
          outcomeNoCaseReason: caseErrors.noCaseReason,
        },
        reason: comment.value,
      };
    });
  }

  private async caseErrors(
    tx: EntityManager,
    user: AuthUser,
    current: ReferralEntity,
    input: ReportReferralOutcomeInput,
  ) {
    const decision = decideOutcomeCase(input);
    if (decision.errors.length || !decision.caseId) return decision;
    const [found] = await outcomeCasesOf(tx, user, current, decision.caseId);
    if (found) return decision;
    return {
      errors: [{ field: 'input.caseId', message: OUTCOME_CASE_MESSAGES.notFromReferral }],
      caseId: null,
      noCaseReason: null,
    };
  }
}

function outcomeErrors(input: ReportReferralOutcomeInput, current: ReferralEntity): FieldError[] {
  const errors: FieldError[] = [];
  if (!Object.values(ReferralOutcome).includes(input.outcome)) {
    errors.push({ field: 'input.outcome', message: '結果は成立・不成立・取下げから選択してください。' });
  }
  const today = todayInJapan();
  const outcomeOn = parseCalendarDate(input.outcomeOn ?? '');
  const convertedOn = current.convertedAt ? todayInJapan(current.convertedAt) : null;
  if (!outcomeOn) {
    errors.push({
      field: 'input.outcomeOn',
      message: '結果の日付は 2027-04-01 のような日付で入力してください。',
    });
  } else if (outcomeOn > today) {
    errors.push({ field: 'input.outcomeOn', message: '結果の日付に未来の日付は指定できません。' });
  } else if (convertedOn && outcomeOn < convertedOn) {
    errors.push({
      field: 'input.outcomeOn',
      message: `結果の日付は対応開始日(${convertedOn})以降を指定してください。`,
    });
  }
  return errors;
}
