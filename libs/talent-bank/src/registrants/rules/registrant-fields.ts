// Checking and normalising what a consultant types about a registrant: every problem is reported at once, on its field,
// in Japanese. Pure functions; the services add what needs the database (purpose versions, support requests, skills).
import { isCalendarDay, parseCalendarDate } from '@kakehashi/calendar';
import type { FieldError } from '@kakehashi/graphql-core';
import { normalizeText, toKatakana, typedText } from '@kakehashi/text';
import type { WorkHistoryEntry } from '../registrant.entity';
import {
  OCCUPATION_CODES,
  PhysicalDemand,
  PREFECTURE_CODES,
  WorkHistoryEmploymentKind,
  WorkingStyleWanted,
} from '../../talent-bank-enums';

/** The key both name and kana are searched on: NFKC, kana folded to katakana, no spacing or middle dots. */
export function personNameSearchKey(text: string): string {
  return toKatakana(normalizeText(text)).replace(/[\s・･]/g, '');
}

export class FieldCollector {
  readonly errors: FieldError[] = [];

  constructor(private readonly prefix: string) {}

  add(field: string, message: string): void {
    this.errors.push({ field: `${this.prefix}.${field}`, message });
  }

  has(field: string): boolean {
    return this.errors.some((e) => e.field === `${this.prefix}.${field}`);
  }
}

/** Text as the consultant typed it (trimmed only): names, duties. Search uses personNameSearchKey, never this. */
export function requiredText(
  errors: FieldCollector,
  field: string,
  value: string | null | undefined,
  label: string,
  max: number,
): string {
  const text = typedText(value);
  if (text === '') errors.add(field, `${label}を入力してください。`);
  else if (text.length > max) errors.add(field, `${label}は${max}文字以内で入力してください。`);
  return text;
}

/** Free text as typed: trimmed only (line breaks kept); '' becomes null. */
export function optionalText(
  errors: FieldCollector,
  field: string,
  value: string | null | undefined,
  label: string,
  max: number,
): string | null {
  if (value === null || value === undefined) return null;
  const text = typedText(value);
  if (text === '') return null;
  if (text.length > max) errors.add(field, `${label}は${max}文字以内で入力してください。`);
  return text;
}

export function kanaText(errors: FieldCollector, field: string, value: string | null | undefined): string {
  const text = toKatakana(normalizeText(value ?? ''));
  if (text === '') errors.add(field, 'ふりがなを入力してください。');
  else if (!/^[\u30A1-\u30FA\u30FC\u30FB ]+$/.test(text))
    errors.add(field, 'ふりがなはひらがなまたはカタカナで入力してください。');
  else if (text.length > 200) errors.add(field, 'ふりがなは200文字以内で入力してください。');
  return text;
}

export function calendarDay(
  errors: FieldCollector,
  field: string,
  value: string | null | undefined,
  label: string,
  required: boolean,
): string | null {
  if (value === null || value === undefined || value.trim() === '') {
    if (required) errors.add(field, `${label}を入力してください。`);
    return null;
  }
  const day = parseCalendarDate(value);
  if (!day) errors.add(field, `${label}は正しい日付（例: 2026-04-01）で入力してください。`);
  return day;
}

export function dateOfBirth(
  errors: FieldCollector,
  value: string | null | undefined,
  today: string,
): string | null {
  const day = calendarDay(errors, 'dateOfBirth', value, '生年月日', true);
  if (day && (day > today || day < '1900-01-01')) {
    errors.add('dateOfBirth', '生年月日が正しくありません。');
    return null;
  }
  return day;
}

export function phoneNumber(errors: FieldCollector, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value
    .normalize('NFKC')
    .trim()
    .replace(/[‐－―ー]/g, '-');
  if (text === '') return null;
  const digits = text.replace(/\D/g, '');
  if (!/^\+?[\d\s()-]+$/.test(text) || digits.length < 10 || digits.length > 15) {
    errors.add('phone', '電話番号は10〜15桁の数字で入力してください（ハイフン可）。');
  }
  return text;
}

export function emailAddress(errors: FieldCollector, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.normalize('NFKC').trim();
  if (text === '') return null;
  if (text.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text))
    errors.add('email', 'メールアドレスの形式が正しくありません。');
  return text;
}

export function prefectureCode(
  errors: FieldCollector,
  field: string,
  value: string | null | undefined,
  required: boolean,
): string | null {
  const code = normalizeText(value ?? '');
  if (code === '') {
    if (required) errors.add(field, '都道府県を選択してください。');
    return null;
  }
  const padded = /^\d$/.test(code) ? `0${code}` : code;
  if (!PREFECTURE_CODES.includes(padded))
    errors.add(field, `都道府県コード「${code}」は正しくありません（01〜47）。`);
  return padded;
}

export function prefectureCodes(
  errors: FieldCollector,
  field: string,
  values: readonly string[] | null | undefined,
): string[] {
  const codes = new Set<string>();
  for (const value of values ?? []) {
    const code = prefectureCode(errors, field, value, false);
    if (code) codes.add(code);
  }
  return [...codes].sort();
}

