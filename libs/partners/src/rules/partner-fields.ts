import type { FieldError } from '@kakehashi/graphql-core';
import { companyNameSearchKey } from '@kakehashi/text';
import { AgreementCounterpart, PARTNER_TYPE_LABELS, PartnerType, PREFECTURE_CODES } from '../partner-enums';
import { parseCalendarDate } from '@kakehashi/calendar';

// The rules of the partner records, as pure functions: each returns the normalised values and every problem at
// once, with field paths of the GraphQL input (`input.name`) and Japanese messages.

export const NAME_MAX_LENGTH = 100;
export const NAME_SEARCH_KEY_MAX_LENGTH = 200;
export const TITLE_MAX_LENGTH = 100;
export const EMAIL_MAX_LENGTH = 254;
export const PHONE_MAX_LENGTH = 30;

const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** Digits with the separators people type: 03-1234-5678, (03) 1234 5678, +81-3-1234-5678, 0120-000-000 内線12 is not. */
const PHONE_PATTERN = /^\+?[0-9]+(?:[- ()]*[0-9]+)*\)?$/;

const length = (s: string) => [...s].length;

/** Trimmed, whitespace runs collapsed; the display form of a name as the user typed it. */
export function cleanName(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/** NFKC as well: branch names are compared within an institution, so 第１支店 and 第1支店 must be one name. */
export function cleanBranchName(raw: string): string {
  return cleanName(raw.normalize('NFKC'));
}

/** A two-digit JIS code ('1' and '１' become '01'), or null when it names no prefecture. */
export function prefectureCode(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const code = text.padStart(2, '0');
  return PREFECTURE_CODES.includes(code) ? code : null;
}

export function prefectureProblem(raw: string): string {
  return `都道府県コード「${raw.trim()}」は存在しません(01〜47)。`;
}

function nameProblems(name: string, field: string, what: string, errors: FieldError[]): void {
  if (name === '') errors.push({ field, message: `${what}を入力してください。` });
  else if (length(name) > NAME_MAX_LENGTH)
    errors.push({ field, message: `${what}は${NAME_MAX_LENGTH}文字以内で入力してください。` });
}

export interface InstitutionFieldsInput {
  type: PartnerType | string;
  name: string;
  hasHqStep: boolean;
  coveredPrefectureCodes: readonly string[];
}

export interface InstitutionValues {
  type: PartnerType;
  name: string;
  nameSearchKey: string;
  hasHqStep: boolean;
  coveredPrefectureCodes: string[];
}

export function normaliseInstitutionFields(input: InstitutionFieldsInput): {
  values: InstitutionValues;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  if (!(Object.values(PartnerType) as string[]).includes(input.type)) {
    errors.push({
      field: 'input.type',
      message: `種別を指定してください(${Object.values(PARTNER_TYPE_LABELS).join('・')})。`,
    });
  }
  const name = cleanName(input.name);
  const nameSearchKey = companyNameSearchKey(name);
  nameProblems(name, 'input.name', '名称', errors);
  if (name !== '' && nameSearchKey === '' && length(name) <= NAME_MAX_LENGTH)
    errors.push({ field: 'input.name', message: '名称には法人格などのほかに機関の名前を入力してください。' });
  else if (length(nameSearchKey) > NAME_SEARCH_KEY_MAX_LENGTH)
    errors.push({ field: 'input.name', message: `名称は${NAME_MAX_LENGTH}文字以内で入力してください。` });

  const codes = new Set<string>();
  input.coveredPrefectureCodes.forEach((raw, i) => {
    const code = prefectureCode(raw);
    if (code) codes.add(code);
    else errors.push({ field: `input.coveredPrefectureCodes.${i}`, message: prefectureProblem(raw) });
  });
  return {
    values: {
      type: input.type as PartnerType,
      name,
      nameSearchKey,
      hasHqStep: input.hasHqStep,
      coveredPrefectureCodes: [...codes].sort(),
    },
    errors,
  };
}

export interface BranchValues {
  name: string;
  prefectureCode: string;
}

export function normaliseBranchFields(input: { name: string; prefectureCode: string }): {
  values: BranchValues;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const name = cleanBranchName(input.name);
  nameProblems(name, 'input.name', '支店名', errors);
  const code = prefectureCode(input.prefectureCode);
  if (!code) {
    errors.push({
      field: 'input.prefectureCode',
      message:
        input.prefectureCode.trim() === ''
          ? '所在都道府県を指定してください。'
          : prefectureProblem(input.prefectureCode),
    });
  }
  return { values: { name, prefectureCode: code ?? '' }, errors };
}

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

export interface ContactFieldsInput {
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface ContactValues {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export function normaliseContactFields(input: ContactFieldsInput): {
  values: ContactValues;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const name = cleanName(input.name);
  nameProblems(name, 'input.name', '氏名', errors);
  const title = input.title ? cleanName(input.title) || null : null;
  if (title && length(title) > TITLE_MAX_LENGTH)
    errors.push({
      field: 'input.title',
      message: `部署・役職は${TITLE_MAX_LENGTH}文字以内で入力してください。`,
    });
  // Full-width input (ＡＢＣ＠ｅｘａｍｐｌｅ) is common from Japanese IMEs: one canonical lower-case form.
  const email = input.email ? input.email.normalize('NFKC').trim().toLowerCase() || null : null;
  if (email && (length(email) > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(email)))
    errors.push({
      field: 'input.email',
      message: 'メールアドレスの形式が正しくありません(例: name@example.jp)。',
    });
  const phone = input.phone ? cleanName(input.phone.normalize('NFKC')) || null : null;
  if (phone && (length(phone) > PHONE_MAX_LENGTH || !PHONE_PATTERN.test(phone)))
    errors.push({
      field: 'input.phone',
      message: '電話番号は数字とハイフンで入力してください(例: 03-1234-5678)。',
    });
  if (!email && !phone)
    errors.push({
      field: 'input.email',
      message: '連絡先としてメールアドレスか電話番号の少なくとも一方を入力してください。',
    });
  return { values: { name, title, email, phone }, errors };
}
