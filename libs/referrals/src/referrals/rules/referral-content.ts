import { parseCalendarDate } from '@kakehashi/calendar';
import type { FieldError } from '@kakehashi/graphql-core';
import { CompanySize } from '@kakehashi/organisations';
import { PREFECTURE_CODES } from '@kakehashi/partners';
import {
  companyNameSearchKey,
  CORPORATE_NUMBER_MESSAGES,
  corporateNumberProblem,
  normalizeCorporateNumber,
  typedText,
} from '@kakehashi/text';
import { ReferralNeed } from '../../referral-enums';

// The content of a referral, as one pure function shared by the GraphQL inputs and the bulk upload's rows: it returns
// the checked values and every problem at once, each with its field name and a Japanese message. Callers prefix the
// field (`input.clientName`) or map it to the upload's column heading. Codes, numbers and dates are read in their
// canonical form (full-width Ａ or １３ accepted); the texts are stored as the partner typed them, trimmed only, and
// only the name's search key is normalised.

export const CLIENT_NAME_MAX_LENGTH = 200;
export const OCCUPATIONS_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 2000;
export const CONSENT_BY_MAX_LENGTH = 100;
export const PEOPLE_MAX = 10_000;

/** JSIC (日本標準産業分類) major groups A–T. */
export const JSIC_MAJOR_CODES: readonly string[] = 'ABCDEFGHIJKLMNOPQRST'.split('');

/** What a user or a file row gives; everything optional so that every missing field is reported at once. */
export interface ReferralContentInput {
  clientName?: string | null;
  clientCorporateNumber?: string | null;
  clientJsicMajorCode?: string | null;
  clientPrefectureCode?: string | null;
  clientSize?: string | null;
  clientEmployeeCount?: number | null;
  need?: string | null;
  surplusPeople?: number | null;
  shortagePeople?: number | null;
  occupations?: string | null;
  desiredStartOn?: string | null;
  description?: string | null;
  consentObtainedOn?: string | null;
  consentObtainedBy?: string | null;
}

export type ReferralContentField = keyof ReferralContentInput;

/** The checked values, ready for the referrals table. */
export interface ReferralContent {
  clientName: string;
  clientNameSearchKey: string;
  clientCorporateNumber: string | null;
  clientJsicMajorCode: string;
  clientPrefectureCode: string;
  clientSize: CompanySize;
  clientEmployeeCount: number | null;
  need: ReferralNeed;
  surplusPeople: number | null;
  shortagePeople: number | null;
  occupations: string;
  desiredStartOn: string | null;
  description: string;
  consentObtainedOn: string;
  consentObtainedBy: string;
}

export interface ReferralContentResult {
  /** null when there is any problem. */
  values: ReferralContent | null;
  errors: { field: ReferralContentField; message: string }[];
}

