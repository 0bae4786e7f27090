// When a 成立 may be dated: the checks on recordCaseEstablishment's day, apart from the workers.
import type { FieldError } from '@kakehashi/graphql-core';
import { japaneseDate } from '@kakehashi/calendar';
import { MoveType } from '@kakehashi/offers';
import type { CaseEntity } from '../../cases/case.entity';
import { collect, notAfterTodayError, requiredDayError } from '../../cases/services/case-input.rules';

const FIELD = 'input.establishedOn';

/**
 * 成立 is the day the secondment starts (STEP5) or the worker is hired: never in the future and never before the
 * contract's start (or the hiring agreement's planned hire day), so the statistics count it in the month it happened
 * and the follow-ups are planned from the real start. A start moved earlier is first corrected on the contract.
 */
export function establishedOnProblems(
  current: CaseEntity,
  establishedOn: string,
  today: string,
): FieldError[] {
  const secondment = current.moveType === MoveType.SECONDMENT;
  const label = secondment ? '出向開始日' : '採用日';
  const problems = collect(
    requiredDayError(FIELD, establishedOn, label),
    notAfterTodayError(FIELD, establishedOn, label, today),
  );
  if (problems.length) return problems;

  const startOn = secondment ? current.contract?.startOn : current.hiringAgreement?.plannedHireOn;
  if (startOn && establishedOn < startOn) {
    const message = secondment
      ? `出向開始日は出向契約の開始日(${japaneseDate(startOn)})より前にできません。開始日が変わった場合は先に出向契約を修正してください。`
      : `採用日は採用内定の採用予定日(${japaneseDate(startOn)})より前にできません。採用日が早まった場合は先に採用内定を修正してください。`;
    return [{ field: FIELD, message }];
  }
  const endOn = current.contract?.endOn;
  if (endOn && establishedOn > endOn) {
    return [{ field: FIELD, message: `${label}が出向終了日(${japaneseDate(endOn)})より後です。` }];
  }
  return [];
}