export function occupationCodes(
  errors: FieldCollector,
  field: string,
  values: readonly string[] | null | undefined,
): string[] {
  const codes = new Set<string>();
  for (const value of values ?? []) {
    const code = normalizeText(value).toUpperCase();
    if (!OCCUPATION_CODES.includes(code)) {
      errors.add(field, `職業分類コード「${value}」は正しくありません（A〜L）。`);
      continue;
    }
    codes.add(code);
  }
  return [...codes].sort();
}

export function integerBetween(
  errors: FieldCollector,
  field: string,
  value: number | null | undefined,
  label: string,
  min: number,
  max: number,
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.add(field, `${label}は${min}〜${max}の整数で入力してください。`);
    return null;
  }
  return value;
}

/** Hours a day: 1 to 24, in half hours (7.5 is fine, 7.25 is not). */
export function hoursPerDay(
  errors: FieldCollector,
  field: string,
  value: number | null | undefined,
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 1 || value > 24 || !Number.isInteger(value * 2)) {
    errors.add(field, '1日の勤務時間は1〜24時間の範囲で、30分単位（例: 7.5）で入力してください。');
    return null;
  }
  return value;
}

export function monthlyWage(
  errors: FieldCollector,
  field: string,
  value: number | null | undefined,
  label: string,
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > 10_000_000) {
    errors.add(field, `${label}は0〜10,000,000円の整数で入力してください。`);
    return null;
  }
  return value;
}

export interface WorkHistoryInputEntry {
  from: string;
  to?: string | null;
  company: string;
  duties: string;
  position?: string | null;
  employmentKind?: string | null;
  field?: string | null;
}

const EMPLOYMENT_KINDS: readonly string[] = Object.values(WorkHistoryEmploymentKind);

const MONTH = /^(\d{4})[-/.](\d{1,2})$/;

function month(text: string | null | undefined): string | null {
  const match = MONTH.exec((text ?? '').normalize('NFKC').trim());
  if (!match) return null;
  const value = `${match[1]}-${match[2].padStart(2, '0')}`;
  return isCalendarDay(`${value}-01`) ? value : null;
}

/** The Job Card's 職務経歴: up to 30 entries, months written YYYY-MM, newest first. */
export function workHistory(
  errors: FieldCollector,
  field: string,
  entries: readonly WorkHistoryInputEntry[] | null | undefined,
  today: string,
): WorkHistoryEntry[] {
  const list = entries ?? [];
  if (list.length > 30) {
    errors.add(field, '職務経歴は30件以内で入力してください。');
    return [];
  }
  const result: WorkHistoryEntry[] = [];
  list.forEach((entry, i) => {
    const at = `${field}.${i}`;
    const from = month(entry.from);
    const to = entry.to === null || entry.to === undefined || entry.to.trim() === '' ? null : month(entry.to);
    if (!from) errors.add(`${at}.from`, '開始年月は「2010-04」の形式で入力してください。');
    if (entry.to && entry.to.trim() !== '' && !to)
      errors.add(`${at}.to`, '終了年月は「2020-03」の形式で入力してください（在職中は空欄）。');
    if (from && to && from > to) errors.add(`${at}.to`, '終了年月が開始年月より前です。');
    if (from && from > today.slice(0, 7)) errors.add(`${at}.from`, '開始年月が未来の年月です。');
    const company = requiredText(errors, `${at}.company`, entry.company, '企業名', 200);
    const duties = requiredText(errors, `${at}.duties`, entry.duties, '職務内容', 2000);
    const position = optionalText(errors, `${at}.position`, entry.position, '役職', 100);
    const employmentKind = entry.employmentKind ?? null;
    if (employmentKind !== null && !EMPLOYMENT_KINDS.includes(employmentKind))
      errors.add(`${at}.employmentKind`, '雇用形態は一覧から選択してください。');
    const workField = optionalText(errors, `${at}.field`, entry.field, '分野', 100);
    // Written only when given: entries saved before the two were added stay as they were.
    const extra = {
      ...(employmentKind === null ? {} : { employmentKind: employmentKind as WorkHistoryEmploymentKind }),
      ...(workField === null ? {} : { field: workField }),
    };
    if (from) result.push({ from, to, company, duties, position, ...extra });
  });
  return result.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
}

export function skillTexts(
  errors: FieldCollector,
  field: string,
  values: readonly string[] | null | undefined,
  label: string,
): string[] {
  const list = (values ?? []).map((v) => normalizeText(v)).filter((v) => v !== '');
  if (list.length > 50) errors.add(field, `${label}は50件以内で入力してください。`);
  if (list.some((v) => v.length > 100)) errors.add(field, `${label}は1件100文字以内で入力してください。`);
  return list;
}

export const WORKING_STYLES_WANTED = Object.values(WorkingStyleWanted);
export const PHYSICAL_DEMANDS = Object.values(PhysicalDemand);

/** A value the checks guarantee once no field error was reported (they report it missing otherwise). */
export function checked<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('a checked value is missing');
  return value;
}
