// Normalisation and validation of a company's fields, shared by the API's use cases and the demo seeder, so that
// every stored company obeys the same rules. Pure: the checks against the reference tables live in
// CompanyInputValidator.
import type { FieldError } from '@kakehashi/graphql-core';
import {
  companyNameSearchKey,
  CORPORATE_NUMBER_MESSAGES,
  corporateNumberProblem,
  normalizeCorporateNumber,
  normalizeText,
  toKatakana,
} from '@kakehashi/text';
import { CompanySize } from '../company.entity';

/** What a caller may send; undefined and null both mean "no value" here (updates merge before calling). */
export interface CompanyFieldsInput {
  legalName?: string | null;
  legalNameKana?: string | null;
  corporateNumber?: string | null;
  jsicMajorCode?: string | null;
  jsicMiddleCode?: string | null;
  prefectureCode?: string | null;
  address?: string | null;
  size?: string | null;
  employeeCount?: number | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  notes?: string | null;
}

/** Normalised values, ready to store. */
export interface CompanyValues {
  legalName: string;
  legalNameKana: string | null;
  nameSearchKey: string;
  kanaSearchKey: string;
  corporateNumber: string | null;
  jsicMajorCode: string;
  jsicMiddleCode: string | null;
  prefectureCode: string;
  address: string | null;
  size: CompanySize;
  employeeCount: number | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  notes: string | null;
}

/** Column sizes of the companies table, in characters. */
export const COMPANY_FIELD_LIMITS = {
  legalName: 200,
  legalNameKana: 200,
  address: 300,
  contactName: 100,
  contactPhone: 30,
  contactEmail: 254,
  notes: 2000,
} as const;

export const COMPANY_FIELD_MESSAGES = {
  legalNameRequired: '会社名(法人名)を入力してください',
  legalNameTooLong: `会社名は${COMPANY_FIELD_LIMITS.legalName}文字以内で入力してください`,
  legalNameOnlyDesignator: '会社名には法人格(株式会社など)以外の名称も入力してください',
  kanaInvalid: 'フリガナはカタカナまたはひらがなで入力してください',
  kanaTooLong: `フリガナは${COMPANY_FIELD_LIMITS.legalNameKana}文字以内で入力してください`,
  jsicMajorRequired: '産業分類(大分類)を選択してください',
  jsicMajorUnknown: (code: string) => `産業分類(大分類)「${code}」は存在しません`,
  jsicMiddleInvalid: '産業分類(中分類)は2桁の数字で入力してください',
  prefectureRequired: '都道府県を選択してください',
  prefectureUnknown: (code: string) => `都道府県コード「${code}」は存在しません`,
  addressTooLong: `所在地は${COMPANY_FIELD_LIMITS.address}文字以内で入力してください`,
  sizeInvalid: '企業規模は「中小企業(SME)」または「大企業(LARGE)」から選択してください',
  employeeCountInvalid: '従業員数は0以上の整数で入力してください',
  contactNameTooLong: `担当者名は${COMPANY_FIELD_LIMITS.contactName}文字以内で入力してください`,
  contactPhoneInvalid: '電話番号は数字とハイフンで入力してください',
  contactPhoneTooLong: `電話番号は${COMPANY_FIELD_LIMITS.contactPhone}文字以内で入力してください`,
  contactEmailInvalid: 'メールアドレスの形式が正しくありません',
  contactEmailTooLong: `メールアドレスは${COMPANY_FIELD_LIMITS.contactEmail}文字以内で入力してください`,
  notesTooLong: `備考は${COMPANY_FIELD_LIMITS.notes}文字以内で入力してください`,
  owningOfficeRequired: '担当事務所を選択してください',
  owningOfficeUnknown: '指定された担当事務所は存在しません',
} as const;

/** Katakana (with ヴ, ヵ, ヶ), ー, the middle dot used in names like エヌ・ティ・ティ, and single spaces. */
const KANA_ONLY = /^[\u30A1-\u30FA\u30FB\u30FC ]+$/;
/** A hyphen typed after katakana is a long vowel typed on the wrong key (ヤマダ-). */
const DASH_AFTER_KANA = /(?<=[\u30A1-\u30FA\u30FC])[-\u2010-\u2015\u2212]/g;
const PHONE = /^[0-9+\-() ]+$/;
// Deliberately loose: the address is checked by a person, this catches typos such as a missing @ or domain.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Length as PostgreSQL counts it (code points), so 𠮷 counts once. */
function charLength(s: string): number {
  return [...s].length;
}

