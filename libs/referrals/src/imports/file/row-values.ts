// A file cell's text as the value the shared content rules (rules/referral-content.ts) expect: the Japanese words a
// partner types (中小企業, 人員過剰, 東京都, 製造業, 2026年4月1日) become the codes and ISO dates of the GraphQL
// input. Anything not recognised is passed on as it is, so that the shared rules give their usual message; the few
// problems only a file has (a prefecture name that does not exist, a corporate number Excel turned into 1.23E+12)
// are reported here instead.
import { CompanySize } from '@kakehashi/organisations';
import { ReferralNeed } from '../../referral-enums';
import { JSIC_MAJOR_NAMES, PREFECTURE_NAMES } from './reference-names';

export type Converted<T> = { value: T; problem?: undefined } | { value: null; problem: string };

const clean = (raw: string) => raw.normalize('NFKC').trim().replace(/\s+/g, ' ');

const SIZE_WORDS: Record<string, CompanySize> = {
  中小企業: CompanySize.SME,
  中小: CompanySize.SME,
  大企業: CompanySize.LARGE,
};

export function sizeValue(raw: string): string {
  const text = clean(raw);
  return SIZE_WORDS[text] ?? text;
}

const NEED_WORDS: Record<string, ReferralNeed> = {
  人員過剰: ReferralNeed.SURPLUS,
  過剰: ReferralNeed.SURPLUS,
  送出: ReferralNeed.SURPLUS,
  人員不足: ReferralNeed.SHORTAGE,
  不足: ReferralNeed.SHORTAGE,
  受入: ReferralNeed.SHORTAGE,
  両方: ReferralNeed.BOTH,
  '過剰・不足': ReferralNeed.BOTH,
};

export function needValue(raw: string): string {
  const text = clean(raw);
  return NEED_WORDS[text] ?? text;
}

const PREFECTURE_BY_NAME = new Map<string, string>(
  Object.entries(PREFECTURE_NAMES).flatMap(([code, name]) => {
    // 東京都 and 東京, 大阪府 and 大阪; 北海道 only as itself.
    const short = name === '北海道' ? name : name.replace(/[都府県]$/u, '');
    return [
      [name, code],
      [short, code],
    ];
  }),
);

/** A prefecture name (東京都, 東京) becomes its code; digits go to the shared rule as they are. */
export function prefectureValue(raw: string): Converted<string> {
  const text = clean(raw);
  if (text === '' || /^\d+$/.test(text)) return { value: text };
  const code = PREFECTURE_BY_NAME.get(text);
  if (code) return { value: code };
  return {
    value: null,
    problem: `都道府県「${text}」が見つかりません。都道府県名(例: 東京都)またはコード(01〜47)で入力してください。`,
  };
}

const JSIC_BY_NAME = new Map<string, string>(
  Object.entries(JSIC_MAJOR_NAMES).map(([code, name]) => [name.normalize('NFKC'), code]),
);

/** E, ｅ, 「E 製造業」, 「E:製造業」 or 製造業 become E; one other letter goes to the shared rule (A〜T). */
export function jsicValue(raw: string): Converted<string> {
  const text = clean(raw);
  if (text === '' || /^[A-Za-z]$/.test(text)) return { value: text.toUpperCase() };
  const leading = /^([A-Za-z])\s*[ :.、,)-]/.exec(text);
  if (leading) return { value: leading[1].toUpperCase() };
  const code = JSIC_BY_NAME.get(text);
  if (code) return { value: code };
  return {
    value: null,
    problem: `産業分類「${text}」が見つかりません。大分類の記号(A〜T)または名称(例: 製造業)で入力してください。`,
  };
}

/**
 * A count: 1,200 and 12人 are 1200 and 12; empty is null; anything else is NaN, which the shared rule reports as
 * not a whole number.
 */
export function integerValue(raw: string): number | null {
  const text = clean(raw)
    .replace(/,/g, '')
    .replace(/[人名]$/u, '');
  if (text === '') return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** 2026年4月1日 as 2026-4-1 (the shared rule accepts it); other forms go to the shared rule as they are. */
export function dateValue(raw: string): string {
  const text = clean(raw);
  const japanese = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  return japanese ? `${japanese[1]}-${japanese[2]}-${japanese[3]}` : text;
}

/** Excel shows a 13-digit number typed into a general cell as 1.23457E+12, and saves the CSV so: the digits are lost. */
export function corporateNumberValue(raw: string): Converted<string> {
  const text = clean(raw);
  if (/^\d+(\.\d+)?E\+\d+$/i.test(text)) {
    return {
      value: null,
      problem:
        '法人番号が「1.23457E+12」のような指数表記になっていて、13桁を読み取れません。Excelでセルの書式を「文字列」にして入力し直してください。',
    };
  }
  return { value: text };
}

/** Branch names compare as the partners module stores them: NFKC, trimmed, spaces collapsed. */
export function branchNameKey(raw: string): string {
  return clean(raw);
}
