import type { FieldError } from '@kakehashi/graphql-core';
import { companyNameSearchKey } from '@kakehashi/text';
import { PARTNER_TYPE_LABELS, PartnerType, PREFECTURE_CODES } from '../../partner-enums';

// The rules of the partner records (here the institution's, and the name and prefecture rules its branches and
// contacts share), as pure functions: each returns the normalised values and every problem at
// once, with field paths of the GraphQL input (`input.name`) and Japanese messages.

export const NAME_MAX_LENGTH = 100;
export const NAME_SEARCH_KEY_MAX_LENGTH = 200;

/** Length in characters as users count them (code points, not UTF-16 units). */
export const length = (s: string): number => [...s].length;

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

export function nameProblems(name: string, field: string, what: string, errors: FieldError[]): void {
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
