// Normalisation and validation of a sending offer's own fields, shared by the API and the demo seed so that every
// stored offer obeys the same rules. Pure: codes, the company and the skills are checked by SendingOfferInputValidator.
import type { FieldError } from '@kakehashi/graphql-core';
import { AgeBand, MoveTypeWanted, SendingReason, WorkplaceCondition } from '../../shared/offer-enums';
import {
  experienceYears,
  FieldErrors,
  isMoreThanAYearAgo,
  jobTitle,
  monthlyWage,
  normalizePrefectureCode,
  occupationCode,
  OFFER_FIELD_MESSAGES,
  OFFER_LIMITS,
  optionalDate,
  optionalText,
  peopleCount,
  periodMonths,
  receivedOn,
  skillTexts,
  unique,
} from '../../shared/offer-field-rules';

/** What a caller may send; undefined and null both mean "no value" (updates merge before calling). */
export interface SendingOfferFieldsInput {
  receivedOn?: string | null;
  moveType?: MoveTypeWanted | null;
  peopleCount?: number | null;
  reason?: SendingReason | null;
  reasonDetail?: string | null;
  occupationCode?: string | null;
  jobTitle?: string | null;
  skills?: readonly string[] | null;
  experienceYears?: number | null;
  ageBand?: AgeBand | null;
  monthlyWage?: number | null;
  desiredPeriodMonths?: number | null;
  acceptablePrefectureCodes?: readonly string[] | null;
  earliestStartOn?: string | null;
  conditions?: readonly WorkplaceCondition[] | null;
  notes?: string | null;
}

/** Normalised values; skills are still the typed texts (resolved against the dictionary afterwards). */
export interface SendingOfferValues {
  receivedOn: string;
  moveType: MoveTypeWanted;
  peopleCount: number;
  reason: SendingReason;
  reasonDetail: string | null;
  occupationCode: string;
  jobTitle: string;
  skillTexts: string[];
  experienceYears: number | null;
  ageBand: AgeBand | null;
  monthlyWage: number | null;
  desiredPeriodMonths: number | null;
  acceptablePrefectureCodes: string[];
  earliestStartOn: string | null;
  conditions: WorkplaceCondition[];
  notes: string | null;
}

function oneOf<E extends string>(values: Record<string, E>, value: string | null | undefined): E | null {
  return (Object.values(values) as string[]).includes(value ?? '') ? (value as E) : null;
}

/**
 * Every problem at once; `values` is best-effort when there are errors and must not be stored then. `today` (Japan)
 * bounds the received date and how far back the earliest start may lie.
 */
export function normaliseSendingOfferFields(
  input: SendingOfferFieldsInput,
  options: {
    today: string;
    fieldPrefix?: string;
    /** False when an edit leaves the earliest start as it was: an old offer stays editable. */
    checkEarliestStartAge?: boolean;
  },
): { values: SendingOfferValues; errors: FieldError[] } {
  const errors = new FieldErrors(options.fieldPrefix ?? 'input');

  const moveType = oneOf(MoveTypeWanted, input.moveType);
  if (!moveType) errors.fail('moveType', '希望する形態(在籍型出向・移籍・いずれも可)を選択してください。');
  const reason = oneOf(SendingReason, input.reason);
  if (!reason) errors.fail('reason', '送出理由を選択してください。');
  const reasonDetail = optionalText(
    errors,
    'reasonDetail',
    '理由の詳細',
    input.reasonDetail,
    OFFER_LIMITS.longText,
  );
  if (reason === SendingReason.OTHER && reasonDetail === null)
    errors.fail('reasonDetail', OFFER_FIELD_MESSAGES.reasonDetailRequired);

  const earliestStartOn = optionalDate(errors, 'earliestStartOn', '開始可能日', input.earliestStartOn);
  if (
    earliestStartOn &&
    options.checkEarliestStartAge !== false &&
    isMoreThanAYearAgo(earliestStartOn, options.today)
  )
    errors.fail('earliestStartOn', OFFER_FIELD_MESSAGES.earliestStartTooOld);

  const values: SendingOfferValues = {
    receivedOn: receivedOn(errors, input.receivedOn, options.today),
    moveType: moveType ?? MoveTypeWanted.EITHER,
    peopleCount: peopleCount(errors, 'peopleCount', '人数', input.peopleCount),
    reason: reason ?? SendingReason.OTHER,
    reasonDetail,
    occupationCode: occupationCode(errors, input.occupationCode),
    jobTitle: jobTitle(errors, input.jobTitle),
    skillTexts: skillTexts(errors, 'skills', input.skills),
    experienceYears: experienceYears(errors, 'experienceYears', '経験年数', input.experienceYears),
    ageBand: oneOf(AgeBand, input.ageBand),
    monthlyWage: monthlyWage(errors, 'monthlyWage', input.monthlyWage),
    desiredPeriodMonths: periodMonths(errors, 'desiredPeriodMonths', '希望期間', input.desiredPeriodMonths),
    acceptablePrefectureCodes: unique(
      (input.acceptablePrefectureCodes ?? []).map(normalizePrefectureCode),
    ).filter((code) => code !== ''),
    earliestStartOn,
    conditions: unique(input.conditions).filter((c) => oneOf(WorkplaceCondition, c) !== null),
    notes: optionalText(errors, 'notes', '備考', input.notes, OFFER_LIMITS.longText),
  };
  return { values, errors: errors.list };
}
