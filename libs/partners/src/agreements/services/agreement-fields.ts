import { parseCalendarDate } from '@kakehashi/calendar';
import type { FieldError } from '@kakehashi/graphql-core';
import { AgreementCounterpart } from '../../partner-enums';

export interface AgreementFieldsInput {
  signedOn: string;
  counterpart: AgreementCounterpart | string;
  officeId?: string | null;
  endedOn?: string | null;
}

export interface AgreementValues {
  signedOn: string;
  counterpart: AgreementCounterpart;
  officeId: string | null;
  endedOn: string | null;
}

/** Dates and counterpart; whether `officeId` names a regional office is checked against the database by the caller. */
export function normaliseAgreementFields(input: AgreementFieldsInput): {
  values: AgreementValues;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const signedOn = parseCalendarDate(input.signedOn);
  if (!signedOn)
    errors.push({ field: 'input.signedOn', message: '締結日を日付(例: 2020-10-01)で入力してください。' });
  const endedOn = endedOnProblems(input.endedOn ?? null, signedOn, errors);

  const counterpart = input.counterpart as AgreementCounterpart;
  const officeId = input.officeId?.trim() || null;
  if (counterpart === AgreementCounterpart.REGIONAL_OFFICE && !officeId) {
    errors.push({
      field: 'input.officeId',
      message: '地方事務所との協定では締結した地方事務所を指定してください。',
    });
  } else if (counterpart === AgreementCounterpart.CENTER_HQ && officeId) {
    errors.push({ field: 'input.officeId', message: '本部との協定には事務所を指定できません。' });
  } else if (!(Object.values(AgreementCounterpart) as string[]).includes(counterpart)) {
    errors.push({
      field: 'input.counterpart',
      message: '協定の相手方(本部または地方事務所)を指定してください。',
    });
  }
  return { values: { signedOn: signedOn ?? '', counterpart, officeId, endedOn }, errors };
}

/** The end date, if any: a real date, not before the signing date (when that is known). */
export function endedOnProblems(
  raw: string | null,
  signedOn: string | null,
  errors: FieldError[],
  field = 'input.endedOn',
): string | null {
  if (raw === null || raw.trim() === '') return null;
  const endedOn = parseCalendarDate(raw);
  if (!endedOn) errors.push({ field, message: '終了日を日付(例: 2024-03-31)で入力してください。' });
  else if (signedOn && endedOn < signedOn)
    errors.push({ field, message: `終了日は締結日(${signedOn})以降の日付を入力してください。` });
  return endedOn;
}
