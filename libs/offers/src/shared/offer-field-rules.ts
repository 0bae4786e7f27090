// Rules shared by sending and receiving information: one message per problem, in Japanese, all collected before
// anything is written. Pure: codes are checked against the reference tables by OfferReferenceChecks.
import type { FieldError } from '@kakehashi/graphql-core';
import { normalizeText, skillLabel, skillMatchKey } from '@kakehashi/text';
import { addMonths, parseCalendarDate } from '@kakehashi/calendar';

export const OFFER_LIMITS = {
  maxPeople: 9999,
  minPeriodMonths: 1,
  maxPeriodMonths: 36,
  minExperienceYears: 0,
  maxExperienceYears: 60,
  /** A monthly wage above this is a typo (an annual figure, an extra zero). */
  maxMonthlyWage: 10_000_000,
  jobTitle: 200,
  longText: 2000,
  workingHours: 200,
  workplaceCity: 100,
  skillLabel: 100,
  skillsPerList: 30,
} as const;

export const OFFER_FIELD_MESSAGES = {
  companyRequired: '企業を選択してください。',
  companyUnknown: '指定された企業が見つかりません。',
  companyOfOtherOffice: (officeName: string) =>
    `この企業は${officeName}の担当です。自分の事務所が担当する企業の情報のみ登録できます。`,
  receivedOnInvalid: '受付日は「2026-04-01」の形式で、実在する日付を入力してください。',
  receivedOnFuture: '受付日に未来の日付は指定できません。',
  peopleInvalid: (label: string) => `${label}は1以上${OFFER_LIMITS.maxPeople}以下の整数で入力してください。`,
  peopleBelowPlaced: (label: string, placed: number) =>
    `既に${placed}人が成立しているため、${label}は${placed}人以上にしてください。`,
  periodInvalid: (label: string) =>
    `${label}は${OFFER_LIMITS.minPeriodMonths}〜${OFFER_LIMITS.maxPeriodMonths}か月の範囲で入力してください。`,
  occupationRequired: '職業分類(大分類)を選択してください。',
  occupationUnknown: (code: string) => `職業分類(大分類)「${code}」は存在しません。`,
  jobTitleRequired: '職種名を入力してください。',
  jobTitleTooLong: `職種名は${OFFER_LIMITS.jobTitle}文字以内で入力してください。`,
  experienceInvalid: (label: string) =>
    `${label}は${OFFER_LIMITS.minExperienceYears}〜${OFFER_LIMITS.maxExperienceYears}年の範囲で入力してください。`,
  wageInvalid: `月額賃金は0以上${OFFER_LIMITS.maxMonthlyWage.toLocaleString('ja-JP')}円以下の整数(円)で入力してください。`,
  prefectureRequired: '都道府県を選択してください。',
  prefectureUnknown: (code: string) => `都道府県コード「${code}」は存在しません。`,
  dateInvalid: (label: string) => `${label}は「2026-04-01」の形式で、実在する日付を入力してください。`,
  earliestStartTooOld: '開始可能日が1年以上前になっています。日付を確認してください。',
  reasonDetailRequired: '送出理由が「その他」の場合は、理由の詳細を入力してください。',
  tooLong: (label: string, max: number) => `${label}は${max}文字以内で入力してください。`,
  tooManySkills: `スキル・資格は${OFFER_LIMITS.skillsPerList}件以内で入力してください。`,
  skillUnreadable: (text: string) => `スキル・資格「${text}」を認識できません。名称を入力してください。`,
  moveTypesRequired: '受入れ可能な形態(在籍型出向・移籍)を1つ以上選択してください。',
  statusReopenWithoutPeople:
    '残りの人数が0人のため、受付中・調整中に戻すことはできません。人数を増やしてください。',
} as const;

/** Collects field errors under one prefix (`input`, or a seed file's row). */
export class FieldErrors {
  readonly list: FieldError[] = [];
  constructor(private readonly prefix: string) {}

  fail(field: string, message: string): void {
    this.list.push({ field: `${this.prefix}.${field}`, message });
  }

  has(field: string): boolean {
    return this.list.some((e) => e.field === `${this.prefix}.${field}`);
  }
}

/** Length as PostgreSQL counts it (code points). */
export function charLength(s: string): number {
  return [...s].length;
}

/** Trimmed text, or null when empty; too long is an error. */
export function optionalText(
  errors: FieldErrors,
  field: string,
  label: string,
  value: string | null | undefined,
  max: number,
): string | null {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return null;
  if (charLength(trimmed) > max) errors.fail(field, OFFER_FIELD_MESSAGES.tooLong(label, max));
  return trimmed;
}

export function isIntBetween(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}

