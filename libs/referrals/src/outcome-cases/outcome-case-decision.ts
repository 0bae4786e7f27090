import type { FieldError } from '@kakehashi/graphql-core';
import { ReferralOutcome } from '../referral-enums';
import { optionalText } from '../referrals/rules/referral-reason';

export const OUTCOME_CASE_MESSAGES = {
  required:
    '成立の場合は、成立した案件(この紹介の送出情報・受入情報から作られた案件)を選ぶか、案件がない理由を入力してください。',
  both: '成立した案件を選んだ場合は、案件がない理由は入力できません。',
  notEstablished: '案件と案件がない理由は、結果が成立の場合だけ指定できます。',
  notFromReferral:
    '指定された案件は、この紹介の送出情報・受入情報から作られた、操作できる案件ではありません。',
} as const;

export type OutcomeCaseDecision =
  | { errors: FieldError[]; caseId: null; noCaseReason: null }
  | { errors: []; caseId: string | null; noCaseReason: string | null };

/**
 * 成立 must point to the case that established it or say why it has none (exactly one of the two); the other
 * outcomes take neither. Whether the case is one of the referral's is checked against the database by the caller.
 */
export function decideOutcomeCase(input: {
  outcome: ReferralOutcome;
  caseId?: string | null;
  noCaseReason?: string | null;
}): OutcomeCaseDecision {
  const caseId = input.caseId?.trim() || null;
  const reason = optionalText(input.noCaseReason, 'input.noCaseReason', '案件がない理由');
  const fail = (errors: FieldError[]) => ({ errors, caseId: null, noCaseReason: null }) as const;
  if (reason.error) return fail([reason.error]);
  if (input.outcome !== ReferralOutcome.ESTABLISHED) {
    if (!caseId && !reason.value) return { errors: [], caseId: null, noCaseReason: null };
    const field = caseId ? 'input.caseId' : 'input.noCaseReason';
    return fail([{ field, message: OUTCOME_CASE_MESSAGES.notEstablished }]);
  }
  if (caseId && reason.value) {
    return fail([{ field: 'input.noCaseReason', message: OUTCOME_CASE_MESSAGES.both }]);
  }
  if (!caseId && !reason.value) {
    return fail([{ field: 'input.caseId', message: OUTCOME_CASE_MESSAGES.required }]);
  }
  return { errors: [], caseId, noCaseReason: reason.value };
}