/** Trimmed text, or null when empty. */
function optionalText(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** Hiragana and half-width katakana become full-width katakana; spaces collapse. Null when empty. */
export function normalizeKana(value: string | null | undefined): string | null {
  const text = toKatakana(normalizeText(value ?? '')).replace(DASH_AFTER_KANA, 'ー');
  return text === '' ? null : text;
}

/**
 * Normalises every field and lists every problem at once (the caller shows them all together). `values` is
 * best-effort when there are errors and must not be stored then.
 */
export function normaliseCompanyFields(
  input: CompanyFieldsInput,
  fieldPrefix = 'input',
): { values: CompanyValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${fieldPrefix}.${field}`, message });

  const legalName = (input.legalName ?? '').trim().replace(/\s+/g, ' ');
  const nameSearchKey = companyNameSearchKey(legalName);
  if (legalName === '') fail('legalName', COMPANY_FIELD_MESSAGES.legalNameRequired);
  // The key can outgrow the name when NFKC expands a character (㌔ → キロ); both share one column size.
  else if (Math.max(charLength(legalName), charLength(nameSearchKey)) > COMPANY_FIELD_LIMITS.legalName)
    fail('legalName', COMPANY_FIELD_MESSAGES.legalNameTooLong);
  else if (nameSearchKey === '') fail('legalName', COMPANY_FIELD_MESSAGES.legalNameOnlyDesignator);

  const legalNameKana = normalizeKana(input.legalNameKana);
  if (legalNameKana !== null) {
    if (!KANA_ONLY.test(legalNameKana)) fail('legalNameKana', COMPANY_FIELD_MESSAGES.kanaInvalid);
    else if (charLength(legalNameKana) > COMPANY_FIELD_LIMITS.legalNameKana)
      fail('legalNameKana', COMPANY_FIELD_MESSAGES.kanaTooLong);
  }

  let corporateNumber: string | null = normalizeCorporateNumber(input.corporateNumber ?? '');
  if (corporateNumber === '') {
    corporateNumber = null;
  } else {
    const problem = corporateNumberProblem(corporateNumber);
    if (problem) fail('corporateNumber', CORPORATE_NUMBER_MESSAGES[problem]);
  }

  const jsicMajorCode = normalizeText(input.jsicMajorCode ?? '').toUpperCase();
  if (jsicMajorCode === '') fail('jsicMajorCode', COMPANY_FIELD_MESSAGES.jsicMajorRequired);

  const jsicMiddleCode = optionalText(normalizeText(input.jsicMiddleCode ?? ''));
  if (jsicMiddleCode !== null && !/^[0-9]{2}$/.test(jsicMiddleCode)) {
    fail('jsicMiddleCode', COMPANY_FIELD_MESSAGES.jsicMiddleInvalid);
  }

  let prefectureCode = normalizeText(input.prefectureCode ?? '');
  // Forms and spreadsheets drop the leading zero of 01..09.
  if (/^[1-9]$/.test(prefectureCode)) prefectureCode = `0${prefectureCode}`;
  if (prefectureCode === '') fail('prefectureCode', COMPANY_FIELD_MESSAGES.prefectureRequired);

  const address = optionalText(input.address);
  if (address !== null && charLength(address) > COMPANY_FIELD_LIMITS.address)
    fail('address', COMPANY_FIELD_MESSAGES.addressTooLong);

  const sizeText = normalizeText(input.size ?? '').toUpperCase();
  const size = (Object.values(CompanySize) as string[]).includes(sizeText) ? (sizeText as CompanySize) : null;
  if (size === null) fail('size', COMPANY_FIELD_MESSAGES.sizeInvalid);

  const employeeCount = input.employeeCount ?? null;
  if (
    employeeCount !== null &&
    !(Number.isSafeInteger(employeeCount) && employeeCount >= 0 && employeeCount <= 2_147_483_647)
  ) {
    fail('employeeCount', COMPANY_FIELD_MESSAGES.employeeCountInvalid);
  }

  const contactName = optionalText(input.contactName);
  if (contactName !== null && charLength(contactName) > COMPANY_FIELD_LIMITS.contactName) {
    fail('contactName', COMPANY_FIELD_MESSAGES.contactNameTooLong);
  }

  const contactPhone = optionalText(normalizeText(input.contactPhone ?? ''));
  if (contactPhone !== null) {
    if (!PHONE.test(contactPhone)) fail('contactPhone', COMPANY_FIELD_MESSAGES.contactPhoneInvalid);
    else if (contactPhone.length > COMPANY_FIELD_LIMITS.contactPhone)
      fail('contactPhone', COMPANY_FIELD_MESSAGES.contactPhoneTooLong);
  }

  // NFKC folds a full-width ＠ or letters typed with the Japanese IME on.
  const contactEmail = optionalText((input.contactEmail ?? '').normalize('NFKC'));
  if (contactEmail !== null) {
    if (!EMAIL.test(contactEmail)) fail('contactEmail', COMPANY_FIELD_MESSAGES.contactEmailInvalid);
    else if (contactEmail.length > COMPANY_FIELD_LIMITS.contactEmail)
      fail('contactEmail', COMPANY_FIELD_MESSAGES.contactEmailTooLong);
  }

  const notes = optionalText(input.notes);
  if (notes !== null && charLength(notes) > COMPANY_FIELD_LIMITS.notes)
    fail('notes', COMPANY_FIELD_MESSAGES.notesTooLong);

  return {
    values: {
      legalName,
      legalNameKana,
      nameSearchKey,
      kanaSearchKey: companyNameSearchKey(legalNameKana ?? ''),
      corporateNumber,
      jsicMajorCode,
      jsicMiddleCode,
      prefectureCode,
      address,
      size: size ?? CompanySize.SME,
      employeeCount,
      contactName,
      contactPhone,
      contactEmail,
      notes,
    },
    errors,
  };
}
