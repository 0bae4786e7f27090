// Normalisation and validation of a receiving offer's own fields, shared by the API and the demo seed. Pure: codes,
// the company and the skills are checked by the write service.
import type { FieldError } from '@kakehashi/graphql-core';
import { MoveType, ShiftPattern, WorkplaceCondition } from '../../shared/offer-enums';
import {
  experienceYears,
  FieldErrors,
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

export interface ReceivingOfferFieldsInput {
  receivedOn?: string | null;
  moveTypes?: readonly MoveType[] | null;
  peopleWanted?: number | null;
  occupationCode?: string | null;
  jobTitle?: string | null;
  duties?: string | null;
  requiredSkills?: readonly string[] | null;
  preferredSkills?: readonly string[] | null;
  minExperienceYears?: number | null;
  periodMonths?: number | null;
  monthlyWage?: number | null;
  workingHours?: string | null;
  shiftPattern?: ShiftPattern | null;
  workplacePrefectureCode?: string | null;
  workplaceCity?: string | null;
  startBy?: string | null;
  conditions?: readonly WorkplaceCondition[] | null;
  notes?: string | null;
}

export interface ReceivingOfferValues {
  receivedOn: string;
  acceptsSecondment: boolean;
  acceptsTransfer: boolean;
  peopleWanted: number;
  occupationCode: string;
  jobTitle: string;
  duties: string | null;
  requiredSkillTexts: string[];
  preferredSkillTexts: string[];
  minExperienceYears: number | null;
  periodMonths: number | null;
  monthlyWage: number | null;
  workingHours: string | null;
  shiftPattern: ShiftPattern | null;
  workplacePrefectureCode: string;
  workplaceCity: string | null;
  startBy: string | null;
  conditions: WorkplaceCondition[];
  notes: string | null;
}

export function moveTypesOf(offer: { acceptsSecondment: boolean; acceptsTransfer: boolean }): MoveType[] {
  return [
    ...(offer.acceptsSecondment ? [MoveType.SECONDMENT] : []),
    ...(offer.acceptsTransfer ? [MoveType.TRANSFER] : []),
  ];
}

/** Every problem at once; `values` is best-effort when there are errors and must not be stored then. */
export function normaliseReceivingOfferFields(
  input: ReceivingOfferFieldsInput,
  options: { today: string; fieldPrefix?: string },
): { values: ReceivingOfferValues; errors: FieldError[] } {
  const errors = new FieldErrors(options.fieldPrefix ?? 'input');

  const moveTypes = new Set(input.moveTypes ?? []);
  if (!moveTypes.has(MoveType.SECONDMENT) && !moveTypes.has(MoveType.TRANSFER))
    errors.fail('moveTypes', OFFER_FIELD_MESSAGES.moveTypesRequired);

  const workplacePrefectureCode = normalizePrefectureCode(input.workplacePrefectureCode ?? '');
  if (workplacePrefectureCode === '')
    errors.fail('workplacePrefectureCode', OFFER_FIELD_MESSAGES.prefectureRequired);

  const shiftPattern = (Object.values(ShiftPattern) as string[]).includes(input.shiftPattern ?? '')
    ? (input.shiftPattern as ShiftPattern)
    : null;

  const values: ReceivingOfferValues = {
    receivedOn: receivedOn(errors, input.receivedOn, options.today),
    acceptsSecondment: moveTypes.has(MoveType.SECONDMENT),
    acceptsTransfer: moveTypes.has(MoveType.TRANSFER),
    peopleWanted: peopleCount(errors, 'peopleWanted', '募集人数', input.peopleWanted),
    occupationCode: occupationCode(errors, input.occupationCode),
    jobTitle: jobTitle(errors, input.jobTitle),
    duties: optionalText(errors, 'duties', '業務内容', input.duties, OFFER_LIMITS.longText),
    requiredSkillTexts: skillTexts(errors, 'requiredSkills', input.requiredSkills),
    preferredSkillTexts: skillTexts(errors, 'preferredSkills', input.preferredSkills),
    minExperienceYears: experienceYears(
      errors,
      'minExperienceYears',
      '必要な経験年数',
      input.minExperienceYears,
    ),
    periodMonths: periodMonths(errors, 'periodMonths', '期間', input.periodMonths),
    monthlyWage: monthlyWage(errors, 'monthlyWage', input.monthlyWage),
    workingHours: optionalText(
      errors,
      'workingHours',
      '勤務時間',
      input.workingHours,
      OFFER_LIMITS.workingHours,
    ),
    shiftPattern,
    workplacePrefectureCode,
    workplaceCity: optionalText(
      errors,
      'workplaceCity',
      '市区町村',
      input.workplaceCity,
      OFFER_LIMITS.workplaceCity,
    ),
    startBy: optionalDate(errors, 'startBy', '開始希望日', input.startBy),
    conditions: unique(input.conditions).filter((c) =>
      (Object.values(WorkplaceCondition) as string[]).includes(c),
    ),
    notes: optionalText(errors, 'notes', '備考', input.notes, OFFER_LIMITS.longText),
  };
  return { values, errors: errors.list };
}