export function peopleCount(
  errors: FieldErrors,
  field: string,
  label: string,
  value: number | null | undefined,
): number {
  const n = value ?? 0;
  if (!isIntBetween(n, 1, OFFER_LIMITS.maxPeople))
    errors.fail(field, OFFER_FIELD_MESSAGES.peopleInvalid(label));
  return n;
}

export function optionalIntBetween(
  errors: FieldErrors,
  field: string,
  value: number | null | undefined,
  min: number,
  max: number,
  message: string,
): number | null {
  if (value === null || value === undefined) return null;
  if (!isIntBetween(value, min, max)) errors.fail(field, message);
  return value;
}

export function periodMonths(
  errors: FieldErrors,
  field: string,
  label: string,
  value: number | null | undefined,
): number | null {
  return optionalIntBetween(
    errors,
    field,
    value,
    OFFER_LIMITS.minPeriodMonths,
    OFFER_LIMITS.maxPeriodMonths,
    OFFER_FIELD_MESSAGES.periodInvalid(label),
  );
}

export function experienceYears(
  errors: FieldErrors,
  field: string,
  label: string,
  value: number | null | undefined,
): number | null {
  return optionalIntBetween(
    errors,
    field,
    value,
    OFFER_LIMITS.minExperienceYears,
    OFFER_LIMITS.maxExperienceYears,
    OFFER_FIELD_MESSAGES.experienceInvalid(label),
  );
}

export function monthlyWage(
  errors: FieldErrors,
  field: string,
  value: number | null | undefined,
): number | null {
  return optionalIntBetween(
    errors,
    field,
    value,
    0,
    OFFER_LIMITS.maxMonthlyWage,
    OFFER_FIELD_MESSAGES.wageInvalid,
  );
}

/** 受付日: a real date, not after today. */
export function receivedOn(errors: FieldErrors, value: string | null | undefined, today: string): string {
  const date = parseCalendarDate(value ?? '');
  if (date === null) {
    errors.fail('receivedOn', OFFER_FIELD_MESSAGES.receivedOnInvalid);
    return today;
  }
  if (date > today) errors.fail('receivedOn', OFFER_FIELD_MESSAGES.receivedOnFuture);
  return date;
}

export function optionalDate(
  errors: FieldErrors,
  field: string,
  label: string,
  value: string | null | undefined,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const date = parseCalendarDate(value);
  if (date === null) errors.fail(field, OFFER_FIELD_MESSAGES.dateInvalid(label));
  return date;
}

/** Upper-case single letter A..L; existence is checked against the table. */
export function occupationCode(errors: FieldErrors, value: string | null | undefined): string {
  const code = normalizeText(value ?? '').toUpperCase();
  if (code === '') errors.fail('occupationCode', OFFER_FIELD_MESSAGES.occupationRequired);
  return code;
}

/** JIS code with the leading zero forms and spreadsheets drop (1 → 01). */
export function normalizePrefectureCode(value: string): string {
  const code = normalizeText(value);
  return /^[1-9]$/.test(code) ? `0${code}` : code;
}

export function jobTitle(errors: FieldErrors, value: string | null | undefined): string {
  const title = (value ?? '').trim().replace(/\s+/g, ' ');
  if (title === '') errors.fail('jobTitle', OFFER_FIELD_MESSAGES.jobTitleRequired);
  else if (charLength(title) > OFFER_LIMITS.jobTitle)
    errors.fail('jobTitle', OFFER_FIELD_MESSAGES.jobTitleTooLong);
  return title;
}

/**
 * The skills as typed: blank entries dropped, each one readable and not too long. Resolution against the dictionary
 * happens afterwards (SkillDictionary.resolve).
 */
export function skillTexts(
  errors: FieldErrors,
  field: string,
  value: readonly string[] | null | undefined,
): string[] {
  const texts: string[] = [];
  (value ?? []).forEach((raw, index) => {
    const label = skillLabel(raw);
    if (label === '') return;
    if (skillMatchKey(label) === '')
      errors.fail(`${field}.${index}`, OFFER_FIELD_MESSAGES.skillUnreadable(label));
    else if (charLength(label) > OFFER_LIMITS.skillLabel)
      errors.fail(`${field}.${index}`, OFFER_FIELD_MESSAGES.tooLong('スキル・資格', OFFER_LIMITS.skillLabel));
    else texts.push(label);
  });
  if (texts.length > OFFER_LIMITS.skillsPerList) errors.fail(field, OFFER_FIELD_MESSAGES.tooManySkills);
  return texts;
}

/** Unique values in their first order (a list typed twice is not an error). */
export function unique<T>(values: readonly T[] | null | undefined): T[] {
  return [...new Set(values ?? [])];
}

/** Whether an earliest start date is more than a year before `today` (a typo in the year, usually). */
export function isMoreThanAYearAgo(date: string, today: string): boolean {
  return date < addMonths(today, -12);
}