const length = (s: string) => [...s].length;
/** A code or a date as read: NFKC (full-width letters and digits), trimmed. Never used for stored text. */
const clean = (raw: string | null | undefined) => (raw ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ');

/**
 * Checks a referral's content and gives the values to store (texts as typed, codes canonical). `today` (Japan,
 * YYYY-MM-DD) bounds the consent date: consent cannot be obtained in the future.
 */
export function normaliseReferralContent(
  input: ReferralContentInput,
  context: { today: string },
): ReferralContentResult {
  const errors: ReferralContentResult['errors'] = [];
  const problem = (field: ReferralContentField, message: string) => errors.push({ field, message });

  const clientName = typedText(input.clientName);
  const clientNameSearchKey = companyNameSearchKey(clientName);
  if (!clientName) problem('clientName', '紹介先企業名を入力してください。');
  // The key can outgrow the name when NFKC expands a character (㌔ → キロ); both share one column size.
  else if (Math.max(length(clientName), length(clientNameSearchKey)) > CLIENT_NAME_MAX_LENGTH)
    problem('clientName', `紹介先企業名は${CLIENT_NAME_MAX_LENGTH}文字以内で入力してください。`);
  else if (!clientNameSearchKey)
    problem('clientName', '紹介先企業名には法人格以外の名称を入力してください。');

  let clientCorporateNumber: string | null = null;
  if (clean(input.clientCorporateNumber)) {
    const message = corporateNumberMessage(input.clientCorporateNumber ?? '');
    if (message) problem('clientCorporateNumber', message);
    else clientCorporateNumber = normalizeCorporateNumber(input.clientCorporateNumber ?? '');
  }

  const jsic = clean(input.clientJsicMajorCode).toUpperCase();
  if (!jsic) problem('clientJsicMajorCode', '産業分類(大分類)を選択してください。');
  else if (!JSIC_MAJOR_CODES.includes(jsic))
    problem('clientJsicMajorCode', `産業分類「${jsic}」は日本標準産業分類の大分類(A〜T)にありません。`);

  const prefRaw = clean(input.clientPrefectureCode);
  const prefecture = /^\d{1,2}$/.test(prefRaw) ? prefRaw.padStart(2, '0') : prefRaw;
  if (!prefRaw) problem('clientPrefectureCode', '所在都道府県を選択してください。');
  else if (!PREFECTURE_CODES.includes(prefecture))
    problem('clientPrefectureCode', `都道府県コード「${prefRaw}」は存在しません(01〜47)。`);

  const size = clean(input.clientSize).toUpperCase();
  if (!size) problem('clientSize', '企業規模(中小企業・大企業)を選択してください。');
  else if (size !== CompanySize.SME && size !== CompanySize.LARGE)
    problem('clientSize', '企業規模は中小企業(SME)か大企業(LARGE)を選択してください。');

  const employees = input.clientEmployeeCount ?? null;
  if (employees !== null && (!Number.isInteger(employees) || employees < 0 || employees > 10_000_000))
    problem('clientEmployeeCount', '従業員数は0以上の整数で入力してください。');

  const need = clean(input.need).toUpperCase();
  const needs = Object.values(ReferralNeed) as string[];
  if (!need) problem('need', '相談内容(人員の過剰・不足)を選択してください。');
  else if (!needs.includes(need))
    problem('need', '相談内容は「人員過剰」「人員不足」「両方」のいずれかを選択してください。');
  const wantsSurplus = need === ReferralNeed.SURPLUS || need === ReferralNeed.BOTH;
  const wantsShortage = need === ReferralNeed.SHORTAGE || need === ReferralNeed.BOTH;
  const surplusPeople = people(input.surplusPeople, wantsSurplus, 'surplusPeople', '送出(過剰)人数', problem);
  const shortagePeople = people(
    input.shortagePeople,
    wantsShortage,
    'shortagePeople',
    '受入(不足)人数',
    problem,
  );

  const occupations = typedText(input.occupations);
  if (!occupations) problem('occupations', '対象の職種を入力してください。');
  else if (length(occupations) > OCCUPATIONS_MAX_LENGTH)
    problem('occupations', `職種は${OCCUPATIONS_MAX_LENGTH}文字以内で入力してください。`);

  let desiredStartOn: string | null = null;
  if (clean(input.desiredStartOn)) {
    desiredStartOn = parseCalendarDate(input.desiredStartOn ?? '');
    if (!desiredStartOn) problem('desiredStartOn', '希望時期は 2027-04-01 のような日付で入力してください。');
  }

  const description = typedText(input.description);
  if (length(description) > DESCRIPTION_MAX_LENGTH)
    problem('description', `相談内容の詳細は${DESCRIPTION_MAX_LENGTH}文字以内で入力してください。`);

  let consentObtainedOn: string | null = null;
  if (!clean(input.consentObtainedOn))
    problem(
      'consentObtainedOn',
      '企業から情報提供の同意を得た日を入力してください(同意がない紹介はできません)。',
    );
  else {
    consentObtainedOn = parseCalendarDate(input.consentObtainedOn ?? '');
    if (!consentObtainedOn)
      problem('consentObtainedOn', '同意取得日は 2026-11-01 のような日付で入力してください。');
    else if (consentObtainedOn > context.today)
      problem('consentObtainedOn', '同意取得日に未来の日付は指定できません。');
  }

  const consentObtainedBy = typedText(input.consentObtainedBy);
  if (!consentObtainedBy) problem('consentObtainedBy', '同意を取得した担当者名を入力してください。');
  else if (length(consentObtainedBy) > CONSENT_BY_MAX_LENGTH)
    problem('consentObtainedBy', `同意取得者は${CONSENT_BY_MAX_LENGTH}文字以内で入力してください。`);

  if (errors.length) return { values: null, errors };
  return {
    values: {
      clientName,
      clientNameSearchKey,
      clientCorporateNumber,
      clientJsicMajorCode: jsic,
      clientPrefectureCode: prefecture,
      clientSize: size as CompanySize,
      clientEmployeeCount: employees,
      need: need as ReferralNeed,
      surplusPeople,
      shortagePeople,
      occupations,
      desiredStartOn,
      description,
      consentObtainedOn: consentObtainedOn as string,
      consentObtainedBy,
    },
    errors,
  };
}

/**
 * What is wrong with a 法人番号 as typed (13 digits, full-width or with hyphens accepted, and its check digit), in the
 * words the referral form shows at the field; null when it is right. The form asks as the partner types
 * (checkCorporateNumber), so the rule lives here only.
 */
export function corporateNumberMessage(raw: string): string | null {
  const issue = corporateNumberProblem(raw);
  return issue ? `${CORPORATE_NUMBER_MESSAGES[issue]}。` : null;
}

/** The problems with GraphQL input paths (`input.clientName`). */
export function asInputFieldErrors(errors: ReferralContentResult['errors'], prefix = 'input'): FieldError[] {
  return errors.map((e) => ({ field: `${prefix}.${e.field}`, message: e.message }));
}

function people(
  value: number | null | undefined,
  wanted: boolean,
  field: ReferralContentField,
  what: string,
  problem: (field: ReferralContentField, message: string) => void,
): number | null {
  const given = value ?? null;
  if (!wanted) {
    if (given !== null) problem(field, `相談内容に合わないため、${what}は入力しないでください。`);
    return null;
  }
  if (given === null) problem(field, `${what}を入力してください。`);
  else if (!Number.isInteger(given) || given < 1 || given > PEOPLE_MAX)
    problem(field, `${what}は1〜${PEOPLE_MAX}の整数で入力してください。`);
  return given;
}
